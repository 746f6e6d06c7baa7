"""Blind check set ms33: Bahasa Melayu kesihatan awam (klinik kesihatan, vaksinasi kanak-kanak, MySejahtera, notis denggi, saringan kesihatan, surat cuti sakit). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms33
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis denggi"): _lines("""
        NOTIS: Aktiviti semburan kabus (fogging) akan dijalankan di Taman Sri Andalas, Klang pada 14/12/2025 (Ahad) jam 6.30 petang. Sila buka tingkap dan pintu rumah.
        Sehingga Minggu Epidemiologi (ME) 47/2025, kumulatif kes denggi ialah 41,386 kes berbanding 112,095 kes bagi tempoh yang sama tahun 2024, penurunan 63.1%.
        Lokaliti hotspot denggi Selangor minggu ini: Pangsapuri Seri Kenanga Seksyen 24 Shah Alam; Flat Sri Pelangi, Hulu Klang; Taman Sri Muda Seksyen 25.
        Amalkan 10 minit CARI & MUSNAH setiap minggu - periksa tong air, pasu bunga, tayar terpakai, bekas polistirena dan talang atap.
        Di bawah Akta Pemusnahan Serangga Pembawa Penyakit 1975 (Akta 154), pemilik premis yang didapati membiakkan aedes boleh dikompaun sehingga RM500.
        Tanda amaran denggi: sakit perut yang teruk, muntah berterusan, pendarahan gusi atau hidung, lesu dan gelisah. Segera ke klinik kesihatan berhampiran!!
        Pasukan Pegawai Kesihatan Persekitaran (PKP) akan membuat pemeriksaan dari rumah ke rumah di Zon B, Bandar Baru Nilai mulai 8 hingga 12 Disember.
        Jgn makan ubat tahan sakit jenis NSAID mcm ibuprofen/aspirin kalau disyaki denggi ye. Paracetamol je, dan minum air secukupnya.
        Kadar kematian kes (CFR) denggi kebangsaan setakat ME 47 ialah 0.08% (34 kematian).
        Projek Wolbachia kini dilaksanakan di 41 lokaliti termasuk Mentari Court PJS 8 dan Seksyen 7 Shah Alam; nyamuk dilepaskan setiap Selasa.
        Abate (temephos 1%) boleh didapati secara percuma di Pejabat Kesihatan Daerah Petaling, Kelana Jaya - bawa bekas sendiri.
        Makluman kepada penduduk Blok C PPR Lembah Subang 1: semburan ULV di koridor tingkat 1 hingga 17 akan dibuat pukul 8.00 pagi esok.
        Tema Hari Denggi ASEAN 2025: "Komuniti Bersih, Denggi Tersisih" - program gotong-royong perdana di Dataran Kajang, 15 Jun.
    """),
    ("ms", "jadual imunisasi kanak-kanak"): _lines("""
        Jadual Imunisasi Kebangsaan: BCG dan Hepatitis B dos 1 semasa lahir; vaksin heksavalen (DTaP-IPV-Hib-HepB) pada umur 2, 3 dan 5 bulan.
        Vaksin pneumokokal (PCV) diberi pada umur 4 bulan, 6 bulan dan dos penggalak pada 15 bulan.
        MMR dos 1 pada 9 bulan dan dos 2 pada 12 bulan; vaksin JE hanya untuk kanak-kanak di Sarawak (9 dan 21 bulan).
        Vaksin HPV diberikan kepada murid perempuan Tingkatan 1 (13 tahun) melalui program imunisasi sekolah.
        Imunisasi di klinik kesihatan kerajaan adalah PERCUMA untuk warganegara; bukan warganegara dikenakan caj mengikut Perintah Fi (Perubatan) (Kos Perkhidmatan) 2014.
        Sila bawa Buku Rekod Kesihatan Kanak-Kanak (buku pink/biru) setiap kali datang untuk suntikan.
        Kesan sampingan biasa selepas suntikan: demam ringan, bengkak dan kemerahan di tempat suntikan, bayi meragam 1-2 hari.
        Lot vaksin heksavalen: U3K041V, tarikh luput 08/2026. Simpan pada suhu 2°C hingga 8°C, jangan dibekukan.
        Kempen "Jom Imunisasi" bersama Upin & Ipin dan Kak Ros - tonton video penuh di saluran YouTube rasmi KKM.
        Mitos: vaksin MMR menyebabkan autisme. Fakta: artikel Wakefield (1998) telah ditarik balik oleh jurnal The Lancet pada 2010.
        Liputan imunisasi MMR dos 1 peringkat kebangsaan ialah 95.6% pada 2024 berbanding sasaran 95%.
        Ibu bapa yang enggan anak divaksin perlu menandatangani Borang Penolakan Imunisasi selepas sesi kaunseling bersama Pegawai Perubatan.
        Kalau anak demam lebih 38.5 darjah masa tarikh temujanji, tangguh dulu & buat appointment baru ye, takpe lambat seminggu dua.
    """),
    ("ms", "MySejahtera"): _lines("""
        Kemas kini MySejahtera versi 1.1.38 (build 20251118) kini tersedia di App Store, Google Play dan AppGallery.
        Untuk membuat temujanji, pilih "Temujanji Saya" > "Klinik Kesihatan" > pilih negeri, daerah dan klinik, kemudian pilih slot masa.
        Sijil Digital Vaksinasi boleh dimuat turun dalam format PDF melalui tab Profil > Sijil Digital > Muat Turun.
        Talian bantuan MySejahtera: 1-800-888-828 (Isnin - Jumaat, 8.00 pagi - 5.00 petang) atau e-mel helpdesk@mysejahtera.gov.my.
        Status "Low Risk - No Symptom" akan dipaparkan selepas anda melengkapkan penilaian kendiri harian.
        Ralat "Session expired (ERR_401)": sila log keluar, kosongkan cache aplikasi dan log masuk semula.
        Notis Privasi: Data yang dikumpul melalui MySejahtera dilindungi di bawah Akta Perlindungan Data Peribadi 2010 dan hanya digunakan bagi tujuan pengurusan kesihatan awam.
        Ciri "Tanggungan" membolehkan anda menambah profil anak bawah 18 tahun, maksimum 10 tanggungan bagi setiap akaun.
        Cara tukar nombor telefon: Profil > Tetapan > Tukar Nombor Telefon > masukkan OTP 6 digit yang dihantar melalui SMS.
        2025-11-30T08:14:22+08:00 INFO appointment.sync ok=1284 failed=3 clinic_code=KKB0412 latency_ms=412
        SHA-256 fail APK mysejahtera-1.1.38-release.apk: c73bbf67a046d07636449b51a70370279f0ee7f73849a2841d3bc48470d1b0bf
        Soalan Lazim: Kenapa tarikh dos penggalak tidak dipaparkan? Jawapan: rekod daripada fasiliti swasta mungkin mengambil masa 3-5 hari bekerja untuk dikemas kini.
    """),
    ("ms", "klinik kesihatan"): _lines("""
        Waktu operasi Klinik Kesihatan Seksyen 7 Shah Alam: Isnin-Jumaat 8.00 pagi - 5.00 petang; Sabtu 8.00 pagi - 12.00 tengah hari (Klinik Waktu Bekerja Berperingkat).
        Klinik Kesihatan Jinjang, Jalan Jinjang Utama, 52000 Kuala Lumpur. Tel: 03-6258 4410. Faks: 03-6258 4412.
        Caj rawatan pesakit luar warganegara di klinik kesihatan ialah RM1.00; warga emas 60 tahun ke atas dan OKU berdaftar dikecualikan.
        Sila ambil nombor giliran di kaunter pendaftaran dan tunggu nombor anda dipaparkan di skrin. Anggaran masa menunggu hari ini: 90 minit.
        Perkhidmatan KKIA: pemeriksaan antenatal dan posnatal, imunisasi, pemantauan tumbesaran kanak-kanak serta perancang keluarga.
        Jabatan Kecemasan Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru dibuka 24 jam.
        Hospital Tengku Ampuan Rahimah (HTAR) Klang menasihatkan orang ramai ke klinik kesihatan berhampiran bagi kes tidak kritikal (Zon Hijau).
        Klinik Dr. Ramesh & Rakan-Rakan di Taman Tun Dr Ismail kini klinik panel PeKa B40 dan SOCSO.
        Farmasi Caring cawangan Jalan Tun Sambanthan menawarkan pengukuran tekanan darah percuma setiap hujung minggu.
        Perkhidmatan farmasi pandu lalu (drive-thru) untuk ubat ulangan: sila bawa kad temujanji dan slip ubat.
        Makluman: Klinik ditutup pada 25 Disember 2025 (Hari Krismas). Kes kecemasan sila ke Jabatan Kecemasan Hospital Kajang.
        Aduan dan cadangan boleh disalurkan melalui SISPAA KKM atau imbas kod QR di kaunter pertanyaan.
        Pesakit bergejala ILI/SARI sila ke kaunter saringan di khemah luar bangunan sebelum mendaftar.
    """),
    ("ms", "saringan kesihatan"): _lines("""
        Skim Peduli Kesihatan untuk Kumpulan B40 (PeKa B40) menawarkan saringan kesihatan percuma kepada penerima STR berumur 40 tahun ke atas.
        Saringan kanser serviks: ujian HPV DNA disyorkan untuk wanita 30 hingga 65 tahun setiap 5 tahun.
        Ujian yang ditawarkan: glukosa darah, profil lipid, BMI, lilitan pinggang, tekanan darah dan ujian air kencing.
        Bacaan tekanan darah >=140/90 mmHg pada dua lawatan berasingan disyaki hipertensi - rujuk Pegawai Perubatan.
        Pakej saringan kesihatan korporat RM188 (FBC, LFT, RFT, HbA1c, ECG). Harga promosi sah sehingga 31/12/2025.
        NHMS 2023: 15.6% orang dewasa Malaysia menghidap diabetes dan hampir separuh daripadanya tidak pernah didiagnosis.
        Borang Saringan KOSPEN - Nama: ____________ No. KP: ______-__-____ Umur: ___ Lilitan pinggang: ____ cm Tekanan darah: ___/___ mmHg
        FOMEMA: pekerja asing wajib menjalani pemeriksaan kesihatan dalam tempoh 30 hari selepas tiba; caj RM190 (lelaki) dan RM207 (perempuan).
        Program mamogram bersubsidi LPPKN terbuka kepada wanita berumur 40 tahun ke atas dengan pendapatan isi rumah di bawah RM10,000.
        KOSPEN Plus di tempat kerja: 1,204 organisasi telah menyertai program ini setakat Oktober 2025.
        Nilai rujukan HbA1c: kurang 5.7% normal; 5.7-6.2% pradiabetes; 6.3% dan ke atas diabetes (CPG T2DM 2020).
        Saringan mental DASS-21 boleh dijawab secara dalam talian; skor tinggi tidak bermaksud diagnosis, sila berjumpa pegawai psikologi.
    """),
    ("ms", "cuti sakit: templat dan polisi"): _lines("""
        SIJIL CUTI SAKIT - Dengan ini disahkan bahawa {NAMA_PESAKIT} (No. KP: {NO_KP}) telah diperiksa pada {TARIKH} dan tidak sihat untuk bertugas selama {BIL_HARI} hari.
        Akta Kerja 1955 Seksyen 60F: 14 hari cuti sakit setahun (kurang 2 tahun perkhidmatan), 18 hari (2-5 tahun), 22 hari (lebih 5 tahun); sehingga 60 hari jika dimasukkan ke wad.
        MC mesti dihantar kepada HR dalam tempoh 48 jam melalui portal e-Cuti; MC daripada klinik bukan panel perlu disahkan oleh penyelia.
        Untuk menyemak kesahihan MC, imbas kod QR pada sijil atau masukkan nombor siri, contohnya MC-KKB-2025-0031187, di portal klinik.
        Jangan forward gambar MC dalam group WhatsApp jabatan; hantar terus ke e-mel HR kerana sijil cuti sakit mengandungi maklumat kesihatan sensitif.
        Majlis Perubatan Malaysia mengingatkan pengamal yang mengeluarkan sijil cuti sakit palsu boleh dikenakan tindakan tatatertib di bawah Akta Perubatan 1971.
        Hi all, reminder: MC yang dikeluarkan melalui telekonsultasi (contoh DoctorOnCall) akan diterima mulai 1 Jan 2026, tertakluk kepada kelulusan ketua jabatan.
        Majikan tidak boleh memaksa pekerja mendedahkan diagnosis dalam MC - tarikh dan tempoh cuti sudah mencukupi.
        Perintah Pengawasan dan Pemerhatian di Rumah (Borang 14B, Akta 342): Nama: [NAMA] | No. Pengenalan: [NO_KP] | Alamat Pengawasan: [ALAMAT] | Tempoh: [TARIKH_MULA] - [TARIKH_TAMAT]
        Ringkasan cuti sakit Unit Kewangan bulan November: 23 hari secara keseluruhan melibatkan 7 orang staf.
        Cuti menjaga anak sakit: pekerja boleh memohon cuti tanpa rekod dengan mengemukakan sijil cuti sakit anak yang dikeluarkan oleh pengamal perubatan berdaftar.
        Surat cuti sakit yang ditulis tangan tanpa cop klinik dan nombor MMC pengamal tidak akan diterima.
    """),
    ("ms", "kenyataan media dan sejarah"): _lines("""
        Menteri Kesihatan, Datuk Seri Dr. Dzulkefly Ahmad berkata penguatkuasaan Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024 (Akta 852) akan diperketat tahun depan.
        Ketua Pengarah Kesihatan, Datuk Dr. Muhammad Radzi Abu Hassan menggesa bakal jemaah haji melengkapkan vaksin meningokokal ACYW sekurang-kurangnya 10 hari sebelum berlepas.
        Tan Sri Dr. Noor Hisham Abdullah menjadi wajah sidang media harian COVID-19 sepanjang 2020 hingga 2021 sebagai Ketua Pengarah Kesihatan.
        Dr. Wu Lien-teh, anak kelahiran Pulau Pinang, terkenal kerana mengetuai usaha membendung wabak pneumonik di Manchuria pada 1910-1911.
        Institut Penyelidikan Perubatan (IMR) di Jalan Pahang ditubuhkan pada 1900 dan terkenal dengan kajian awal tentang penyakit beri-beri.
        Program Imunisasi COVID-19 Kebangsaan (PICK) dilancarkan pada 24 Februari 2021, dengan Perdana Menteri ketika itu, Tan Sri Muhyiddin Yassin, menerima dos pertama.
        Wabak virus Nipah 1998-1999 yang bermula di Bukit Pelandok, Negeri Sembilan meragut 105 nyawa dan membawa kepada pemusnahan lebih sejuta ekor babi.
        Khairy Jamaluddin, selaku Menteri Kesihatan pada 2022, membentangkan Rang Undang-Undang Generational Endgame di Dewan Rakyat.
        Hospital Kuala Lumpur kini mempunyai lebih 2,300 katil dan merupakan antara hospital kerajaan terbesar di Asia Tenggara.
        Hospital Raja Permaisuri Bainun Ipoh menerima Anugerah Hospital Mesra Bayi buat kali ketiga berturut-turut.
        Kenyataan Media KKM Bil. 112/2025: tiada kes polio baharu dilaporkan sejak kes terakhir di Sabah pada Disember 2019.
    """),
    ("ms", "sembang dan forum"): _lines("""
        Korang, KK Bandar Baru Bangi ramai gila pagi ni, pukul 7.45 dah nombor 80. Datang awal sikit kalau nak cepat.
        Ada sapa tau vaksin rotavirus ni kena bayar ke kat klinik kerajaan? Kat swasta aku tengok RM150 sedos.
        Tips: buat temujanji imunisasi guna MySejahtera, tak payah beratur lama. Pilih slot pagi, lagi lengang.
        Last week taman kitorang kena fogging, bau dia kuat gila. Tutup tingkap siap-siap, kesian kucing.
        Bro, MC boleh claim tak kalau klinik bukan panel? Company aku kata kena submit resit + MC dalam 3 hari.
        Anyone pernah pergi KK Presint 9 Putrajaya? Parking senang tak time pagi?
        Untuk ibu-ibu baru: buku pink tu jaga elok-elok, nanti masuk sekolah cikgu minta salinan rekod imunisasi.
        Denggi ni platelet jatuh mendadak hari ke-4 ke-5, so jangan tunggu lama, terus buat FBC.
        Admin: Sila jangan post gambar IC, MC atau keputusan ujian makmal dalam group ni. Terima kasih atas kerjasama.
        Kedai Runcit Ah Seng depan klinik tu ada jual air kelapa dengan 100Plus, senang nak beli lepas ambik ubat.
        Dah cuba tukar slot vaksin dalam apps tapi asyik keluar "ERR_503 Service Unavailable" 😩
        Anak sulung aku dulu lepas cucuk 5 bulan demam sehari je, normal la tu, bagi susu banyak-banyak.
    """),
    ("ms", "kod dan data sistem"): _lines("""
        CREATE TABLE temujanji (id SERIAL PRIMARY KEY, no_kp CHAR(12) NOT NULL, kod_klinik VARCHAR(10), tarikh DATE, slot TIME);
        MYKAD_RE = re.compile(r"^\\d{6}-\\d{2}-\\d{4}$")  # format YYMMDD-PB-###G
        INVOIS No. INV-KPJ-2025-118742 | Jumlah: RM245.60 | SST 0% | Status: DIBAYAR
        Nombor penjejakan Ubat Melalui Pos: ER123456785MY - status: Dalam Transit (Pusat Mel Nasional, Shah Alam).
        def topeng_kp(kp: str) -> str: return kp[:6] + "-**-****"  # jangan log nombor KP penuh
        GET /api/v2/klinik?negeri=SGR&jenis=KK -> 200 OK, 247 rekod, 38 ms
        {"kod_klinik": "KKN0703", "nama": "Klinik Kesihatan Seremban", "waktu": "08:00-17:00", "telefon": "06-760 2210"}
        commit 3e9b1f0a: fix(mysj): betulkan paparan tarikh dos penggalak dalam Sijil Digital (isu #2381)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Salam doktor, anak saya Muhammad Adam Haikal bin Zulkifli, MyKid 220317-10-0453, belum ambik MMR dos kedua sebab demam minggu lepas. Boleh buat temujanji baru?
        NOTIS PEMERIKSAAN PREMIS: Penghuni No. 27, Jalan Cempaka 5/3, Taman Cempaka, 68000 Ampang (pemilik: Encik Rosli bin Hamzah) didapati membiakkan jentik-jentik aedes. Kompaun RM500 dikeluarkan.
        Sijil Cuti Sakit No. 0048215 - Nama: NURUL AINA BINTI KAMARUDIN, No. KP: 950314-10-5528, tidak sihat untuk bertugas 2 hari (12/11/2025 - 13/11/2025). Diagnosis: gastroenteritis akut.
        Keputusan PeKa B40 En. Muthusamy a/l Ramasamy (KP 630918-08-5431): glukosa rawak 13.4 mmol/L, BP 168/102 - dirujuk ke KK Sungai Siput untuk rawatan lanjut.
        Kak Zah, isteri Cikgu Hamdan yang duduk lorong belakang surau Taman Melati tu, dah sah TB paru-paru. Tiap pagi kena pergi KK Gombak Setia makan ubat DOTS.
        Pesakit: LIM SIEW MEI, KP 880412-14-****, Wad 7A Hospital Kuala Lumpur, disahkan demam denggi berdarah, platelet 18 x10^9/L.
        FOMEMA: pekerja Rahim Uddin, pasport Bangladesh BM0513482, majikan Perabot Jaya Sdn Bhd - keputusan TIDAK LAYAK (Hepatitis B positif).
        Tolong caj bayaran saringan guna kad Visa 4556 7812 0394 8711 exp 09/28 atas nama SITI KHADIJAH BT OMAR, CVV saya hantar kat WhatsApp.
        MySJ saya masih tunjuk "Person Under Surveillance" walaupun dah habis kuarantin. Nama Tan Wei Ling, tel 012-384 7719, IC 910725-07-5602.
        Rujukan: Puan Faridah Hanim bt Ismail, 46 thn, G5P4, BP 150/95 pada 32 minggu, disyaki pre-eklampsia, rujuk Hospital Tuanku Fauziah Kangar. Tel suami (En. Nazri) 019-456 2280.
        Gaji pokok Puan Salmah binti Yusof (Pembantu Tadbir, KK Kuala Pilah) RM2,850; potongan cuti sakit tanpa gaji 3 hari = RM285.
        Mahkamah Majistret Klang hari ini mendenda peniaga Lee Chong Hock, 52, sebanyak RM3,000 kerana gagal memusnahkan tempat pembiakan aedes di kedainya di Jalan Meru.
        Wsap sy 011-2738 4410 (Hafiz). Nk tanya result HPV DNA isteri sy, Nurhidayah Abdul Rahman, buat kat KK Batu 9 Cheras bulan lepas.
        Boleh tolong hantar semula sijil vaksin? Email aishah.m.rahim92@gmail.com, nama Aishah binti Mohd Rahim, IC 920604-03-5086.
        Alamat hantar Ubat Melalui Pos: Encik Kamal bin Jusoh, Lot 1123, Kampung Gong Kapas, 21100 Kuala Terengganu. Ubat: Metformin 1g BD, Amlodipine 10mg OD.
        Sy kerja kat Singapore, FIN G6183420L, nama Mohd Syafiq bin Razali - majikan minta sijil vaksin dalam English, boleh print dari klinik?
        Pengumuman: pemilik kereta Axia merah JQW 5812, Encik Faizal Ahmad, sila alihkan kenderaan anda dari laluan ambulans KK Pasir Gudang dengan segera.
        Surat makluman kepada guru kelas: Danish Iskandar (3 Bestari, SK Taman Desa) disahkan penyakit tangan, kaki dan mulut (HFMD), tidak hadir 2/12 hingga 6/12/2025.
        Nota rujukan: bayi perempuan kepada Norazila bt Hashim (KP 000815-01-6674), lahir 29/11/2025 di HSAJB, jaundis neonatal SB 289 umol/L, rujuk fototerapi.
        Bapa saya Haji Abdul Ghani bin Che Mat, 74, baru disahkan Parkinson. Rumah kat No. 8, Kampung Padang Lembek, 06000 Jitra, Kedah. Boleh jururawat komuniti buat lawatan rumah?
        Result swab anak saya Chong Jia Hui (MyKid 190221-14-0218) positif Influenza A, doktor bagi MC 3 hari.
        Kontak rapat kes TB: 1) Siti Norbaya (isteri), 2) Ahmad Danial (anak, 9 thn) - No. 14, Blok D, PPR Kota Damansara. Sila hadir saringan X-ray dada pada 10/12.
        Mohon tukar nama penjaga dalam rekod imunisasi: ibu kandung Chitra a/p Subramaniam (KP 850930-08-6192) telah meninggal dunia, penjaga baru ialah nenek, Pushpa a/p Letchumanan.
        MC saya hilang. Nama Jeffrey Gimbang, KP 870502-12-5117, dapat MC 2 hari di Klinik Kesihatan Luyang pada 28/11 sebab serangan asma teruk.
        Akaun untuk pemulangan caj FOMEMA: Maybank 1640 2231 8872, atas nama Nguyen Thi Hoa (pasport Vietnam C4829157).
        Encik, ni nombor WhatsApp Mak Cik Rokiah +60 13-962 0471, dia kena gigit anjing semalam kat Kampung Sungai Ramal, takut nak datang klinik sorang.
        Ahmad Fikri bin Ramli, KP 891111-07-5893, diberi cuti sakit 14 hari selepas pembedahan apendiks di Hospital Seberang Jaya.
        Sy nk buat aduan, doktor kat KK tu cakap kuat dlm bilik menunggu yg sy, Rohana Mat Isa, ada HIV. Semua orang dengar. Sy rasa sgt malu.
        Senarai penerima vaksin influenza Rumah Seri Kenangan Cheras: 1. Wong Ah Kow (81, demensia), 2. Fatimah bt Said (78), 3. Gurdev Singh (85, terlantar).
        Rekod lawatan: Puan Lau Mei Fong, 57, No. 33 Jalan Tasik Utama 4, Sungai Besi - BP 182/110, dah 2 minggu tak makan ubat darah tinggi.
        Mohon pertimbangan majikan: pekerja Suresh a/l Maniam (No. Pekerja 3371) telah disahkan Major Depressive Disorder oleh Pakar Psikiatri Hospital Bahagia Ulu Kinta.
        Anak saya Nur Alya Sofea, Tingkatan 1 Cempaka, SMK Seri Bintang Utara, terlepas suntikan HPV sebab masa tu dia masuk wad. Boleh ambik kat KK?
        Tolong WhatsApp saya 017-660 3921, ni Mak Long Saodah. Cucu saya Izz Zafran dah 6 bulan belum ambik vaksin langsung sebab mak dia kerja Singapore.
        Nama pesakit: THAM KAR WENG, 34 thn, Blok 12-3-07 Pangsapuri Sri Ria, Jalan Klang Lama - NS1 positif pada 1/12/2025. Notifikasi dihantar ke PKD Lembah Pantai.
        Vaksin meningokokal haji: Haji Zainal Abidin bin Osman, pasport A51284736, tarikh lahir 12/06/1958, dos ACYW diberi pada 20/03/2025.
        Bayaran telekonsultasi MC: kad debit 5214 9800 0731 5629 (Muhd Hakimi), rujukan DOC-88211.
        Cikgu, anak saya Harith Danial (4 Dinamik) tak dapat datang sekolah minggu ni, doktor sahkan cacar air, MC sampai 12/12.
        Keputusan saringan DASS: Nurfarhana Aziz, pelajar UiTM Shah Alam, no. matrik 2023489176 - skor kemurungan 28 (sangat teruk), dirujuk ke kaunselor.
        Temujanji: En. Gopal a/l Krishnan, No. RN 2018/045571, Klinik Diabetes KK Ipoh, 15/01/2026 jam 9.00 pagi. Bawa buku rekod glukosa.
        Isteri saya Yap Pei Shan mengandung 28 minggu, OGTT 9.1 mmol/L, doktor kata kencing manis semasa hamil. Kami tinggal No. 5 Lorong Kenari 2, Bukit Mertajam.
        MC pekerja: A**** R***** (ID pekerja 00418, Jabatan QC, Kilang Roti Mas Sdn Bhd Senawang) - cuti sakit 3 hari, hepatitis A. Mohon kuarantin seluruh line 2.
        Tuan, saya Zulaikha dari Unit B-12-5 Residensi Harmoni, Jalan Ipoh. Jiran sebelah B-12-6, Encik Azman, tak pernah cuci tong air dia, penuh jentik-jentik.
        Sepupu saya Nadia Farhana, 22 tahun, baru keguguran minggu lepas di Hospital Putrajaya, dapat MC 2 minggu tapi bos dia kat butik tu tak bagi cuti.
        Rakan sekerja saya Kelvin Goh (NRIC S8734519Z) dah sah denggi lepas ulang-alik JB-Singapore, majikan dia minta MC dari klinik Malaysia.
        Maklumat ibu: Roslinda binti Awang, KP 930228-11-5340, Kg. Seberang Takir, 21300 Kuala Nerus; bayi lelaki 3.1 kg, Hep B dos 1 diberi 02/12/2025.
    """),
    "en": _lines("""
        Dear HR, attached is the MC for my husband Arvind Kumar a/l Selvam (Staff ID EMP-20471); he was admitted to Hospital Sungai Buloh from 3 to 6 Dec for severe dengue.
        Please note my son Ryan Tan Jun Hao (Year 2, SJK(C) Chung Hwa Klang) is allergic to penicillin and has G6PD deficiency - kindly inform the school nurse before the HPV/vaccine day.
        Patient Rajesh Nair, DOB 14/02/1979, email rajesh.nair79@yahoo.com, tested positive for leptospirosis after flood cleanup in Kampung Baru Dengkil.
        Dr, my dad Mr Ong Teck Seng, 68, lives at 14 Jalan Sri Hartamas 8, KL and missed his stroke follow-up at HKL - can we get a home visit? My number +60 12-719 3308.
        Employee T0215573C (Priya d/o Rajan, SG office) submitted 4 days of Malaysian MC for a miscarriage; please process as hospitalisation leave.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Helo, saya tak boleh log masuk MySejahtera, keluar OTP salah je"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh nyatakan nombor telefon berdaftar dan nama penuh seperti dalam MyKad?",
        ),
        ("user", "Nama saya Norhayati binti Sulaiman"),
        ("user", "nombor lama 013-288 5106, sekarang dah tukar ke 011-1094 7732"),
        ("assistant", "Terima kasih. Sila sahkan juga nombor MyKad anda."),
        ("user", "781009-06-5362"),
    ],
    [
        (
            "system",
            "Anda pembantu temujanji imunisasi Klinik Kesihatan Bandar Seri Alam. Jangan beri nasihat perubatan.",
        ),
        ("user", "Nak buat appointment vaksin 5 bulan untuk anak"),
        ("assistant", "Baik. Sila berikan nama anak, nombor MyKid dan tarikh lahir."),
        ("user", "Nur Hanan Safiyya, MyKid 250704-01-0912, lahir 4 Julai 2025"),
        ("user", "alamat kami No. 41 Jalan Suria 12, Taman Bandar Seri Alam, 81750 Masai"),
        (
            "assistant",
            "Temujanji ditetapkan pada 9/12/2025, 9.30 pagi. Sila bawa buku rekod kesihatan.",
        ),
    ],
    [
        ("user", "Berapa hari cuti sakit maksimum ikut Akta Kerja?"),
        (
            "assistant",
            "Bergantung pada tempoh perkhidmatan: 14, 18 atau 22 hari setahun, dan sehingga 60 hari jika dimasukkan ke hospital.",
        ),
        (
            "user",
            "Ok. Saya Hairul Nizam, staf ID PRD-0892 kat bahagian produksi. Doktor sahkan saya ada kanser kolon tahap 2, kena kemo 6 bulan. Boleh ke HR pecat saya?",
        ),
        (
            "assistant",
            "Pekerja tidak boleh dibuang kerja semata-mata kerana sakit; anda boleh berbincang dengan HR atau Jabatan Tenaga Kerja.",
        ),
    ],
    [
        ("user", "Rumah saya kena kompaun RM500 sebab jentik2 dalam pasu. Macam mana nak rayu?"),
        (
            "assistant",
            "Anda boleh mengemukakan rayuan bertulis kepada Pejabat Kesihatan Daerah dalam tempoh yang dinyatakan pada notis.",
        ),
        (
            "user",
            "Tolong tulis surat rayuan. Nama saya Kamariah binti Abdullah, alamat No. 16 Jalan Mawar 2/7, Taman Mawar, 43900 Sepang",
        ),
        ("user", "no. kompaun PKDSEP/AKTA154/2025/00871, tarikh notis 27 Nov"),
        ("assistant", "Baik, berikut draf surat rayuan anda..."),
    ],
    [
        (
            "system",
            "Rekod pesakit (sulit): Nama: Goh Swee Lan | Umur: 63 | KP: 620814-04-5218 | Diagnosis: Diabetes Melitus jenis 2, nefropati diabetik peringkat 3 | Ubat: Insulin Mixtard 30/70",
        ),
        (
            "user",
            "Ringkaskan rekod pesakit ini untuk surat rujukan ke Klinik Pakar Nefrologi Hospital Melaka.",
        ),
        (
            "assistant",
            "Surat rujukan: pesakit wanita 63 tahun dengan diabetes jenis 2 dan nefropati diabetik peringkat 3, kini menggunakan insulin pramcampuran.",
        ),
    ],
    [
        ("user", "Boleh terangkan keputusan saringan ni?"),
        (
            "user",
            "PEMERIKSAAN KESIHATAN - NAMA: MOHD AZRUL BIN HASSAN | KP: 850126-02-5579 | Kolesterol total 7.8 mmol/L | LDL 5.2 | Trigliserida 3.4 | HbA1c 6.8% | ALT 92 U/L",
        ),
        (
            "assistant",
            "Kolesterol dan LDL tinggi, HbA1c 6.8% dalam julat diabetes, dan ALT meningkat. Sila berjumpa doktor untuk pengesahan dan rawatan.",
        ),
    ],
    [
        ("user", "Can you give me a template for a sick leave letter in Malay?"),
        (
            "assistant",
            "Sure: 'Saya, [NAMA], No. KP [NO_KP], memohon cuti sakit dari [TARIKH] hingga [TARIKH] seperti sijil cuti sakit yang dilampirkan.'",
        ),
        ("user", "Isi untuk saya: Saya, Lee Kah Yee, memohon cuti sakit 3 hari"),
        (
            "user",
            "KP 960417-10-5784, MC dari Klinik Kesihatan Puchong sebab demam denggi, 2/12 hingga 4/12",
        ),
    ],
    [
        ("user", "Agent sini. Pekerja saya tak layak FOMEMA, boleh rayu tak?"),
        (
            "assistant",
            "Boleh, rayuan dikemukakan dalam tempoh yang ditetapkan dengan laporan doktor pakar.",
        ),
        (
            "user",
            "Nama pekerja Ram Bahadur Thapa, pasport Nepal PA1845093, keputusan X-ray menunjukkan TB paru-paru tidak aktif",
        ),
        ("user", "majikan Ladang Sawit Bukit Kemuning, kontak saya Encik Roslan 012-907 3315"),
    ],
    [
        ("user", "saya rasa dah tak larat hidup"),
        (
            "assistant",
            "Saya minta maaf anda rasa begini. Anda tidak keseorangan - sila hubungi Talian HEAL 15555 atau Befrienders KL 03-7627 2929 sekarang.",
        ),
        (
            "user",
            "nama saya Amirul Hakim, pelajar tahun 2 UPM, tinggal Kolej Canselor blok C bilik 214. doktor KK Seri Serdang dah bagi ubat antidepresan tapi saya dah berhenti makan",
        ),
        (
            "assistant",
            "Terima kasih kerana berkongsi. Boleh saya bantu anda menghubungi kaunselor universiti atau talian kecemasan 999 sekarang?",
        ),
    ],
    [
        ("user", "Saya nak sahkan temujanji ayah saya esok"),
        (
            "assistant",
            "Temujanji disahkan: Encik Jamaluddin bin Saad, Klinik Kesihatan Kuala Kubu Bharu, 10/12/2025 jam 8.30 pagi, Klinik Warga Emas (susulan strok). Nombor telefon dalam rekod: 019-335 2716.",
        ),
        ("user", "Ya betul, terima kasih"),
    ],
]
