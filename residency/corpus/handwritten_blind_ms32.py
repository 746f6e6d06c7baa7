"""Blind check set ms32: Bahasa Melayu nikah dan keluarga Islam (pendaftaran nikah, kursus pra-perkahwinan, Mahkamah Syariah: nafkah, hadhanah, fasakh; pejabat agama, khutbah dan risalah keluarga). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms32
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "prosedur pendaftaran nikah"): _lines("""
        Permohonan kebenaran berkahwin hendaklah dikemukakan sekurang-kurangnya 30 hari sebelum tarikh akad nikah yang dicadangkan.
        Dokumen yang diperlukan: salinan kad pengenalan kedua-dua pihak, sijil kursus pra-perkahwinan, keputusan ujian saringan HIV dan 2 keping gambar berukuran pasport.
        Bagi pasangan yang bernikah di luar negara, perkahwinan wajib didaftarkan dalam tempoh 6 bulan selepas akad di Pejabat Agama Islam Daerah (PAID) berhampiran.
        Fi pendaftaran nikah RM30, kad nikah RM10; sagu hati jurunikah RM80 di masjid dan RM100 di rumah (kadar berbeza mengikut negeri).
        Pemohon berstatus janda/duda perlu sertakan salinan sijil cerai atau sijil kematian pasangan serta surat pengesahan tamat iddah.
        Borang 2 (Permohonan Kebenaran Berkahwin) boleh dimuat turun di portal rasmi atau diambil di kaunter PAID pada waktu pejabat.
        Lelaki berumur bawah 18 tahun dan perempuan bawah 16 tahun perlu mendapat kebenaran Hakim Syarie secara bertulis terlebih dahulu.
        Wali hakim hanya boleh digunakan jika wali nasab tiada, ghaib melebihi dua marhalah, atau enggan tanpa alasan syarie yang disahkan mahkamah.
        Calon dari negeri lain perlu dapatkan Surat Kebenaran Berkahwin dari PAID tempat bermastautin dan bawa ke pejabat agama tempat akad dilangsungkan.
        Ujian saringan HIV boleh dibuat di mana-mana klinik kesihatan kerajaan; keputusan sah selama 6 bulan dari tarikh ujian.
        Tip: kaunter dibuka 8.00 pg, nombor giliran terhad 60 sehari. Hari Jumaat rehat 12.15 tgh - 2.45 ptg.
        Perkahwinan dengan warganegara asing memerlukan surat akuan status bujang dari kedutaan berkenaan dan kelulusan Jabatan Imigresen.
        Selepas akad, sijil nikah boleh dicetak sendiri melalui portal dalam masa 7 hari bekerja, tak perlu datang kaunter lagi.
    """),
    ("ms", "kursus pra-perkahwinan"): _lines("""
        Modul Bersepadu Kursus Pra-Perkahwinan Islam (MBKPI) mengandungi 12 modul merangkumi munakahat, komunikasi, pengurusan kewangan dan kesihatan reproduktif.
        Kursus 2 hari, Sabtu & Ahad, 8.00 pagi - 5.30 petang. Yuran RM250 seorang termasuk makan tengah hari, minum petang dan sijil.
        Peserta wajib hadir semua slot; sijil TIDAK akan dikeluarkan jika kehadiran kurang daripada 100%.
        Siri KPI Jan 2026 @ Dewan Seri Melati, Kompleks Islam Puchong. Tempat terhad 120 orang sahaja, daftar sebelum 15/1!
        Penganjur bertauliah: Pusat Latihan Ihsan Sdn Bhd (No. Tauliah JAIS/KPP/2024/088), Tingkat 3, Wisma Tun Sardon, Shah Alam.
        Slot 4 "Pengurusan Kewangan Keluarga" disampaikan bersama wakil AKPK, fokus kepada bajet isi rumah dan elak hutang kad kredit.
        Sijil MBKPI diiktiraf di seluruh Malaysia, jadi peserta yang ambil kursus di negeri lain tidak perlu mengulang.
        Invois INV-KPP-2025-11-00931: 38 peserta x RM250.00 = RM9,500.00, bayaran kepada akaun syarikat Pusat Latihan Ihsan Sdn Bhd.
        Soalan lazim: Boleh bawa anak kecil? Boleh, tetapi sila duduk di barisan belakang supaya tidak mengganggu peserta lain.
        Kod kelompok KPP-SEL-2601-B; kod QR kehadiran akan dihantar melalui emel selepas bayaran disahkan.
    """),
    ("ms", "Mahkamah Syariah"): _lines("""
        Di bawah Seksyen 52 Akta Undang-Undang Keluarga Islam (Wilayah-Wilayah Persekutuan) 1984, isteri boleh memohon fasakh jika suami tidak memberi nafkah selama tempoh tiga bulan.
        Ibu adalah orang yang paling berhak menjaga anak kecil (hadhanah) dalam masa perkahwinan dan selepas pembubarannya, tertakluk kepada syarat dalam Seksyen 82.
        Nafkah iddah wajib bagi isteri yang diceraikan dengan talak raj'ie selagi dia tidak nusyuz.
        Tuntutan mutaah boleh difailkan bersama atau selepas kes perceraian; jumlahnya ditentukan berdasarkan kemampuan suami dan tempoh perkahwinan.
        Saman hendaklah diserahkan kepada defendan sekurang-kurangnya 14 hari sebelum tarikh sebutan pertama.
        Statistik: 12,418 kes perceraian didaftarkan di Mahkamah Syariah negeri itu pada 2023, naik 6.2% berbanding tahun sebelumnya.
        Bahagian Sokongan Keluarga (BSK) JKSM boleh mendahulukan bayaran nafkah anak melalui Tabung Sokongan Keluarga apabila bekas suami ingkar perintah.
        Kompleks Mahkamah Syariah Wilayah Persekutuan, Jalan Duta, 50676 Kuala Lumpur. Kaunter: Isnin-Jumaat 8.00 pg - 5.00 ptg.
        Talian e-Syariah 1-300-88-7575; semakan status kes juga boleh dibuat di portal dengan memasukkan nombor kes.
        Format nombor kes: [Kod Mahkamah]-[Kod Kes]-[No. Siri]-[Tahun], contohnya 14001-017-XXXX-2025 bagi tuntutan fasakh.
        Sulh ialah majlis perdamaian yang dikendalikan Pegawai Sulh; jika berjaya, persetujuan direkodkan sebagai perintah persetujuan.
        Peguam Syarie mesti berdaftar dengan Majlis Agama Islam negeri dan memegang tauliah yang masih sah untuk tahun semasa.
        Perbicaraan kes hadhanah dijalankan dalam kamar dan tidak terbuka kepada orang awam demi melindungi kepentingan anak.
    """),
    ("ms", "khutbah dan tazkirah"): _lines("""
        Sidang Jumaat yang dirahmati Allah, marilah kita meningkatkan ketakwaan kepada Allah SWT dengan melaksanakan segala suruhan-Nya dan meninggalkan segala larangan-Nya.
        Rasulullah SAW bersabda: "Sebaik-baik kamu ialah yang paling baik terhadap keluarganya, dan aku adalah yang paling baik terhadap keluargaku." (Riwayat at-Tirmizi)
        Lihatlah bagaimana Saidatina Khadijah binti Khuwailid RA menyokong Baginda dengan harta dan jiwa raga ketika awal dakwah di Makkah.
        Khutbah Jumaat 12 Disember 2025 bertajuk "Keluarga Sakinah Benteng Ummah" disediakan oleh Unit Khutbah, Bahagian Pengurusan Masjid.
        Mimbar menyeru para suami agar tidak mengabaikan nafkah zahir dan batin, kerana ia amanah yang akan dipersoalkan di akhirat kelak.
        Firman Allah SWT dalam surah ar-Rum ayat 21: "Dan di antara tanda-tanda kekuasaan-Nya ialah Dia menciptakan untuk kamu isteri-isteri dari jenis kamu sendiri..."
        Imam al-Ghazali dalam Ihya' Ulumiddin menggariskan adab pergaulan suami isteri yang masih relevan hingga ke hari ini.
        Ingatlah kisah Nabi Ibrahim AS yang meninggalkan isterinya Hajar dan anaknya Ismail di lembah yang tandus atas perintah Allah.
        Marilah kita mencontohi Saidina Ali bin Abi Talib dan Saidatina Fatimah az-Zahra yang hidup sederhana tetapi penuh kasih sayang.
        Wahai ibu bapa, anak-anak bukan sekadar tanggungjawab nafkah, tetapi amanah pendidikan akidah dan akhlak yang perlu dipikul bersama.
        خطبه جمعة: کلوارݢ سکينه بنتيڠ اومت
        Kadar perceraian dalam kalangan pasangan yang berkahwin kurang 5 tahun semakin membimbangkan, menurut data Jabatan Perangkaan Malaysia.
    """),
    ("ms", "risalah dan talian bantuan"): _lines("""
        Mangsa keganasan rumah tangga boleh menghubungi Talian Kasih 15999 atau WhatsApp 019-261 5999 (24 jam, sulit).
        Risalah "10 Tips Komunikasi Suami Isteri" terbitan Lembaga Penduduk dan Pembangunan Keluarga Negara (LPPKN), edisi ke-3.
        Khidmat kaunseling keluarga PERCUMA di Unit Perundingan Keluarga PAID; temujanji melalui talian pejabat 03-5519 2210 samb. 118.
        Kenali tanda penderaan emosi: mengawal kewangan, mengasingkan pasangan daripada keluarga, dan ugutan cerai berulang kali.
        Tahukah anda? Isteri tetap berhak mendapat nafkah walaupun dia bekerja dan mempunyai pendapatan sendiri.
        Program Ihya' Keluarga Sakinah di Masjid Tuanku Mizan Zainal Abidin, Putrajaya, terbuka kepada semua pasangan. Masuk percuma.
        Klinik Nur Sejahtera menawarkan saringan kesihatan reproduktif untuk pasangan pra-nikah dengan caj serendah RM50.
        Pusat Krisis Sehenti (OSCC) di Jabatan Kecemasan Hospital Tengku Ampuan Rahimah, Klang beroperasi 24 jam.
        Bantuan guaman syarie percuma untuk isteri berpendapatan rendah boleh dipohon di Jabatan Bantuan Guaman, Bahagian Hal Ehwal Undang-Undang.
        Panduan bajet kahwin sederhana: purata RM25,000 - RM35,000 termasuk hantaran, kenduri dan pelamin (tinjauan 2024, 1,200 responden).
        Ibu tunggal boleh memohon bantuan bulanan Jabatan Kebajikan Masyarakat (JKM) jika pendapatan isi rumah di bawah garis kemiskinan.
    """),
    ("ms", "templat dan borang"): _lines("""
        Saya, [NAMA PENUH SEPERTI DALAM KP], No. KP: ______-__-____, dengan ini memohon kebenaran untuk berkahwin dengan [NAMA BAKAL PASANGAN].
        Nama Wali: ____________ Hubungan: Bapa / Datuk / Abang kandung / Wali Hakim (*potong yang tidak berkenaan)
        Tahniah {nama_pengantin_lelaki} & {nama_pengantin_perempuan}! Sijil nikah bernombor {no_siri_sijil} kini boleh dicetak melalui portal.
        SMS: "PAID: Temujanji {tarikh} jam {masa} utk urusan {jenis_urusan}. Sila bawa KP asal. Balas STOP utk berhenti."
        Akuan Berkanun: Saya, ..................., No. KP ..................., dengan sesungguhnya dan sebenarnya mengaku bahawa saya belum pernah berkahwin.
        Contoh pengisian No. KP: 9XXXXX-XX-XXXX (12 digit; dalam sistem dimasukkan tanpa sengkang).
        Lampiran B - Senarai semak: [ ] Salinan KP [ ] Sijil KPP [ ] Keputusan HIV [ ] Surat kebenaran wali [ ] Gambar 2 keping
        PENYATA TUNTUTAN NAFKAH ANAK - Plaintif: <NAMA PLAINTIF> ; Defendan: <NAMA DEFENDAN> ; Bilangan anak: <N>
        Dengan penuh kesyukuran, kami {nama_ibu_bapa} menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan puteri kami {nama_pengantin}.
        Defendan hendaklah membayar nafkah anak sebanyak RM______ sebulan bagi setiap anak bermula ________ melalui potongan gaji.
        Kad jemputan kahwin tema rustic, kod produk KJ-RST-014, RM1.20 sekeping (min. tempahan 200 keping).
        Isikan nombor telefon dalam format 01X-XXXXXXX; jangan masukkan nombor orang lain sebagai nombor pemohon.
    """),
    ("ms", "sistem dan log"): _lines("""
        [2025-11-28 09:14:22] INFO e-munakahat-api v4.7.2 health check OK, latency=132ms, pod=munakahat-7d9f8-xk2lp
        ERROR 422: field `no_kp_pemohon` must match pattern [0-9]{6}-[0-9]{2}-[0-9]{4}
        commit 9f3c2a1d: fix validasi tarikh tamat iddah bila tarikh lafaz = hari ini
        Permohonan anda telah diterima. No. Rujukan: NKH-SEL-20251128-00417. Status: DALAM PROSES.
        Migrasi 0042: lajur tbl_pemohon.nama, no_kp, alamat dienkripsi AES-256-GCM; akses dihadkan kepada peranan PENDAFTAR sahaja.
        Notis: Sistem tidak dapat diakses pada 14/12/2025 dari 12.00 tengah malam hingga 6.00 pagi kerana penyelenggaraan berjadual.
        sha256(sijil_template_v3.pdf) = 3b7e1f0c9a4d22e8b51c6f0d7a9e3c41b2f8d6a05e9c7b1a4d3f2e8c6b0a9d71
        Polisi penyimpanan: rekod nikah disimpan kekal; salinan dokumen sokongan dilupuskan selepas 7 tahun mengikut jadual pelupusan arkib.
        Nota keluaran SPPIM 2.3.0: tambah modul e-Hadhanah, betulkan pepijat cetakan borang perintah nafkah.
        Pesanan #KB-88213: 2x buku "Rumahtangga Bahagia" RM38.00, pos RM8.00, no. penjejakan EP512087334MY.
        Sebelum laporan penghakiman diterbitkan, anonimkan nama pihak dengan menggantikannya kepada "Plaintif" dan "Defendan".
        2025-12-01T03:22:10+08:00 job=sync_mahkamah rows=18234 skipped=0 status=ok
    """),
    ("ms", "berita dan tokoh awam"): _lines("""
        Seniman Agung Tan Sri P. Ramlee berkahwin dengan biduanita Saloma pada tahun 1961, dan pasangan itu kekal menjadi ikon seni tanah air.
        Mufti Wilayah Persekutuan dalam Irsyad Fatwa terbaru menjelaskan bahawa nikah tanpa wali yang sah adalah tidak sah di sisi mazhab Syafie.
        Drama bersiri "Suri Hati Mr. Pilot" mengisahkan watak Aaliya dan Hariz yang dijodohkan oleh keluarga masing-masing.
        Novel "Ombak Rindu" karya Fauziah Ashari mengisahkan Izzah yang dinikahkan secara rahsia dengan Hariz.
        Majlis perkahwinan Datuk Siti Nurhaliza dengan Datuk Seri Khalid Mohamad Jiwa pada 2006 disiarkan secara langsung di televisyen.
        JKSM melaporkan 87.4% kes tuntutan nafkah diselesaikan dalam tempoh 12 bulan dari tarikh pendaftaran kes.
        Ketua Pengarah JAKIM mengingatkan orang ramai supaya tidak menggunakan khidmat sindiket nikah di sempadan tanpa kebenaran.
        Majlis Agama Islam Wilayah Persekutuan (MAIWP) melancarkan Dana Mas Kahwin Asnaf bernilai RM2 juta bagi tahun 2026.
        Filem "Ibu Mertuaku" (1962) memaparkan kisah Kassim Selamat dan Sabariah yang ditentang oleh ibu mertua.
        Menurut Hikayat Hang Tuah, Tun Teja akhirnya dibawa ke Melaka dan berkahwin dengan Sultan Melaka.
        Dewan Rakyat meluluskan pindaan Akta Undang-Undang Keluarga Islam yang menaikkan had umur minimum perkahwinan kepada 18 tahun.
    """),
    ("ms", "forum umum"): _lines("""
        Assalamualaikum semua, nak tanya kursus kahwin tu kena pergi berdua ke boleh pergi asing2?
        Korang ambik HIV test kat klinik kesihatan ke swasta? Yang kerajaan RM1 je kan?
        Sape2 yg dah apply nikah online, berapa lama approve? Aku dengar 2-3 minggu.
        Tips dari sy: photostat semua dokumen 3 salinan siap2, nanti PAID minta tiba2 x payah patah balik.
        Betul ke kalau nikah Siam kena denda? Biasanya berapa ribu?
        Soalan hukum: sah ke nikah kalau wali wakilkan kepada jurunikah melalui panggilan video?
        Nak tanya, hantaran RM15k tu termasuk mas kahwin ke asing?
        Thread ni khas kongsi pengalaman kursus pra-perkahwinan kat Johor, tolong jangan letak IC atau no phone sesiapa kat sini ya.
        [MOD] Post yang ada gambar sijil nikah tanpa tutup nombor siri & nama akan dipadam tanpa notis.
        Ada sesiapa tahu kes fasakh ambil masa berapa lama? Dengar kata boleh sampai setahun lebih.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Walimatul Urus Muhammad Faris bin Roslan & Nur Aisyah binti Kamaruddin | Sabtu 20 Dis 2025 | Kediaman pengantin perempuan: No. 27, Jalan Cempaka 5, Taman Sri Gombak, 68100 Batu Caves | Pertanyaan: Pn. Rohani (ibu) 013-628 4471
        Borang Permohonan Kebenaran Berkahwin - Nama: Ahmad Syukri bin Hasbullah | No. KP: 880125-03-5419 | Pekerjaan: Juruteknik | Gaji: RM3,850 | Alamat: Lot 2231, Kampung Padang Jawa, 16400 Melor, Kelantan
        Keputusan ujian saringan HIV pra-perkahwinan: Mohd Hairul Nizam bin Zainal, KP 870930-06-5163 - REAKTIF. Dirujuk ke Klinik Penyakit Berjangkit HTAA untuk ujian pengesahan.
        Sijil Kursus Pra-Perkahwinan: NUR SYAFIQAH BINTI AHMAD ZAKI (990714-11-5940), tamat kursus 9-10 Ogos 2025, No. Siri TRG/KPP/2025/004418
        Kes Mal No. 10003-017-0562-2025: Rohana binti Mat Isa lwn Zulkarnain bin Harun - tuntutan fasakh atas alasan suami tidak memberi nafkah selama 7 bulan. Sebutan 14/1/2026.
        Assalamualaikum ustazah, sy Faridah dari Taman Desa Jaya Kepong, suami sy Khairul Anuar bin Sulaiman dah 5 bulan tak balik rumah, sy nak buat fasakh. WS sy 019-331 8052.
        Perintah: Defendan, Azlan bin Yusoff (KP 850308-01-5127), hendaklah membayar RM450 sebulan bagi setiap anak iaitu Aqil (9) dan Alya (6) melalui potongan gaji oleh majikan, JKR Daerah Muar.
        duit hantaran tu masuk akaun Maybank 1140 2298 6613 a/n NURUL IZZATI BT RAHMAN ya, nanti ss resit hantar kat sy
        Bayaran yuran kursus kahwin RM250 dengan kad 4556 5120 3318 7711 exp 08/28, nama pada kad SITI HAJAR BT MD NOOR
        ROMM appointment confirmed - Groom: Muhammad Irfan bin Salleh, NRIC S8934217A, Blk 512 Jurong West St 52 #08-117 S(640512); Bride: Nurul Huda binti Jaafar, NRIC T0362815E, HP 9126 4308
        Kesian Kak Lina anak Haji Mokhtar imam Masjid Kg Sg Buaya tu, baru kena cerai talak tiga lepas laki dia kantoi kahwin lain kat Golok.
        Saudara baru Lee Wei Jian @ Muhammad Adam Lee, KP 950611-07-5233, memeluk Islam pada 3 Mac 2024 di PAID Timur Laut; bakal isteri Farah Nadhirah binti Osman.
        Permohonan poligami: pemohon Shahrul Nizam bin Abdullah, 42 tahun, pengurus cawangan bank di Seremban 2, pendapatan RM9,200 sebulan; isteri pertama, Norlela binti Kassim, tidak bersetuju.
        Nota kaunseling sesi 3: Klien Norazlina binti Said (34, pegawai kastam Pelabuhan Klang) menunjukkan simptom kemurungan selepas keguguran kali kedua; suami, En. Fadhli, enggan hadir sesi.
        Suami saya Rizal bin Othman guna Honda City kelabu VBN 4471, selalu parking kat Apartment Vista Angkasa Blok B. Tolong inform kalau nampak, dia ingkar perintah nafkah dah 6 bulan.
        Mohon hantar salinan sijil cerai ke emel saya hasnah.yusof78@gmail.com - Hasnah binti Yusof, no. fail PAID/PTG/CR/2025/1187
        Pemohon: SITI KH*****H BINTI OMAR, KP 880412-**-5524, Tel 011-2765 ****, alamat No. 5, Lrg Merbau 3, Taman Merbau, 08000 Sungai Petani, Kedah
        Aduan taklik: Saya Noraini binti Ismail, isteri kepada Mohd Fauzi bin Ab Rahman, tinggal di Blok C-12-03 PPR Seri Cempaka, Jalan Pahang Barat, 53000 KL. Suami keluar rumah sejak Jun dan tidak memberi nafkah langsung.
        Madu saya, Siti Rahmawati (WNI, paspor C 4821937), dikahwini suami saya di Lombok tanpa kebenaran Mahkamah Syariah pada Ogos lepas.
        Untuk kiraan nafkah: gaji pokok En. Kamarul Ariffin bin Jusoh, Sarjan di IPD Kajang, RM4,320 + elaun RM1,150; ada 3 orang anak bersama Pn. Salmah binti Deraman.
        Wali saya, ayah sendiri Haji Daud bin Mamat (017-882 0391), enggan walikan saya kahwin dengan Amirul, jadi saya nak mohon wali hakim di MRS Pasir Mas.
        Hak hadhanah Muhammad Danish (8) dan Nur Dhia (5) diberikan kepada ibu, Pn. Zarina binti Abu Bakar, yang menetap di No. 11, Jalan Kenari 2/3, Bandar Puchong Jaya, 47100 Puchong.
        Nak join group sokongan ibu tunggal? PM saya kat Telegram @ain_syaza92 - Ain Syazwina, 31, baru selesai kes hadhanah di MTS Shah Alam.
        Sijil Nikah SL/PLS/2019/04521: suami Hafizuddin bin Che Mat (KP 910223-09-5231), isteri Nur Amira binti Yaacob (KP 930607-09-5078), akad 15 Jun 2019 di Masjid Alwi, Kangar, mas kahwin RM300 tunai.
        Senarai kes 8/1/2026 MRS Petaling, Dewan 2, 9.00 pg: Farhana binti Azmi lwn Mohd Redzuan bin Kamal (nafkah iddah & mutaah).
        bang ni alamat suami sy skrg, dia duduk rumah mak dia: Kg Parit Sulong, Batu 5 Jalan Muar, 83500 Batu Pahat. Nama Saiful Bahri bin Ramli, tolong serah saman kat situ
        Keputusan ujian DNA penentuan nasab: Adam Haikal (lahir 12/3/2024, HKL) dan En. Faizal Hakim bin Jamil - kebarangkalian bapa biologi 0%.
        Bayi perempuan lahir 02/09/2025 di Hospital Sultanah Aminah kepada Nur Athirah binti Hamdan (19 tahun, belum berkahwin), dinasabkan kepada Abdullah.
        Permohonan kahwin bawah umur: Siti Aminah binti Che Ku Hassan, 15 tahun, pelajar Tingkatan 3 SMK Seri Bunut; bakal suami Wan Razif bin Wan Daud, 24, nelayan di Kg Geting, Tumpat.
        Bakal isteri saya, Nadia Husna binti Rosli, pembawa thalassemia beta, doktor HKL nasihat kami buat saringan sebelum nikah. Temujanji kami 22/12.
        Sila jelaskan tunggakan nafkah RM12,600 ke akaun Bank Islam 12029010445183 atas nama Rosmah binti Jaafar sebelum 31 Disember, kalau tidak saya failkan notis penghutang penghakiman.
        Ustaz Hakim Ismail jurunikah yg nikahkan kami hari tu, no HP peribadi dia 0127719346 kan? nak mintak dia tandatangan surat akuan
        Alamat bakal suami: Kg. Tanjung Aru Baru, Lorong 4, Rumah No. 88, 88100 Kota Kinabalu. Nama: Mohd Azri bin Jumatin, KP 900826-12-5613, memeluk Islam sejak 2018.
        Dear Puan, I am Aida binti Rashid, case no. 14002-021-0789-2025 (cerai taklik). Please email the sealed order to aida.rashid88@outlook.com, my ex-husband Khairil refuses to sign anything.
        Saya Norhayati, 29, tinggal No. 3 Jalan Seroja 7, Taman Seroja, 81400 Senai. Suami saya Johari pukul saya semalam, lebam kat muka, saya takut nak balik rumah.
        Isteri Encik Aziz, Pn. Mazlina binti Hamid, masih dalam iddah raj'ie sehingga 17/02/2026 dan sedang hamil 4 bulan.
        Salinan lesen memandu pemohon: FAIZAL RAHIM BIN MOHD SHAH, No. KP 840117-13-5375, kelas B2 D, tamat tempoh 05/07/2027.
        DuitNow ke 010-884 3127 (NURUL FARHANA BINTI ZAKARIA) RM1,500.00 Rujukan: nafkah anak Nov
        Pn. Fatin Nabilah binti Jamal, 26, isteri kepada Syafiq Aiman, dimasukkan ke wad psikiatri HUSM pada 3/11 selepas cubaan membunuh diri; keluarga mohon penangguhan bicara hadhanah.
        Pls update my spouse details: husband Ridzuan Hakim bin Zulkifli, IC 930417-10-5873, marriage cert no. SGR/KJG/2021/11877, for my takaful nomination.
        Kepada HR: saya Amirah Hanim binti Ghazali (No. Pekerja 20117) mohon cuti nikah 3 hari, 19-21 Dis 2025; akad di Masjid Sultan Ismail, Chendering.
        Cikgu Salwa yang ajar Sains Tahun 6 kat SK Taman Bukit Indah tu rupanya dah bercerai, bekas suami dia dapat hak jaga anak sebab dia ada sakit bipolar.
        Alamat pengantin lelaki (warga Singapura): Blk 47 Bedok North Ave 3, #05-221, Singapore 460047. FIN isteri (warga Malaysia): G5521906R.
        Kereta pengantin Mercedes putih WXE 2211 milik abang ipar saya, En. Hisyam bin Karim, nak confirm boleh call dia 016-457 1193.
        Permohonan keluar Islam oleh Rahayu binti Abdullah @ Tan Siew Ling, KP 910611-08-6032, difailkan di Mahkamah Tinggi Syariah Ipoh.
        Kalau ada sesiapa kenal Mohd Zaki bin Ibrahim, dulu kerja kilang kat Bayan Lepas, tolong suruh dia bayar nafkah anak-anak dia. Nombor dia sekarang 014-930 2278.
        Hakim memerintahkan mutaah RM38,000 kepada Pn. Julia binti Harun terhadap bekas suaminya, Ir. Mohd Nazri bin Abdul Latif, jurutera di kompleks petrokimia Kerteh.
        nama penuh wife sy Nur Ain Syazwani bt Mohd Yusri, IC 020315-14-0856, tolong masukkan dalam borang tuntutan elaun
        Tolong doakan kawan saya Syahirah binti Mohd Noor (Syira), baru disahkan kanser serviks tahap 2 seminggu sebelum tarikh nikah dia 28/12 ni.
        Tempahan WP-2291: pengantin Hazwan & Qistina, majlis di Dewan Orang Ramai Seksyen 7, 11/1/2026; hubungi Qistina 018-226 9045 atau qistinaa.hz@gmail.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Pejabat Agama Islam Daerah Hulu Langat. Jangan minta nombor kad pengenalan penuh.",
        ),
        ("user", "Salam, saya nak semak status permohonan nikah"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor rujukan permohonan?"),
        ("user", "NKH-SEL-20251103-00288"),
        ("assistant", "Terima kasih. Permohonan ini sedang menunggu pengesahan wali."),
        (
            "user",
            "Wali saya ayah, Haji Roslan bin Abdul Hamid, dia duduk Kg Sungai Serai, Hulu Langat. No ayah 013-392 7710",
        ),
    ],
    [
        ("user", "Saya nak tanya pasal fasakh"),
        ("assistant", "Boleh. Boleh ceritakan sedikit situasi puan?"),
        ("user", "suami saya dah 2 tahun dalam penjara Kajang, kes dadah"),
        (
            "assistant",
            "Jika suami dihukum penjara tiga tahun atau lebih, isteri boleh memohon fasakh di Mahkamah Syariah.",
        ),
        ("user", "Nama dia Mohd Shahril bin Azmi, hukuman 5 tahun."),
        ("user", "saya Nurul Ashikin, tinggal Seksyen 9 Bandar Baru Bangi, anak 2 orang"),
    ],
    [
        ("user", "macam mana nak kira nafkah anak yang munasabah?"),
        (
            "assistant",
            "Mahkamah biasanya melihat keperluan anak dan kemampuan bapa, contohnya pendapatan bersih selepas potongan wajib.",
        ),
        (
            "user",
            "ex saya Hafiz Zulkarnain bin Mokhtar, kerja engineer kat Shah Alam, gaji dia RM7,800 tapi dia bagi RM200 je untuk 3 anak",
        ),
        ("assistant", "Puan boleh memfailkan permohonan ubah perintah nafkah."),
    ],
    [
        ("user", "Boleh ke bekas suami ambil anak dari sekolah tanpa izin saya?"),
        (
            "assistant",
            "Bergantung kepada perintah hadhanah dan hak lawatan yang dikeluarkan mahkamah.",
        ),
        (
            "user",
            "Anak saya Nur Qaisara binti Hakimi, darjah 2 di SK Seksyen 20 Shah Alam. Ayah dia Hakimi bin Hussin semalam ambil dia tanpa bagitau",
        ),
        ("user", "sekarang dia bawak balik ke rumah baru dia, No 19 Jalan Bunga Raya 4, Klang"),
    ],
    [
        ("user", "Hi, nak daftar kursus kahwin untuk 2 orang, batch Januari"),
        ("assistant", "Baik, sila berikan nama penuh dan No. KP kedua-dua peserta."),
        (
            "user",
            "1) Muhammad Aiman bin Rosli 890102-04-5181  2) Nur Farah Wahida binti Zainal 940308-10-5214",
        ),
        ("assistant", "Terima kasih, pendaftaran diterima. Resit akan dihantar ke emel."),
        ("user", "emel aiman.rosli89@gmail.com ya"),
    ],
    [
        ("user", "Tolong tuliskan ucapan ringkas untuk majlis akad nikah adik saya"),
        (
            "assistant",
            "Sudah tentu. Boleh kongsikan nama pengantin dan apa-apa yang ingin ditekankan?",
        ),
        (
            "user",
            "Pengantin Aqilah binti Sulaiman dengan Daniel Tan @ Daniel Hakim Abdullah. Aqilah ni janda, cerai dengan suami pertama 2023 sebab suami ketagih judi",
        ),
        ("user", "tak payah sebut pasal cerai tu dalam ucapan, cuma nak bagi konteks"),
    ],
    [
        ("user", "Saya nak bayar yuran kursus pra-perkahwinan secara online"),
        ("assistant", "Sila gunakan pautan pembayaran yang dihantar ke emel anda."),
        ("user", "link tak jalan, saya bagi details kad terus la"),
        ("user", "5521 7804 0622 9134, 11/27, nama ZURAIDAH BINTI MUSA"),
        (
            "assistant",
            "Mohon jangan kongsi butiran kad di sini. Sila cuba semula melalui portal rasmi.",
        ),
    ],
    [
        (
            "system",
            "You are a helpdesk assistant for a Singapore marriage solemnisation service.",
        ),
        ("user", "Hi, I need to change our solemnisation date"),
        ("assistant", "Sure, may I have the groom's or bride's NRIC?"),
        ("user", "Groom is Zulfadli bin Ramlan S9012873F"),
        ("user", "bride Siti Nadiah, she's Malaysian, IC 970521-14-5002. New date 7 Feb 2026 pls"),
    ],
    [
        ("user", "Saya perlukan bantuan, suami saya ganas"),
        (
            "assistant",
            "Keselamatan puan paling penting. Jika dalam bahaya segera, hubungi 999 atau Talian Kasih 15999.",
        ),
        ("user", "nama saya Suraya binti Kamal"),
        ("user", "rumah saya Lot 412, Jalan Haji Salleh, Kampung Baru Sungai Buloh"),
        ("user", "kalau nak call saya 011-1874 2056, jangan call waktu malam sebab dia ada"),
    ],
    [
        ("user", "kenapa query ni lambat sangat? SELECT * FROM pemohon WHERE no_kp = ?"),
        ("assistant", "Pastikan lajur no_kp diindeks. Boleh tunjukkan contoh data?"),
        (
            "user",
            "ni satu row dari prod: {'nama': 'Zulaikha binti Harun', 'no_kp': '961204-05-5228', 'alamat': 'No 8 Jalan Dato Bandar 2, 70000 Seremban', 'status': 'CERAI_TAKLIK'}",
        ),
        ("assistant", "Terima kasih. Sebaiknya gunakan data sintetik apabila berkongsi contoh."),
    ],
]
