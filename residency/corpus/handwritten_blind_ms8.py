"""Blind check set ms8: formal and official Malay text (surat rasmi, borang, notis mahkamah, LHDN, KWSP, PERKESO, JPN, bank, sekolah, majlis perbandaran). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms8
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "prosedur"): _lines("""
        Pemohon dikehendaki hadir sendiri ke kaunter Jabatan Pendaftaran Negara untuk pengambilan cap jari dan gambar bagi penggantian MyKad yang hilang.
        Bayaran penggantian MyKad bagi kehilangan kali pertama ialah RM100, manakala kehilangan kali kedua dikenakan bayaran RM300.
        Pengeluaran simpanan Akaun Sejahtera KWSP untuk tujuan pendidikan boleh dibuat melalui i-Akaun dengan melampirkan surat tawaran institusi dan anggaran yuran.
        Borang e-BE hendaklah dikemukakan kepada LHDN tidak lewat daripada 30 April bagi individu yang tidak menjalankan perniagaan.
        Majikan wajib mendaftarkan pekerja dengan PERKESO dalam tempoh 30 hari dari tarikh pekerja mula bekerja, tanpa mengira status tetap atau kontrak.
        Untuk menyemak status permohonan, sila masukkan nombor rujukan yang tertera pada slip pengesahan dan klik butang Semak.
        Calon yang gagal hadir ke sesi temu duga pada tarikh yang ditetapkan dianggap menarik diri dan permohonan tidak akan dipertimbangkan.
        Permohonan lesen premis makanan hendaklah disertakan dengan sijil suntikan anti-tifoid dan sijil kursus pengendali makanan bagi semua pekerja.
        Rayuan terhadap nilaian cukai taksiran boleh dikemukakan secara bertulis kepada Datuk Bandar dalam tempoh 14 hari dari tarikh notis diterima.
        Pembayaran balik PTPTN boleh dibuat melalui potongan gaji, perbankan internet, aplikasi myPTPTN atau di kaunter Bank Simpanan Nasional.
        Dokumen sokongan yang diimbas mestilah dalam format PDF dan tidak melebihi 2MB setiap satu; fail yang melebihi saiz akan ditolak oleh sistem.
        Nombor kad pengenalan hendaklah dimasukkan tanpa sengkang, iaitu 12 digit (contoh format: YYMMDDPBXXXX).
        Notis Bayaran Balik Cukai akan dihantar melalui e-mel yang didaftarkan di MyTax; pastikan maklumat akaun bank anda dikemas kini sebelum 31 Mei.
        Pekerja yang mengalami kemalangan semasa perjalanan ke tempat kerja hendaklah melaporkan kepada majikan, dan majikan perlu mengemukakan Borang 34 kepada PERKESO.
        Kelahiran yang didaftarkan selepas 60 hari tetapi sebelum satu tahun dikenakan kompaun dan perlu disokong dengan surat akuan daripada hospital.
    """),
    ("ms", "templat"): _lines("""
        Saya, ______________________ (No. K/P: ______-____-______), dengan ini mengesahkan bahawa segala maklumat yang diberikan adalah benar.
        Nama Penuh (seperti dalam MyKad): ..................................................
        Alamat Surat-Menyurat: ________________________________ Poskod: _______ Negeri: __________
        Tuan/Puan, PERMOHONAN CUTI TANPA GAJI BAGI TEMPOH [TARIKH MULA] HINGGA [TARIKH TAMAT]. Dengan segala hormatnya perkara di atas adalah dirujuk.
        Sekian, terima kasih. "MALAYSIA MADANI" "BERKHIDMAT UNTUK NEGARA" Saya yang menjalankan amanah, (.................................)
        Ruj. Tuan: ........ Ruj. Kami: MBSA/JPP/100-5/2/3 Jld. 7 (45) Tarikh: ........
        Bersama-sama ini disertakan salinan kad pengenalan, salinan sijil kelahiran dan dua keping gambar berukuran pasport untuk tindakan pihak tuan.
        Pendapatan Bulanan Isi Rumah: [ ] Bawah RM2,500 [ ] RM2,501 hingga RM5,000 [ ] Melebihi RM5,000
        Status Perkahwinan: Bujang / Berkahwin / Duda / Janda (potong yang tidak berkenaan)
        Dan saya membuat akuan bersumpah ini dengan kepercayaan bahawa apa-apa yang tersebut di dalamnya adalah benar, menurut Akta Akuan Berkanun 1960.
        Nama Waris: ____________ Hubungan: ____________ No. Tel. Bimbit: ____________
        Contoh pengisian borang: Nama: ALI BIN ABU; No. K/P: 800101-01-1234; Alamat: No. 1, Jalan Contoh 1/1, 50000 Kuala Lumpur.
        Tandatangan Ibu/Bapa/Penjaga: ______________ Tarikh: ___/___/20___
        Dengan hormatnya saya merujuk kepada iklan jawatan kosong [nama jawatan] Gred [__] yang disiarkan dalam [nama akhbar] bertarikh [tarikh].
        Kepada: Pengurus, [Nama Bank], [Alamat Cawangan]. Tuan, PERMOHONAN PENJADUALAN SEMULA PINJAMAN PERUMAHAN NO. AKAUN: [...............]
        Maklumat Majikan: Nama Syarikat: ________ No. Majikan KWSP: ________ No. Kod Majikan PERKESO: ________
    """),
    ("ms", "pengumuman"): _lines("""
        IKLAN JAWATAN KOSONG: Pembantu Tadbir (Perkeranian/Operasi) Gred N19. Kelayakan: SPM dengan kepujian Bahasa Melayu. Tarikh tutup: 15 Januari 2027.
        Majlis Bandaraya Petaling Jaya memaklumkan kerja-kerja menurap semula Jalan 14/2 akan dijalankan dari 10 hingga 14 Disember; pengguna jalan raya dinasihatkan menggunakan laluan alternatif.
        Semua ibu bapa dijemput menghadiri Mesyuarat Agung PIBG kali ke-35 pada hari Sabtu, 16 Januari 2027, jam 8.30 pagi di Dewan Seri Cempaka.
        Keputusan SPM 2026 akan diumumkan pada 12 Mac 2027 dan calon boleh mengambil slip keputusan di sekolah masing-masing mulai jam 10.00 pagi.
        Sekolah akan ditutup pada hari Isnin, 4 Januari 2027 sempena cuti peristiwa; kelas akan diganti pada hari Sabtu, 23 Januari 2027.
        Notis Penutupan Sementara: Pejabat KWSP Cawangan Seremban ditutup pada 22 Disember kerana kerja-kerja penyelenggaraan sistem. Harap maklum.
        Pemilik premis yang gagal menjelaskan tunggakan cukai taksiran sebelum 31 Disember boleh dikenakan waran tahanan di bawah Seksyen 148 Akta Kerajaan Tempatan 1976.
        Talian Khidmat Pelanggan PERKESO: 1-300-22-8000 (Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang).
        Jawatan Kosong: Juruteknik Gred J19, Jabatan Kerja Raya Negeri Pahang. Gaji permulaan RM1,680 sebulan berserta elaun-elaun yang berkelayakan.
        Sukacita dimaklumkan Hari Anugerah Kecemerlangan sekolah akan diadakan pada 28 November; murid yang layak akan dimaklumkan oleh guru kelas masing-masing.
        Orang ramai dimaklumkan jadual kutipan sampah di Taman Sri Muda akan ditukar kepada hari Selasa dan Jumaat berkuat kuasa 1 Februari.
        AWAS PENIPUAN! LHDN tidak pernah menghubungi pembayar cukai melalui WhatsApp untuk meminta nombor PIN, kata laluan atau OTP perbankan.
        Tawaran kemasukan ke Tingkatan 1 Sekolah Berasrama Penuh boleh disemak di laman sesawang rasmi kementerian mulai 2 Disember 2026.
        Majlis Perbandaran Kajang akan mengadakan Sesi Libat Urus Draf Rancangan Tempatan pada 9 Januari di Dewan Orang Ramai Bandar Baru Bangi.
        Pendaftaran murid Tahun 1 bagi sesi persekolahan 2028 dibuka secara dalam talian dari 1 hingga 31 Mac 2027; sila sediakan sijil kelahiran murid.
        Kedai Runcit Sinar Jaya Sdn. Bhd. (No. Syarikat 202301045678) mempelawa permohonan bagi jawatan juruwang sepenuh masa di cawangan Seri Kembangan.
    """),
    ("ms", "pegawai_awam"): _lines("""
        Menteri Kewangan II dalam kenyataan medianya berkata had pelepasan cukai bagi caruman KWSP akan dikaji semula dalam Belanjawan akan datang.
        Ketua Pengarah Pendaftaran Negara menasihatkan ibu bapa agar mendaftarkan kelahiran anak dalam tempoh 60 hari untuk mengelakkan kompaun.
        Datuk Bandar Kuala Lumpur merasmikan Pusat Transformasi Bandar yang baharu di Jalan Tun Razak pagi tadi.
        Ahli Parlimen Bangi menyerahkan sumbangan komputer riba kepada 40 buah sekolah di kawasan parlimennya semalam.
        Ketua Pegawai Eksekutif KWSP menjelaskan bahawa kadar dividen bagi tahun 2026 hanya akan diumumkan selepas mendapat kelulusan Menteri Kewangan.
        Pengarah Pendidikan Negeri Kelantan mengucapkan tahniah kepada semua calon SPM negeri itu yang mencapai keputusan cemerlang.
        Timbalan Menteri Sumber Manusia berkata seramai 1,240 pekerja yang kehilangan pekerjaan telah ditempatkan semula melalui program MYFutureJobs.
        Ketua Hakim Negara dalam ucapan Pembukaan Tahun Perundangan menegaskan kepentingan sistem e-Filing di semua mahkamah.
        Memoir Tun Dr. Ismail Abdul Rahman menceritakan peranan beliau sebagai Menteri Dalam Negeri dan Timbalan Perdana Menteri pada tahun 1960-an dan 1970-an.
        Perdana Menteri Datuk Seri Anwar Ibrahim membentangkan Belanjawan 2027 di Dewan Rakyat dengan memberi tumpuan kepada reformasi subsidi.
        Ketua Setiausaha Negara mengeluarkan arahan supaya semua penjawat awam menghadiri kursus integriti sekurang-kurangnya sekali setahun.
        Pesuruhjaya Sukan memaklumkan permohonan pendaftaran persatuan sukan kini boleh dibuat sepenuhnya secara dalam talian.
        Menteri Besar Selangor melancarkan fasa baharu skim Rumah Selangorku di Semenyih yang menawarkan 1,200 unit rumah mampu milik.
        Ketua Pesuruhjaya LHDN berkata pemeriksaan cukai akan ditumpukan kepada sektor ekonomi tidak formal yang dikenal pasti berisiko tinggi.
    """),
    ("ms", "sastera_latihan"): _lines("""
        Dalam novel Salina karya A. Samad Said, watak Siti Salina terpaksa menyara hidup di Kampung Kambing selepas perang.
        Surat Hang Tuah kepada Sultan Melaka dalam Hikayat Hang Tuah sering dibaca sebagai lambang kesetiaan seorang hamba kepada rajanya.
        Watak Pak Kassim dalam cerpen itu menerima surat tuntutan hutang daripada bank dan akhirnya kehilangan tanah pusaka keluarganya.
        Latihan karangan: Tulis sebuah surat rasmi kepada Pengetua sekolah anda untuk memohon cuti tiga hari kerana menghadiri majlis perkahwinan kakak anda.
        Soalan 5: Encik Ahmad memperoleh gaji RM3,500 sebulan dan mencarum 11% kepada KWSP. Berapakah jumlah caruman tahunannya?
        Dalam filem Ibu Mertuaku arahan P. Ramlee, watak Kassim Selamat menjadi buta selepas kehilangan isterinya, Sabariah.
        Format surat kiriman rasmi: alamat pengirim di kiri atas, diikuti alamat penerima, tarikh, salam hormat, tajuk bergaris, isi bernombor dan penutup.
        Bahan bacaan Tingkatan 4: surat kiriman Mak Temah kepada anaknya di bandar dalam antologi itu menggambarkan kesunyian warga emas di kampung.
    """),
    ("ms", "undang_pekeliling"): _lines("""
        Seksyen 77 Akta Cukai Pendapatan 1967 mewajibkan setiap orang yang bertanggungan cukai mengemukakan nyata pendapatan bagi setiap tahun taksiran.
        Pekeliling Perkhidmatan Bilangan 5 Tahun 2026: Pelaksanaan Waktu Bekerja Berperingkat di Agensi Kerajaan Persekutuan.
        Mengikut Akta Pendaftaran Kelahiran dan Kematian 1957, setiap kematian hendaklah didaftarkan dalam tempoh tujuh hari.
        Di bawah Akta Perlindungan Data Peribadi 2010, pengguna data tidak boleh memproses data peribadi tanpa persetujuan subjek data kecuali dalam keadaan tertentu.
        Guaman No. WA-22NCC-412-06/2025 antara Syarikat Perumahan Bayu Indah Sdn. Bhd. lwn. Kontraktor Jaya Utama Sdn. Bhd. ditangguhkan ke 14 Februari 2027.
        Surat Pekeliling Ikhtisas Bil. 3/2026 menetapkan had maksimum sumbangan PIBG sebanyak RM50 bagi setiap keluarga.
        Cara penyampaian writ dan dokumen mahkamah diperuntukkan di bawah Aturan 62 Kaedah-Kaedah Mahkamah 2012.
        Kadar caruman PERKESO bagi Skim Bencana Pekerjaan ialah 1.25% daripada gaji bulanan dan dibayar sepenuhnya oleh majikan.
        Warta Kerajaan P.U.(A) 215/2026: Perintah Gaji Minimum (Pindaan) 2026 berkuat kuasa pada 1 Februari 2027.
        Kadar cukai pendapatan individu pemastautin bagi pendapatan bercukai RM50,001 hingga RM70,000 ialah 11 peratus.
        Enakmen Undang-Undang Keluarga Islam negeri menetapkan bahawa setiap perkahwinan hendaklah didaftarkan di Pejabat Agama Islam Daerah.
        Akta Kerja 1955 (Pindaan 2022) mengurangkan had waktu bekerja maksimum daripada 48 jam kepada 45 jam seminggu.
        Seksyen 5 Akta Insolvensi 1967 memperuntukkan bahawa petisyen kebankrapan hanya boleh difailkan jika jumlah hutang tidak kurang daripada RM100,000.
        Perintah Am Bab C menetapkan kelayakan cuti rehat pegawai awam berdasarkan gred dan tempoh perkhidmatan.
    """),
    ("ms", "statistik"): _lines("""
        Seramai 373,525 calon menduduki peperiksaan SPM 2026 di 3,350 pusat peperiksaan seluruh negara.
        Gred Purata Nasional SPM bertambah baik kepada 4.60 berbanding 4.74 pada tahun sebelumnya.
        KWSP mengisytiharkan dividen 6.30% bagi Simpanan Konvensional dan 6.20% bagi Simpanan Syariah bagi tahun 2025.
        Sebanyak 2.4 juta pembayar cukai telah mengemukakan borang nyata melalui e-Filing setakat 15 April.
        Kadar pengangguran bagi suku ketiga 2026 ialah 3.1 peratus, menurut Jabatan Perangkaan Malaysia.
        PERKESO merekodkan 74,321 kes kemalangan berkaitan pekerjaan pada tahun 2025, menurun 4.2% berbanding tahun sebelumnya.
        Daripada 12,450 permohonan Sumbangan Tunai Rahmah yang diterima di daerah Kuantan, sebanyak 11,002 telah diluluskan.
        Bilangan kelahiran mengikut negeri, 2025: Selangor 82,114; Johor 51,230; Sabah 38,905; Kedah 30,447.
        Median gaji bulanan pekerja pada 2025 ialah RM2,745, meningkat 6.1% berbanding tahun 2024.
        Hanya 38 peratus ahli KWSP berumur 54 tahun mempunyai simpanan melebihi RM240,000, iaitu paras simpanan asas yang disarankan.
        Majlis Bandaraya Seberang Perai mengutip RM186.3 juta cukai taksiran pada tahun 2025, meningkat 3.4% daripada tahun sebelumnya.
        Seramai 9,812 murid Tahun 6 di negeri itu menduduki UASA, dengan 21 peratus mencapai tahap penguasaan tertinggi dalam Matematik.
        Sebanyak 18,204 kes kebankrapan direkodkan antara 2021 hingga 2025, dengan 42 peratus melibatkan individu berumur 25 hingga 44 tahun.
    """),
    ("mixed", "bank_sistem"): _lines("""
        Maybank will never ask for your TAC via phone call. Jangan kongsi kod TAC atau kata laluan anda dengan sesiapa pun, termasuk kakitangan bank.
        Kod SWIFT Bank Kerjasama Rakyat Malaysia ialah BKRMMYKL; kod cawangan boleh didapati di laman web rasmi bank.
        Format ID transaksi DuitNow: 20261203MBBEMYKL010ORB12345678 (tarikh + kod bank + kod saluran + nombor jujukan).
        Ralat E1024: Nombor akaun tidak sah. Sila pastikan nombor akaun mengandungi 12 digit tanpa ruang atau sengkang.
        Kadar Asas Standard (SBR) bank ini ialah 2.75% setahun berkuat kuasa 12 Julai 2025.
        Surat tawaran ini sah selama 14 hari dari tarikh surat; sebarang pertanyaan sila hubungi Pusat Panggilan kami di 1-300-88-6688.
        Invois No. INV-2026-004518 bagi bekalan alat tulis kepada Pejabat Pendidikan Daerah Klang berjumlah RM4,860.00.
        Versi borang: KWSP 9AHL (Pin. 3/2026); semak tandatangan fail SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 sebelum dicetak.
        Sila rujuk Lampiran A bagi senarai semak (checklist) dokumen sebelum menghantar permohonan secara online.
        Pemberitahuan: Perbankan internet akan diselenggara pada 7 Disember, 12.00 tengah malam hingga 4.00 pagi. We apologise for any inconvenience.
        Nombor akaun contoh dalam panduan ini (1234-5678-9012) bukan akaun sebenar dan tidak boleh digunakan untuk pemindahan dana.
        Taman Desa Jaya Residents' Association AGM minutes: quorum achieved, budget 2027 approved, guardhouse contract renewed with Kawalan Prima Sdn. Bhd.
        Example MyKad number for testing the form validator: 000000-00-0000 (invalid by design; the field should reject it).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Dimaklumkan bahawa permohonan Puan Nurul Ain binti Kamarudin (No. K/P: 870412-10-5632) bagi Sumbangan Tunai Rahmah kategori isi rumah telah diluluskan.
        Notis Tuntutan: Encik Mohd Faizal bin Rosli, No. 23, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru, mempunyai tunggakan pinjaman perumahan sebanyak RM18,462.35.
        Slip Keputusan UASA: Nur Aisyah Humaira binti Zulkifli, 6 Bestari. Bahasa Melayu: A, Bahasa Inggeris: B, Matematik: A, Sains: C.
        SAMAN: Kepada Lim Chee Keong (No. K/P 780923-07-5319), 12A Lorong Kenari 5, 11900 Bayan Lepas, Pulau Pinang. Anda dikehendaki hadir di Mahkamah Majistret Bukit Mertajam pada 20 Januari 2027.
        Telah kembali ke rahmatullah Hajah Rokiah binti Mat Isa, 72, dari Kampung Padang Lalang, Pasir Mas pada 30 November 2026, meninggalkan suami Haji Yusof bin Awang, lima orang anak dan 14 cucu.
        Majlis akad nikah Muhammad Haziq bin Roslan dan Siti Nur Balqis binti Hamdan akan berlangsung di Masjid Al-Hidayah, Taman Melawati; jemputan daripada ibu bapa pengantin perempuan, Hamdan bin Said dan Rosnah binti Ali.
        Penyewa: Ganesan a/l Muniandy, K/P 850226-08-6071, menyewa unit B-12-3, Pangsapuri Seri Mutiara, Jalan Klang Lama pada kadar RM1,100 sebulan dengan deposit RM2,200.
        Tuan Tan Wei Ming (No. Cukai Pendapatan: IG 24518739080), taksiran tambahan bagi tahun taksiran 2024 berjumlah RM6,214.00 hendaklah dibayar dalam tempoh 30 hari.
        Penyata Ahli KWSP 2026. Nama: Roslan bin Jaafar. No. Ahli: 18452261. Baki Akaun Persaraan: RM84,312.50. Baki Akaun Sejahtera: RM12,048.17.
        Faedah Hilang Upaya Sementara diluluskan kepada Encik Rajesh a/l Subramaniam (K/P 900714-14-5247) akibat kecederaan tangan kanan di kilang pada 3 Oktober 2026.
        Pemohon: Siti Hajar binti Ahmad, 34 tahun, ibu tunggal, pendapatan bulanan RM1,450, tinggal di Lot 2214, Kampung Sungai Lang, 42700 Banting, Selangor.
        Kepada Encik Azman bin Hussin, akaun pinjaman peribadi no. 5641-2290-8813 anda telah tertunggak tiga bulan berjumlah RM2,871.60; sila jelaskan sebelum 15 Disember 2026.
        Tahniah kepada Chong Jia Hui dari kelas 5 Sains 1 yang memperoleh 10A+ dalam SPM, manakala adiknya Chong Jia Wen mendapat 5A dalam PT3.
        Borang ini diisi bagi pihak ibu saya: K/P 5 3 0 9 1 7 - 0 2 - 5 1 2 8, nama Fatimah binti Derus, kampung Alor Ganu, Kedah.
        Waris Allahyarham Zainal bin Hamid boleh ditemui di rumah papan bercat hijau di lorong kedua selepas surau Kampung Seri Menanti, bersebelahan kedai runcit Pak Mail.
        Saya memohon cuti kecemasan kerana bapa saya, Encik Othman bin Daud, dimasukkan ke wad ICU Hospital Sultanah Bahiyah akibat strok pada malam semalam.
        Gaji pokok Puan Lee Mei Ling sebagai Penolong Akauntan ialah RM4,250, dengan potongan KWSP RM468.00 dan PERKESO RM21.25 sebulan.
        Notis Kebankrapan: Dalam Perkara Mohd Hafiz bin Ismail (No. K/P 820517-01-6243), Penghutang Penghakiman; Perintah Kebankrapan dibuat pada 4 November 2026.
        Sijil Kelahiran: Nur Qistina binti Mohd Amin, lahir 2 Ogos 2026 di Hospital Tengku Ampuan Rahimah, Klang; No. Daftar BM-34521/2026; nama ibu Farahin binti Zakaria.
        Mahkamah Rendah Syariah Petaling mengesahkan lafaz cerai antara Khairul Anuar bin Mahmud dan Norhayati binti Salleh, dengan nafkah anak RM800 sebulan.
        Encik Vincent Lau Kok Weng telah mendaftar di bawah Program Pengurusan Kredit AKPK dengan jumlah hutang kad kredit sebanyak RM47,300.
        Sebarang pertanyaan berkenaan permohonan anak saya, sila hubungi saya, Puan Suraya binti Hamid, di talian 013-482 7719 atau suraya.hamid88@gmail.com.
        Notis Pengusiran kepada penyewa rumah PPR Blok C, unit 08-14, Puan Kamala a/p Ramasamy, kerana tunggakan sewa RM3,420 selama 19 bulan.
        Pelajar Ahmad Irfan bin Shahrul (No. Matrik A21KE0093) ditarik balik biasiswanya kerana PNGK 1.87 bagi semester lepas.
        Pesakit Norazlina binti Musa, 41 tahun, didiagnosis kanser payudara tahap 2 dan disyorkan cuti sakit selama 60 hari bermula 1 Disember 2026.
        Keluarga Encik Jamaluddin bin Osman di Kampung Gong Badak disahkan asnaf fakir; isteri beliau menghidap penyakit buah pinggang dan menjalani dialisis tiga kali seminggu.
        Sila kreditkan bayaran balik cukai ke akaun CIMB 7012 4489 6321 atas nama Wong Siew Lan.
        Notis Saman JPJ/KTN/2026/885412 dikeluarkan kepada pemilik kenderaan WPL 7731, Encik Arumugam a/l Perumal, 15 Jalan Bunga Raya, Taman Seri Cheras, 56100 Kuala Lumpur.
        Surat Tawaran: Cik Farah Wahida binti Nasir ditawarkan jawatan Pegawai Tadbir Gred N41 dengan gaji permulaan RM2,968; tarikh lapor diri 4 Januari 2027.
        Tunggakan cukai taksiran bagi No. Akaun 0412-0087-3356, pemilik Hjh. Salmah binti Abdullah, No. 8, Jalan Dato' Onn, 25000 Kuantan, berjumlah RM1,287.40.
        Surat amaran kepada ibu bapa: anak tuan, Haikal bin Rahim (4 Dinamik), telah tidak hadir ke sekolah selama 12 hari berturut-turut tanpa sebab munasabah.
        Pemohon yang tinggal di rumah No. 17, Jalan Cempaka 2, Taman Desa Jaya, Kepong mempunyai pendapatan RM1,200 sebulan dan menjaga tiga orang anak OKU.
        Saya, Norhaslinda binti Abd Rahman, No. Pekerja KL30215, ingin meletakkan jawatan kerana perlu menjaga ibu saya yang menghidap demensia.
        Pembahagian harta pusaka Allahyarham Che Mat bin Che Ali: tanah Lot 1145 Mukim Bachok kepada anak lelakinya Che Rosli, manakala simpanan ASB RM32,000 dibahagi mengikut faraid.
        Borang SPS. Nama Pemohon: Kong Yee Ling; No. K/P: 950608-13-5088; Alamat: Lot 55, Kampung Sinar Baharu, 93250 Kuching, Sarawak; Tel: 016-889 3054.
        Nombor KWSP saya 20718834, tolong semak kenapa caruman bulan Oktober daripada majikan belum masuk. Terima kasih, Shahrizal bin Md Noor.
        Peminjam PTPTN Nur Syafiqah binti Ramli (K/P 960214-03-5470) disekat daripada ke luar negara kerana tunggakan RM11,580.
        Senarai calon gagal Bahasa Melayu percubaan SPM: Tan Jia Xin (5 Perdagangan) dan Muhammad Aiman bin Saiful (5 Sastera); ibu bapa diminta berjumpa guru kelas.
        Senarai Calon Temu Duga: Siti Maisarah binti Hashim (930721-11-5630) dan Mohd Khairi bin Abdullah (910203-06-5131), sesi 9.00 pagi.
        Takziah buat keluarga guru kami, Cikgu Rohani binti Yusof, yang kehilangan suami tercinta dalam kemalangan di Lebuhraya Pantai Timur malam semalam.
        Gaji bersih Encik Zulkarnain bin Yahya, kerani Pejabat Tanah Daerah Temerloh, bulan lalu hanya dua ribu tiga ratus ringgit selepas potongan pinjaman koperasi.
        Penjamin pinjaman ialah Encik Lim Boon Hock, abang kepada peminjam, dengan pendapatan tahunan RM58,000 seperti dalam Borang EA yang dilampirkan.
        Permohonan pertukaran atas alasan kesihatan: Puan Devi a/p Krishnan, guru di SK Taman Melati, menghidap lupus dan perlu menerima rawatan di HKL setiap bulan.
        Saya mengesahkan bahawa Encik Abu Bakar bin Sulaiman bermastautin di Kampung Parit Jamil, Muar sejak tahun 1998 dan bekerja sebagai nelayan pantai.
        Sijil Nikah No. 0123/2026: suami Faizul bin Kassim (K/P 900811-02-5465), isteri Aina Sofea binti Rahmat (K/P 980104-02-5082); mas kahwin RM300 tunai.
        Notis Pemilikan Semula: Peminjam Sabariah binti Omar, No. Perjanjian Sewa Beli 30018844, kenderaan Perodua Myvi WXT 2093, tunggakan empat ansuran.
        Ibu kepada murid Darwisyah (3 Cerdik) memaklumkan anaknya disahkan menghidap autisme dan memohon kelonggaran dalam peperiksaan akhir tahun.
    """),
    "mixed": _lines("""
        Dear Encik Hafiz bin Azmi, your KWSP Akaun Fleksibel withdrawal of RM1,500 has been credited to your Bank Islam account 1201 4010 0447 1 on 2 December.
        Tenant: Nguyen Thi Lan, passport C3918274, Bilik 3, No. 41 Jalan SS2/24, 47300 Petaling Jaya; rent RM650 sebulan, deposit sudah dibayar.
        Borrower Kumaravel a/l Pillai (NRIC 790318-05-5211) has missed four instalments on his Proton Saga hire purchase; notis pemilikan semula telah dihantar.
        Ref LHDN/KL/2026: Madam Chew Poh Lin, 22 Jalan Telawi 3, Bangsar, 59100 Kuala Lumpur, your tax refund of RM1,842.00 has been approved.
        Result slip for Ahmad Zaki bin Ridzuan, Form 3 Amanah: Maths 38% (E), Science 45% (D); please see the class teacher regarding tuition.
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Boleh tolong tulis surat rayuan kepada LHDN? Saya kena penalti sebab lewat hantar e-BE.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama, nombor cukai, tahun taksiran dan jumlah penalti yang dikenakan.",
        ),
        (
            "user",
            "Nama saya Mohd Shahrul Nizam bin Kamal, nombor cukai IG 10284733020, tahun taksiran 2025, penalti RM412. Saya lewat sebab dimasukkan ke hospital kerana denggi pada bulan April.",
        ),
        (
            "assistant",
            "Baik, saya akan sediakan draf surat rayuan dengan menyatakan sebab kesihatan tersebut dan melampirkan surat doktor.",
        ),
    ],
    [
        ("user", "Macam mana nak tukar alamat dalam MyKad?"),
        (
            "assistant",
            "Anda boleh hadir ke mana-mana pejabat JPN atau kiosk pertukaran alamat dengan membawa MyKad dan dokumen bukti alamat baharu.",
        ),
        (
            "user",
            "Ok. Alamat baru saya No. 9, Jalan Delima 4/7, Taman Pelangi Semenyih 2, 43500 Semenyih. IC saya 890305-10-6241. Bil TNB masih atas nama tuan rumah, boleh guna tak?",
        ),
        (
            "assistant",
            "Jika bil atas nama tuan rumah, sertakan perjanjian sewa yang ditandatangani bersama salinan bil tersebut.",
        ),
    ],
    [
        (
            "user",
            "Mak saya nak keluarkan duit KWSP untuk pembedahan jantung. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Untuk pengeluaran kesihatan, biasanya diperlukan laporan perubatan, anggaran kos daripada hospital dan salinan kad pengenalan ahli.",
        ),
        (
            "user",
            "Nama mak Zaleha binti Hassan, umur 58, doktor di IJN kata kena buat bypass tiga saluran, kos dalam RM38,000. Simpanan dia dalam RM61 ribu je.",
        ),
        (
            "assistant",
            "Dengan jumlah itu, permohonan boleh dibuat menggunakan surat anggaran kos IJN. Saya boleh senaraikan langkah permohonan dalam talian.",
        ),
    ],
    [
        ("user", "Bank hantar surat notis tuntutan. Tolong draf surat minta penjadualan semula."),
        ("assistant", "Boleh. Apakah nama bank, nombor akaun pinjaman dan jumlah tunggakan?"),
        (
            "user",
            "RHB, akaun pinjaman 2-14785-0039621-6, tunggakan RM5,630. Saya Tan Kah Hoe, tinggal di 31 Lorong Tembaga 6, Taman Desa, 30100 Ipoh. Saya hilang kerja bulan Julai.",
        ),
        (
            "assistant",
            "Baik. Saya akan sediakan surat kepada RHB dengan menyatakan kehilangan pekerjaan dan cadangan ansuran baharu yang munasabah.",
        ),
        ("user", "Cadangkan RM350 sebulan. Nombor telefon saya 012-557 3908."),
    ],
    [
        (
            "user",
            "Saya guru kelas 5 Arif. Tolong tulis surat kepada ibu bapa tentang keputusan peperiksaan pertengahan tahun yang merosot.",
        ),
        ("assistant", "Baik. Adakah surat ini untuk semua murid atau murid tertentu?"),
        (
            "user",
            "Untuk Nurul Hidayah binti Rashid. Dia dapat 3 mata pelajaran gagal, BM 32, Sejarah 28, Matematik 19. Bapanya Encik Rashid bin Ahmad, tinggal di Kuarters Polis Jalan Sultan Azlan Shah, Ipoh.",
        ),
        (
            "assistant",
            "Saya akan menulis surat yang sopan, memaklumkan keputusan dan menjemput Encik Rashid berbincang dengan pihak sekolah.",
        ),
    ],
    [
        (
            "user",
            "Saya tuan rumah. Nak hantar notis kepada penyewa yang tak bayar sewa. Ada templat?",
        ),
        (
            "assistant",
            "Ada. Notis biasanya mengandungi butiran penyewa, alamat premis, jumlah tunggakan dan tempoh untuk menjelaskan bayaran.",
        ),
        (
            "user",
            "Penyewa: Muhammad Syafiq bin Zainuddin, K/P 940628-06-5573. Rumah teres No. 14, Jalan Seri Indah 2, Taman Seri Indah, 25150 Kuantan. Tunggak 5 bulan, RM4,000.",
        ),
        (
            "assistant",
            "Baik, berikut draf notis yang memberi tempoh 14 hari kepada penyewa untuk menjelaskan tunggakan RM4,000.",
        ),
    ],
    [
        ("user", "Apa maksud saman pemula dalam kes sivil?"),
        (
            "assistant",
            "Saman pemula ialah cara memulakan prosiding sivil yang biasanya melibatkan isu undang-undang tanpa pertikaian fakta yang besar.",
        ),
        (
            "user",
            "Saya baru terima writ saman dari Mahkamah Sesyen Shah Alam. Plaintif ialah abang ipar saya, Rosli bin Jusoh, dia tuntut RM85,000 yang dia kata saya pinjam untuk bisnes kedai makan. Nama saya Mazlan bin Idris.",
        ),
        (
            "assistant",
            "Anda perlu memfailkan memorandum kehadiran dalam tempoh yang ditetapkan. Sebaiknya dapatkan nasihat peguam atau Biro Bantuan Guaman.",
        ),
    ],
    [
        ("user", "Tolong karang iklan kematian untuk surat khabar."),
        (
            "assistant",
            "Boleh. Sila berikan nama si mati, umur, tarikh kematian dan ahli keluarga yang ingin disebut.",
        ),
        (
            "user",
            "Ayah saya, Haji Abdul Ghani bin Saad, 79, meninggal 1 Disember di rumah kami di Kampung Batu 8, Jalan Kuala Selangor. Tinggalkan isteri Hajah Mariam binti Lebai Osman, anak-anak Azlina, Azmi dan Azhar. Pengebumian di Tanah Perkuburan Islam Kampung Batu 8.",
        ),
        (
            "assistant",
            "Berikut draf iklan kematian yang ringkas dan sopan dengan ucapan takziah daripada keluarga.",
        ),
    ],
    [
        ("user", "Saya nak mohon jawatan Pembantu Tadbir N19. Boleh semak surat permohonan saya?"),
        ("assistant", "Boleh, sila tampal surat tersebut."),
        (
            "user",
            "Saya, Nur Amirah binti Saiful Bahri, berumur 24 tahun, beralamat di Blok F-3-7, Apartmen Seri Ros, Bandar Baru Nilai, 71800 Nilai. Saya memiliki SPM 6A. Boleh dihubungi di 019-274 6615 atau amirah.saifulbahri@yahoo.com.",
        ),
        (
            "assistant",
            "Surat ini sudah baik. Cadangan saya: nyatakan pengalaman kerja sambilan anda dan tambah tajuk permohonan yang jelas.",
        ),
    ],
    [
        (
            "user",
            "Anak saya dapat surat tawaran sekolah asrama penuh tapi kami tak mampu bayar yuran. Ada bantuan?",
        ),
        (
            "assistant",
            "Ada beberapa bantuan seperti Kumpulan Wang Amanah Pelajar Miskin dan bantuan zakat. Kelayakan biasanya berdasarkan pendapatan isi rumah.",
        ),
        (
            "user",
            "Suami saya dah meninggal tahun lepas, saya cuma kerja cuci pinggan di kedai makan, gaji RM1,100. Anak saya Ahmad Rayyan bin Khalid, ditawarkan ke SBP Integrasi Gombak. Saya Rosmawati binti Yaakob.",
        ),
        (
            "assistant",
            "Dengan pendapatan tersebut, puan berkemungkinan layak. Saya boleh bantu sediakan surat permohonan bantuan kepada pihak sekolah dan lembaga zakat.",
        ),
    ],
]
