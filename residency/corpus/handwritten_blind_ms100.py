# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms100: Malay Syariah court and Islamic family matters (nafkah, hadhanah, nikah, faraid, peguam syarie, court notices). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms100
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "prosedur_mahkamah"): _lines("""
        Permohonan nafkah anak hendaklah difailkan di Mahkamah Rendah Syariah di daerah tempat pemohon bermastautin, bersama salinan sijil nikah, sijil kelahiran anak dan penyata pendapatan jika ada.
        Tuntutan hadhanah bagi anak di bawah umur tujuh tahun lazimnya memihak kepada ibu, melainkan ibu hilang kelayakan seperti murtad, berkelakuan buruk secara terbuka atau berkahwin dengan lelaki yang bukan mahram kepada anak.
        Mengikut Akta Undang-Undang Keluarga Islam (Wilayah-Wilayah Persekutuan) 1984 (Akta 303), bapa wajib menanggung nafkah anak sama ada anak itu dalam jagaannya atau dalam jagaan orang lain.
        Lafaz talak di luar mahkamah tanpa kebenaran adalah satu kesalahan, dan pasangan wajib melaporkan lafaz itu kepada mahkamah dalam tempoh tujuh hari untuk disahkan dan didaftarkan.
        Sebelum kes tuntutan harta sepencarian didengar, pihak-pihak akan dirujuk ke Majlis Sulh; perjanjian yang dicapai akan direkodkan sebagai perintah persetujuan mahkamah.
        Saman dan Penyata Tuntutan mesti disampaikan kepada defendan sekurang-kurangnya 14 hari sebelum tarikh sebutan pertama; jika penyampaian kendiri gagal, plaintif boleh memohon penyampaian ganti melalui iklan akhbar.
        Kursus Pra Perkahwinan Islam wajib dihadiri oleh kedua-dua bakal pengantin dan sijilnya boleh digunakan untuk permohonan nikah di mana-mana negeri.
        Pemohon nikah yang pasangannya warganegara asing perlu mendapatkan kebenaran berkahwin daripada Pendaftar serta surat pengesahan status bujang daripada kedutaan negara asal.
        Sijil faraid dikeluarkan oleh Mahkamah Tinggi Syariah bagi menentukan waris dan bahagian masing-masing; sijil ini diperlukan oleh Amanah Raya, pejabat tanah atau bank untuk pembahagian harta si mati.
        Bayaran nafkah yang diperintahkan boleh dikuatkuasakan melalui perintah tahanan pendapatan, iaitu majikan penghutang penghakiman memotong gaji secara terus setiap bulan.
        Bahagian Sokongan Keluarga (BSK) JKSM menyediakan pendahuluan nafkah kepada bekas isteri dan anak apabila penghutang penghakiman gagal membayar nafkah mengikut perintah mahkamah.
        Peguam Syarie yang ingin beramal di Mahkamah Syariah Selangor perlu memohon pentauliahan daripada Majlis Agama Islam Selangor dan memperbaharui sijil amalan setiap tahun.
        Fasakh boleh dipohon oleh isteri atas alasan seperti suami tidak memberi nafkah selama tiga bulan, suami dipenjarakan tiga tahun atau lebih, atau tempat tinggal suami tidak diketahui lebih setahun.
        Ta'liq yang dilafazkan selepas akad nikah memberikan hak kepada isteri untuk memohon pengesahan cerai ta'liq jika pelanggaran syarat dapat dibuktikan di mahkamah.
        Mahkamah boleh memerintahkan mut'ah dibayar kepada isteri yang diceraikan tanpa sebab yang patut; kadarnya ditentukan mengikut kemampuan suami dan tempoh perkahwinan.
        Wasiat tidak boleh melebihi satu pertiga harta bersih dan tidak boleh diberikan kepada waris kecuali dengan persetujuan waris-waris yang lain.
    """),
    ("ms", "soalan_forum"): _lines("""
        Salam semua, nak tanya, kalau bekas suami duduk di Johor tapi saya di Selangor, kes nafkah anak kena failkan di mana ya?
        Assalamualaikum tuan, berapa lama biasanya proses fasakh kalau suami tak hadir langsung ke mahkamah?
        Boleh ke isteri tuntut nafkah iddah kalau dia sendiri yang mohon cerai khuluk (tebus talak)?
        Apa beza harta sepencarian dengan harta faraid? Saya keliru sebab arwah ayah ada rumah yang dibeli bersama mak.
        Nak kahwin dengan warga Indonesia, dokumen apa yang perlu disediakan untuk permohonan kebenaran berkahwin di Pejabat Agama?
        Kalau suami bekerja sendiri dan tak ada slip gaji, macam mana mahkamah kira jumlah nafkah anak?
        Anak angkat dapat bahagian faraid ke? Atau kena buat hibah atau wasiat masa hidup?
        Saya dah bercerai 2 tahun, baru tahu boleh tuntut harta sepencarian. Masih sempat ke atau dah luput tempoh?
        Perlu lantik peguam syarie ke untuk kes hadhanah, atau boleh wakil diri sendiri? Yuran peguam mahal sangat.
        Kalau wali bapa enggan nikahkan tanpa sebab syarie, boleh mohon wali hakim kan? Prosedurnya macam mana?
        Suami nak berpoligami, adakah mahkamah akan panggil isteri pertama untuk beri keterangan?
        Berapa kos sebenar untuk failkan permohonan sijil faraid di Mahkamah Tinggi Syariah? Ada fi setem ke?
        Bekas suami bayar nafkah tapi selalu lambat 2-3 bulan. Patut terus guna BSK atau buat permohonan penghinaan mahkamah dulu?
        Kalau pasangan bernikah di selatan Thailand tanpa kebenaran, berapa denda untuk daftar perkahwinan itu di Malaysia?
    """),
    ("ms", "faraid_penerangan"): _lines("""
        Contoh pengiraan: si mati lelaki meninggalkan seorang isteri, dua anak lelaki dan seorang anak perempuan. Isteri mendapat 1/8, baki 7/8 dibahagi secara asabah dengan nisbah 2:1 antara anak lelaki dan anak perempuan.
        Jika harta bersih RM240,000, bahagian isteri ialah RM30,000, setiap anak lelaki menerima RM84,000 dan anak perempuan menerima RM42,000.
        Ibu si mati mendapat 1/6 jika si mati mempunyai anak atau dua orang saudara atau lebih; jika tiada, ibu mendapat 1/3.
        Suami mendapat 1/2 harta isteri yang meninggal dunia jika tiada anak, dan 1/4 jika ada anak.
        Masalah aul berlaku apabila jumlah bahagian ashab al-furud melebihi satu; penyebut dinaikkan supaya semua waris menerima pengurangan secara berkadar.
        Dalam masalah al-Gharrawain, ibu mendapat 1/3 daripada baki selepas bahagian suami atau isteri, bukan 1/3 daripada keseluruhan harta.
        Sebelum harta difaraidkan, tolak dahulu kos pengurusan jenazah, hutang si mati termasuk zakat yang tertunggak, dan wasiat yang sah.
        Harta sepencarian dituntut dahulu oleh pasangan yang masih hidup sebelum baki harta si mati dibahagikan mengikut faraid.
        Cucu melalui anak lelaki yang meninggal lebih awal terhalang jika ada anak lelaki si mati yang masih hidup, kecuali melalui wasiat wajibah di negeri yang memperuntukkannya.
        Jadual ringkas: Isteri 1/8 | Ibu 1/6 | Bapa 1/6 + asabah | Anak perempuan tunggal 1/2 | Dua anak perempuan atau lebih 2/3.
        Baitulmal menerima baki harta apabila tiada waris asabah, dan di sesetengah negeri menerima seluruh harta jika si mati tidak meninggalkan waris langsung.
        Nota kursus: hibah yang lengkap dengan ijab, qabul dan qabd semasa hidup pemberi tidak termasuk dalam harta pusaka yang difaraidkan.
    """),
    ("ms", "log_rujukan_kes"): _lines("""
        No. Kes: 10004-017-0456-2024 | Jenis: Tuntutan Nafkah Anak | Mahkamah Rendah Syariah Petaling | Sebutan: 14/05/2024 9.00 pagi | Status: Ditangguhkan
        Ruj. Tuan: PAIDHL.100-4/2 Jld. 17 (32) — Permohonan kebenaran berkahwin telah diterima dan sedang diproses.
        Resit rasmi No. JKSS-R/2024/018832 | Fi pemfailan RM10.00 | Fi setem RM20.00 | Jumlah RM30.00 | Bayaran: FPX
        Status Pos Laju ER 4412 7730 9 MY: Dihantar ke kaunter Mahkamah Tinggi Syariah Shah Alam pada 08/07/2024 11:42.
        e-Syariah v3.2.1 — Modul Sulh: 142 kes baharu, 97 selesai, 31 dirujuk ke bicara, 14 ditarik balik (suku tahun kedua).
        Tiket helpdesk #ESY-2024-03317: pengguna tidak dapat memuat naik afidavit PDF melebihi 10MB; dicadangkan mampatkan fail.
        Giliran kaunter: A047 (Pendaftaran Nikah), B112 (Rundingcara), C009 (Faraid). Sila tunggu nombor anda dipanggil.
        Sijil Nikah Siri AB 0453812 hingga AB 0454311 — stok borang kosong Pejabat Agama Islam Daerah Kuala Langat, 500 keping diterima.
        Kod nombor kes: 10 = Selangor, 004 = daerah, 017 = jenis tuntutan, 0456 = nombor siri, 2024 = tahun pemfailan.
        Invois No. INV-PS/2024/0771 daripada Tetuan Hafiz & Co., Peguam Syarie: Perundingan RM300.00, Penyediaan Afidavit RM800.00.
        Sebutan semula: 21/08/2024, Bilik Bicara 2, Mahkamah Rendah Syariah Gombak Timur. Tarikh akhir serahan dokumen: 07/08/2024.
        Checksum fail e-Filing: sha256 3f9a1c7e0b44d2a1 (dipendekkan) | Versi templat Borang MS 12 (Pindaan 2023)
        Rujukan BSK/SEL/PN/2024/00389 — Permohonan pendahuluan nafkah diluluskan, RM450.00 sebulan selama 6 bulan.
        Poskod 43650 Bandar Baru Bangi terletak di bawah bidang kuasa Pejabat Agama Islam Daerah Hulu Langat.
    """),
    ("mixed", "chat_kumpulan"): _lines("""
        Guys, kaunter nikah PAID Petaling tutup pukul 12.15 on Friday ya, jangan datang lepas solat Jumaat.
        Anyone tau system e-Syariah down ke? Nak check tarikh sebutan tapi page asyik loading je.
        Tip dari pengalaman: bawa photostat IC, sijil nikah dan sijil lahir anak 3 set, kaunter mahkamah selalu minta extra copy.
        Pegawai Sulh hari tu ok je, dia explain semua options dulu before suruh both parties setuju. Not scary at all.
        Reminder: kursus kahwin batch Sabtu ni dekat Masjid Al-Hidayah, bawa IC dan resit bayaran RM80, start 8 pagi sharp.
        Mak cik-mak cik, kalau nak buat faraid, settle dulu sijil mati dan senarai harta. Kalau tak, mahkamah suruh datang balik.
        Bro, ta'liq tu bukan sekadar formaliti tau, baca betul-betul masa akad nanti.
        Lawyer syarie charge biasanya RM2k-RM5k untuk kes hadhanah yang contested, tapi depends negeri and complexity.
        Jabatan Bantuan Guaman pun ada handle kes syariah, means test based on pendapatan, worth check dulu before bayar lawyer private.
        Dah 3 kali tangguh sebab pihak sana tak hadir, hakim cakap next round boleh proceed ex parte. Sabar je lah.
        Kalau nak nikah dekat Wilayah tapi duduk Selangor, kena apply kebenaran nikah luar kariah dulu, jangan lupa.
        Admin note: group ni untuk sharing pengalaman je, jangan post IC, nombor telefon atau gambar anak orang ya.
        Siapa dah pernah guna portal BSK? Status tuntutan boleh track online tak?
        FYI sesi Sulh tu confidential, apa yang dibincang tak boleh dijadikan bukti dalam bicara nanti.
    """),
    ("en", "legal_explainer"): _lines("""
        The Administration of Islamic Law (Federal Territories) Act 1993 establishes the Syariah Subordinate Court, the Syariah High Court and the Syariah Appeal Court for Kuala Lumpur, Labuan and Putrajaya.
        Professor Ahmad Ibrahim, the founding dean of law at the International Islamic University Malaysia, campaigned for decades to raise the standing of the Syariah courts and the training of Syariah judges.
        Article 121(1A) of the Federal Constitution, inserted in 1988, provides that the civil High Courts have no jurisdiction over matters within the jurisdiction of the Syariah courts.
        Under most state enactments a father remains liable to maintain a child until the child turns eighteen, and longer if the child is pursuing higher education or is disabled.
        In P. Ramlee's comedy Madu Tiga, Jamil secretly marries three wives and spends the film trying to keep each of them from finding out about the others.
        Harta sepencarian is jointly acquired matrimonial property; courts weigh direct financial contribution and indirect contribution such as homemaking when dividing it.
        A polygamy application requires the husband to show that the proposed marriage is just and necessary, that he can support all wives and dependants, and that the existing wife will not suffer harm.
        The Family Support Division (Bahagian Sokongan Keluarga) was set up under JKSM to help enforce maintenance orders and to advance payments to eligible former wives and children.
        Sample clause: "The Defendant shall pay RM____ per month per child as maintenance, on or before the 7th day of each month, into the Plaintiff's designated account."
        Inheritance among Muslims in Malaysia follows faraid; the Distribution Act 1958 governs non-Muslim intestate estates and does not apply to Muslim deceased persons.
        Hadhanah is the right of custody; guardianship over the child's property and marriage (wilayah) stays with the father or paternal grandfather even when the mother has custody.
        A peguam syarie must be a Muslim admitted by the state religious council; admission in one state does not automatically allow practice in another.
        Practitioners often remark that new divorce filings rise in the weeks after Hari Raya, when family gatherings bring existing conflicts to the surface.
    """),
    ("ms", "pengumuman_organisasi"): _lines("""
        Jabatan Kehakiman Syariah Negeri Selangor, Kompleks Mahkamah Syariah, Persiaran Masjid, Seksyen 5, 40000 Shah Alam. Waktu pejabat: Isnin-Jumaat, 8.00 pagi-5.00 petang.
        Untuk pertanyaan status bayaran pendahuluan nafkah, hubungi talian Bahagian Sokongan Keluarga 03-8891 4420 atau e-mel aduan.bsk@jksm.gov.my.
        Makluman: Pejabat Agama Islam Daerah Klang ditutup sempena Hari Keputeraan Sultan Selangor; urusan pendaftaran nikah disambung semula pada hari bekerja berikutnya.
        Majlis Agama Islam Wilayah Persekutuan menerima permohonan bantuan guaman syarie bagi golongan asnaf; borang boleh dimuat turun di laman web rasmi.
        Tetuan Zainal Abidin & Rakan-Rakan, Peguam Syarie dan Peguambela & Peguamcara, Tingkat 3, Wisma Perdana, Jalan Raja Laut, Kuala Lumpur. Tel pejabat: 03-2691 7788.
        Jabatan Bantuan Guaman menyediakan khidmat nasihat bagi kes hadhanah dan nafkah; pemohon perlu lulus ujian kemampuan berdasarkan pendapatan isi rumah.
        Kursus Pra Perkahwinan di Masjid Sultan Salahuddin Abdul Aziz Shah akan diadakan pada 12-13 Oktober 2024. Yuran RM80 termasuk modul dan makan tengah hari.
        Klinik Guaman Syarie Fakulti Undang-Undang dibuka setiap Rabu 2.30-4.30 petang untuk orang awam, tanpa temu janji.
        Unit Pembahagian Pusaka Daerah Seremban menguruskan harta pusaka kecil tanpa wasiat yang bernilai tidak melebihi RM5 juta; talian pejabat 06-765 2231.
        Amanah Raya Berhad: pentadbiran pusaka ringkas bagi harta alih tidak melebihi RM600,000. Hubungi talian khidmat pelanggan 1-300-88-2727 untuk temu janji.
        Pengumuman: permohonan nikah bagi kariah dalam Wilayah Persekutuan hendaklah dibuat melalui sistem dalam talian; borang manual hanya diterima bagi kes tertentu.
        Klinik Kesihatan Pandamaran menjalankan ujian saringan HIV pra-perkahwinan pada hari Isnin hingga Khamis; sila bawa surat rujukan daripada Pejabat Agama.
    """),
    ("mixed", "templat_dokumen"): _lines("""
        Saya, ______________________ (No. K/P: ______-__-______), beralamat di ______________________, dengan sesungguhnya dan sebenarnya mengikrarkan bahawa ...
        NOTIS PERMOHONAN / Kepada: [NAMA DEFENDAN] / [ALAMAT TERAKHIR DIKETAHUI] / Ambil perhatian bahawa Plaintif telah memfailkan tuntutan [JENIS TUNTUTAN] terhadap anda di [NAMA MAHKAMAH].
        Borang MS 4 — Butiran Pemohon: Nama: {{nama_pemohon}} | No. KP: {{no_kp}} | Tel: {{telefon}} | Alamat: {{alamat}}
        Perjanjian Sulh: Bahawa Plaintif dan Defendan bersetuju Defendan membayar nafkah anak sebanyak RM___ seorang sebulan mulai bulan ____ tahun ____.
        Dear [Client Name], thank you for instructing our firm on your hadhanah matter. Please bring your MyKad, marriage certificate and the children's birth certificates to our first meeting.
        SURAT AKUAN WALI / Saya ____________ selaku wali kepada ____________ dengan ini memberi persetujuan bagi perkahwinan beliau dengan ____________.
        Senarai semak faraid: [ ] sijil mati [ ] salinan K/P semua waris [ ] sijil nikah si mati [ ] senarai harta [ ] geran / penyata bank
        Template WhatsApp firma: "Salam Tuan/Puan <NAMA>, kes anda dijadualkan untuk sebutan pada <TARIKH> di <MAHKAMAH>. Sila hadir 30 minit awal."
        Kolum CSV eksport: no_kes, jenis_tuntutan, tarikh_failkan, mahkamah, status, tarikh_sebutan_seterusnya
        SELECT no_kes, jenis_tuntutan, status FROM kes_syariah WHERE mahkamah = 'MRS_PETALING' AND tahun = 2024;
        Ruangan Pengesahan Jurunikah: Nama Jurunikah: ________ No. Tauliah: ________ Tandatangan: ________ Cop: ________
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        NOTIS PANGGILAN / Kepada: ROSLAN BIN HAMID (No. K/P: 850312-10-5673) / No. 14, Jalan Mawar 3/2, Taman Sri Andalas, 41200 Klang, Selangor / Anda dikehendaki hadir di Mahkamah Rendah Syariah Klang pada 03/09/2024 jam 9.00 pagi berhubung tuntutan nafkah anak.
        PENYAMPAIAN GANTIAN — Kepada MOHD FAIZAL BIN ISMAIL, No. K/P 870930-14-5391, alamat terakhir diketahui: B-12-7, Pangsapuri Seri Cempaka, Jalan Cheras Utama, 56100 Kuala Lumpur. Isteri anda, FARAHANIM BINTI YUSOF, telah memfailkan permohonan fasakh di Mahkamah Tinggi Syariah Wilayah Persekutuan.
        Permohonan Nikah: Pengantin lelaki AHMAD ZAKI BIN OTHMAN, K/P 790101065237, duda, juruteknik di Kuantan; pengantin perempuan NURUL ASYIKIN BINTI ROSLI, K/P 950822016618, anak dara; wali: ROSLI BIN DAUD (bapa kandung).
        Nota fail: Klien Pn. Siti Hajar bt Abdul Rahman (880719-03-5418), tuntut hadhanah 2 anak (Aisyah 7 thn, Imran 4 thn). Suami dakwa klien pernah dirawat untuk kemurungan di HUSM, perlu dapatkan laporan pakar.
        Sijil Faraid (draf): Si mati HASSAN BIN ABU BAKAR. Waris: isteri ZALEHA BINTI OMAR (K/P 620514-02-5126) 1/8; anak lelaki KAMARUL BIN HASSAN 7/20; anak lelaki KHAIRUL BIN HASSAN 7/20; anak perempuan KHADIJAH BINTI HASSAN 7/40.
        Nafkah bulanan RM600 hendaklah dimasukkan ke akaun Maybank 1640 2287 3315 atas nama NUR ATHIRAH BINTI ZAKARIA sebelum 7 haribulan setiap bulan, mengikut perintah Mahkamah Rendah Syariah Kuala Terengganu.
        Aduan BSK: Pemohon Rohana binti Said, tel 019-776 2304, melaporkan bekas suami Zulkarnain bin Hashim tidak membayar nafkah sejak Februari 2024; tunggakan RM3,600.
        Pengesahan Islam: KAVITHA A/P SUBRAMANIAM (930411-07-5122) telah memeluk Islam pada 12/03/2024 di Pejabat Agama Islam Daerah Seberang Perai Tengah dengan nama baharu NUR KAVITHA BINTI ABDULLAH.
        Lim Wei Jie @ Muhammad Irfan Lim bin Abdullah, K/P 900614-08-5573, memohon kebenaran berkahwin dengan Nur Syafiqah binti Hamdan di PAID Kinta; kursus pra perkahwinan selesai 20/01/2024.
        Keputusan Sulh: Defendan ABDUL MALIK BIN JAAFAR bersetuju membayar RM400 sebulan bagi setiap anak (3 orang) kepada Plaintif SALMAH BINTI IBRAHIM dan menyerahkan kereta Perodua Myvi VCK 4412 kepada Plaintif.
        Afidavit Sokongan: Saya, NORHAYATI BINTI KASSIM, No. KP 820627-05-5392, mengikrarkan bahawa suami saya telah meninggalkan rumah kelamin di No. 7, Jalan TS 2/8, Taman Seremban Jaya, 70450 Seremban sejak Mac 2023 dan tidak memberi nafkah.
        kak, ni no suami saya 013-447 8291, nama penuh azlan bin mohd noor, dia kerja security kat kilang dekat Nilai, dah 5 bulan tak bagi duit anak
        Senarai sebutan esok (MRS Kota Bharu): 1) Wan Aminah binti Wan Daud lwn Che Husin bin Mat — nafkah iddah; 2) Nik Faridah binti Nik Hassan lwn Mohd Ridzuan bin Yaacob — hadhanah.
        Permohonan poligami: Pemohon ISMAIL BIN MAHMUD (K/P 710815-01-5449), pendapatan RM6,800 sebulan, isteri sedia ada RAHMAH BINTI SALLEH, bakal isteri kedua MARIANI BINTI JUSOH (K/P 890302-11-5210).
        Rekod Rundingcara Keluarga: pasangan Faizul bin Rahim & Suhaila binti Musa dari Taman Desa Jaya, Kepong — isu utama campur tangan mertua dan hutang kad kredit suami RM28,000. Sesi seterusnya 18/06.
        Salam tuan, saya Noraini binti Ahmad (emel noraini.ahmad82@gmail.com), nak tanya status permohonan sijil faraid arwah ayah saya, no. kes 06200-031-0112-2024.
        Surat Tuntutan: Anak guam kami, Puan Hasnah binti Yaakub, menuntut tunggakan nafkah anak sebanyak RM7,200 daripada Encik Shahrul Nizam bin Abdul Latif dalam tempoh 14 hari dari tarikh surat ini.
        Borang Daftar Cerai: Suami SAIFUL BAHRI BIN MOHAMAD, isteri NOOR AINI BINTI HARUN, talak satu dilafazkan pada 02/04/2024 di rumah, disahkan dan didaftarkan di Mahkamah Rendah Syariah Kuala Muda, Kedah.
        Hakim mengarahkan Encik Rizal bin Hamzah (defendan) menghadiri kaunseling pengurusan kemarahan selepas isterinya membuat laporan polis KAJANG/002144/24 atas dakwaan dipukul.
        No. IC bekas suami: 760428135029 (Sarawak), nama Awang Ahmad bin Awang Saini, kerja kontrak di Bintulu. Saya perlukan ini untuk isi borang penguatkuasaan nafkah.
        Permohonan Wali Hakim: AMIRA SYAZWANI BINTI HAMZAH, 24 tahun, bapa kandung enggan menjadi wali kerana tidak bersetuju dengan bakal suami; kes ditetapkan di MRS Alor Setar pada 10/10/2024.
        Pendaftaran perkahwinan luar negara: MUHAMMAD HAZIQ BIN ROSLAN bernikah dengan WIDYA PUSPITA SARI (Pasport Indonesia C4418723) di Lombok pada 15/11/2023; denda RM1,000 telah dibayar.
        Tuntutan harta sepencarian: rumah teres No. 31, Jalan Putra Mahkota 7/4B, 47650 Subang Jaya, dibeli pada 2012 atas nama Plaintif HALIMATON BINTI SAAD dan Defendan MOHD ARIF BIN ZAINAL; baki pinjaman RM186,000.
        Makluman kepada pihak sekolah: anak-anak Puan Fatin binti Razali (Danish, 9 tahun, dan Damia, 6 tahun) hanya boleh diambil oleh ibu mereka mengikut perintah hadhanah bertarikh 02/05/2024.
        Butiran pembayar: ZULHILMI BIN RAZAK, akaun Bank Islam 12014020118754, potongan gaji RM750 sebulan untuk nafkah anak melalui majikan Majlis Perbandaran Kajang.
        Penjamin: ABDULLAH BIN SAMAD, No. tel 017-334 8821, alamat Lot 2231, Kampung Parit Baru, 83000 Batu Pahat, Johor; hubungan: bapa kepada pemohon nafkah.
        Laporan Pegawai Sulh: Plaintif, Cik Suhana binti Hassan, hadir bersama peguam; Defendan, En. Kamal bin Abd Rahman, tidak hadir walaupun notis telah disampaikan kendiri pada 11/03/2024.
        Salinan Sijil Nikah No. Daftar 0045/2016 — suami MOHD SHAFIQ BIN ABDUL HADI (K/P 870211-10-6053), isteri NUR FARHANA BINTI YUSRI (K/P 901128-10-5724), mas kahwin RM300 tunai.
        Surat Kebenaran Berkahwin: pengantin lelaki warganegara Singapura, MUHAMMAD DANIAL BIN ISKANDAR, NRIC S8734125I, tel +65 9123 4478, dengan pengantin perempuan dari Johor Bahru.
        Ringkasan pusaka arwah HJ. OTHMAN BIN LATIFF: waris yang dikesan ialah anak perempuan ROZITA BINTI OTHMAN, tinggal di No. 5, Jalan Kenanga 12, Taman Kota Masai, 81700 Pasir Gudang; harta: akaun ASB dan tanah di Muar.
        Afidavit Jawapan: Saya, Nazri bin Ahmad Tajuddin, menafikan dakwaan bahawa saya mempunyai masalah penagihan dadah; ujian air kencing di Klinik Kesihatan Bandar Kuantan pada 04/06/2024 adalah negatif.
        hadhanah: ibu SARIMAH BINTI ALI (800909-04-5516), bapa ZAINUDDIN BIN KASSIM; anak MUHAMMAD AQIL (13 thn) memilih tinggal bersama bapa selepas ditemu bual hakim dalam kamar.
    """),
    "mixed": _lines("""
        sis boleh tolong tak, bekas suami i Hafiz bin Kamarudin still tak bayar nafkah anak, dia pakai Honda City WVF 2289 & kerja kat bank area KL Sentral. PM me 012-776 4410
        Update kes: my client Encik Rajesh s/o Muthu @ Mohd Rizal Abdullah, IC 860723-07-5315, hearing pengesahan status agama 15 Oct di MTS Pulau Pinang, please prepare bundle by Monday.
        Noted puan. Nafkah for Aina & Adam akan di-bank in ke CIMB 8604772159, account name Nurul Ain binti Jamil, every 5th of the month starting Sept.
        Pls remind Pn Jamilah bt Osman, her husband Mohd Yusri bin Salleh tak datang sebutan semalam, hakim dah set ex parte hearing on 22/11. Her number 014-228 1907.
        Payment received: RM3,500 yuran guaman kes hadhanah MTS Shah Alam, kad Visa 4556 3727 7265 6818, pemegang kad SHAHRIZAL BIN MOKHTAR.
        Client baru: Encik Daniel Fernandez, Eurasian Catholic nak masuk Islam sebelum nikah dengan Cik Nurul Huda binti Razak, tanya kena tukar nama ke tak. Email dia daniel.fdz87@outlook.com
        Guys ada sesiapa kenal Shamsul Bahrin bin Idris from Taman Melawati? Bekas isteri dia cari nak serve notis mahkamah, last dengar dia kerja workshop kereta kat Jalan Bandar 12.
        @kakngah_ros thanks for the lawyer recommendation! Aku Rosnah binti Kadir, nanti aku DM no IC aku 840105-10-5880 untuk isi borang BSK ya
        telegram @fazli_hadhanah — ni Fazli bin Mokhtar, ayah kepada 2 anak dalam kes hadhanah MRS Muar, sesiapa ada info pasal lawatan anak masa cuti sekolah boleh msg
        Rekod bayaran BSK: Siti Nor Aishah binti Rahmat — pendahuluan RM450 x 6 bulan masuk ke akaun Bank Rakyat 2211 7903 4455, tuntutan balik dari bekas suami Firdaus bin Kamal.
    """),
    "en": _lines("""
        Client intake: Mrs. Sarah Thompson, British national, passport no. 533318742, converted in 2021 as Sarah Aisyah Abdullah; seeking custody of her son Adam (5) from Mr. Khairul Anuar bin Mat Saman in the Syariah High Court, Kuala Lumpur.
        Mr. Mohamed Ismail s/o Abdul Kader (IC 680203-07-5287) is named as executor in his late father's will; his two sisters dispute the appointment and the faraid certificate is still pending.
        Maintenance arrears for Ms. Farah Nadia binti Shamsudin: RM600/month x 9 months = RM5,400 owed by ex-husband Hakim bin Zulkifli, employed at a logistics firm in Port Klang; enforcement hearing on 14 Jan.
        Hi, I'm Aminah's sister. Her ex, Lokman bin Jamil, IC 830519-06-5381, has been sending threats from 011-2398 4471; can we attach the screenshots to the harta sepencarian affidavit?
        Witness list: 1. Nor Hidayah binti Sulaiman (neighbour, 6 Jalan SS 19/1D, 47500 Subang Jaya) 2. Ustaz Kamil bin Harun (marriage counsellor) — both to testify on the defendant's cruelty.
        The respondent, Ahmad Fadzil bin Hussin, works in Singapore (FIN F2156738T, mobile +65 8712 3390); his employer in Jurong has been asked to confirm his salary for the maintenance claim.
        Booking confirmed: premarital HIV screening for Tan Kok Wai (Muhammad Hakim Tan) and Siti Aminah binti Mahmud, Klinik Kesihatan Seksyen 7 Shah Alam, 09/09/2024 8:30am; results to tankw.hakim@gmail.com
        Counsel's note: the wife, Puan Zarina binti Abu Hassan, alleges that her husband Dr. Faisal bin Rashid, a GP with a private clinic in Ipoh, married a second wife in southern Thailand in 2022 without court approval.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya sebuah firma guaman syarie. Kumpul maklumat asas klien sebelum temu janji.",
        ),
        ("user", "Salam, saya nak failkan tuntutan nafkah anak."),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh, nombor kad pengenalan dan nama bekas suami puan?",
        ),
        (
            "user",
            "Nama saya Norlela binti Hashim, IC 870304-10-5438. Bekas suami Khairil Anwar bin Taib, anak 2 orang umur 8 dan 5.",
        ),
    ],
    [
        ("user", "Can you help me draft a letter to my ex-husband about unpaid nafkah?"),
        (
            "assistant",
            "Of course. Please tell me both your names, the amount owed and where he can be reached.",
        ),
        (
            "user",
            "I'm Zuraidah binti Mokhtar, he's Hairul Nizam bin Osman. He owes RM4,800 for the kids since January and now stays at 23, Jalan Impian 3, Taman Impian Emas, 81300 Skudai.",
        ),
    ],
    [
        ("user", "nak tanya pasal faraid arwah abah"),
        ("assistant", "Boleh. Siapa waris yang masih hidup?"),
        (
            "user",
            "mak saya Fauziah binti Mat Zin, saya anak sulung Hairi bin Yusof, adik perempuan Hazwani. rumah di Kampung Gong Badak atas nama abah. call saya 019-903 1276",
        ),
        (
            "assistant",
            "Terima kasih. Ibu mendapat 1/8 dan baki dibahagi 2:1 antara anak lelaki dan perempuan.",
        ),
    ],
    [
        ("user", "saya nak mohon wali hakim, ayah tak nak jadi wali"),
        ("assistant", "Boleh kongsikan butiran ringkas supaya saya boleh terangkan prosedurnya?"),
        (
            "user",
            "nama penuh Nur Ain Sofea binti Kamarudin, 23 tahun, tinggal Bangi. tunang saya Haikal bin Azmi. ayah marah sebab Haikal pernah bercerai.",
        ),
    ],
    [
        (
            "system",
            "Sesi sembang dengan Peguam Syarie. Jangan kongsi maklumat kepada pihak ketiga.",
        ),
        (
            "user",
            "Tuan, saya Ramli bin Sulong. Isteri saya failkan fasakh, katanya saya tak bagi nafkah.",
        ),
        ("assistant", "Ada bukti pembayaran? Contohnya penyata bank atau resit."),
        (
            "user",
            "Ada, saya transfer tiap bulan dari akaun Maybank 5621 0873 4419. Boleh WhatsApp saya di 0167730482 untuk hantar salinan.",
        ),
    ],
    [
        ("user", "My husband took our daughter to Singapore without my consent. What can I do?"),
        (
            "assistant",
            "I'm sorry to hear that. Do you have a custody order from the Syariah court?",
        ),
        (
            "user",
            "Yes, MTS Johor Bahru gave me hadhanah last year. He is Jason Lee Chee Keong, also known as Muhammad Jason Lee, Malaysian IC 850226-01-6177, working in Tampines now. Our girl is Sofia, 6.",
        ),
    ],
    [
        ("system", "Bot semakan status kes e-Syariah."),
        ("user", "semak status kes"),
        ("assistant", "Sila masukkan nama penuh dan nombor kad pengenalan seperti dalam MyKad."),
        ("user", "WAN NORAZLIN BINTI WAN ISMAIL 920817035566"),
        (
            "assistant",
            "Kes tuntutan mut'ah anda di Mahkamah Tinggi Syariah Kota Bharu ditetapkan untuk bicara pada 19/11/2024.",
        ),
    ],
    [
        (
            "user",
            "Saya Ahmad Firdaus bin Zakaria, 41, jurutera di Kerteh, gaji RM9,500. Nak kahwin kali kedua, isteri pertama Nadia tak setuju. Peluang lulus macam mana?",
        ),
        (
            "assistant",
            "Mahkamah akan menilai kemampuan kewangan, keadilan dan sama ada isteri sedia ada akan mengalami mudarat.",
        ),
        ("user", "Bakal isteri kedua, Liyana binti Zulkifli, kerja satu pejabat dengan saya."),
    ],
    [
        (
            "user",
            "hi, saya Priya a/p Ganesan, nak masuk Islam dan kahwin dengan boyfriend Muslim saya",
        ),
        (
            "assistant",
            "Terima kasih berkongsi. Pengislaman boleh dibuat di Pejabat Agama Islam atau pusat dakwah berdaftar.",
        ),
        (
            "user",
            "ok. family saya belum tahu. boleh call saya 012-559 8023 lepas 6pm sahaja, saya tinggal Taman Sentosa Klang",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan notis ini: NOTIS TUNTUTAN: Plaintif HAMIDAH BINTI ZAKARIA lwn Defendan MOHD NOR BIN ISHAK (K/P 690718-11-5003), tuntutan harta sepencarian ke atas tanah di Lot 448, Mukim Batu Rakit, Kuala Nerus.",
        ),
        (
            "assistant",
            "Ringkasan: bekas isteri menuntut bahagian harta sepencarian ke atas sebidang tanah milik bekas suami di Kuala Nerus.",
        ),
    ],
    [
        ("user", "boleh check tak betul ke pengiraan nafkah ni"),
        ("assistant", "Boleh, kongsikan butirannya."),
        (
            "user",
            "anak guam: Nur Izzati binti Fadzil, anak 3 orang, bekas suami Harith bin Mansor kerja Tenaga Nasional, tuntutan RM500 seorang. e-mel saya izzati.fadzil@yahoo.com kalau nak hantar draf",
        ),
    ],
]
