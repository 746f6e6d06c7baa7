"""Blind check set ms23: Bahasa Melayu (dengan sedikit English) undang-undang keluarga Islam di Malaysia (Mahkamah Syariah, cerai, nafkah, hadhanah, harta sepencarian, JAKIM/JAWI, kursus kahwin). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms23
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis mahkamah syariah"): _lines("""
        NOTIS: Kaunter pendaftaran kes Mahkamah Syariah Wilayah Persekutuan Kuala Lumpur ditutup pada 24 Disember 2026 sempena cuti umum. Pemfailan secara dalam talian melalui portal e-Syariah boleh dibuat seperti biasa.
        Waktu operasi kaunter: Isnin–Khamis 8.00 pg – 5.00 ptg; Jumaat 8.00 pg – 12.15 tgh & 2.45 ptg – 5.00 ptg.
        Pihak-pihak yang hadir ke mahkamah hendaklah berpakaian sopan dan menutup aurat. Seluar pendek, selipar dan baju tanpa lengan tidak dibenarkan.
        Sebutan kes-kes mal di Mahkamah Rendah Syariah Petaling bermula jam 9.00 pagi di Bilik Bicara 2. Sila semak senarai kes harian yang ditampal di papan kenyataan Aras 1.
        Makluman: Mulai 1 Januari 2027, setiap saman dan notis permohonan yang difailkan hendaklah disertakan dengan afidavit penyampaian yang diikrarkan di hadapan Pesuruhjaya Sumpah.
        Bayaran fi pemfailan boleh dibuat secara tunai, kad debit atau e-dompet di kaunter hasil. Resit rasmi mesti disimpan sebagai bukti pemfailan.
        Majlis Sulh dijalankan di Unit Sulh, Aras 2. Perbincangan dalam Majlis Sulh adalah sulit dan tidak boleh dirujuk semasa perbicaraan sekiranya tiada persetujuan dicapai.
        Mahkamah Tinggi Syariah Negeri Selangor, Kompleks Mahkamah Syariah, Persiaran Masjid, Seksyen 5, 40000 Shah Alam. Tel: 03-5519 8400 (talian am), faks 03-5519 8411.
        PEMBERITAHUAN PENANGGUHAN: Semua perbicaraan di Mahkamah Rendah Syariah Kuala Krai pada 18 Disember 2026 ditangguhkan akibat banjir. Tarikh baharu akan dimaklumkan melalui SMS kepada pihak-pihak.
        Perhatian: Mahkamah TIDAK menerima serahan dokumen melalui WhatsApp atau e-mel. Semua dokumen hendaklah difailkan sendiri atau melalui peguam syarie yang bertauliah.
        Unit Khidmat Nasihat Bahagian Sokongan Keluarga (BSK) beroperasi di Aras G setiap hari bekerja. Tiada temujanji diperlukan untuk pertanyaan am.
        Mahkamah Syariah Pulau Pinang akan mengadakan Program Mahkamah Bergerak di Dewan Orang Ramai Kepala Batas pada 9–10 Januari 2027 bagi kes pengesahan lafaz cerai dan pendaftaran poligami.
        Nombor giliran akan dipanggil mengikut urutan. Pihak yang tidak hadir semasa nombor dipanggil perlu mengambil nombor baharu di mesin giliran.
    """),
    ("ms", "panduan undang-undang keluarga"): _lines("""
        Nafkah iddah hanya boleh dituntut oleh isteri yang diceraikan dengan talak raj'ie atau yang diceraikan dalam keadaan hamil; isteri yang disabitkan nusyuz tidak berhak.
        Di bawah Seksyen 72 Akta Undang-Undang Keluarga Islam (Wilayah-Wilayah Persekutuan) 1984, bapa wajib menanggung nafkah anak sama ada anak itu dalam jagaannya atau dalam jagaan orang lain.
        Hadhanah: ibu adalah orang yang paling berhak menjaga anak kecil semasa perkahwinan dan selepas perceraian, selagi dia tidak hilang kelayakan di bawah s.82.
        Hak hadhanah ibu lazimnya berakhir apabila anak mencapai umur 7 tahun (lelaki) atau 9 tahun (perempuan); selepas itu anak yang mumaiyiz boleh memilih untuk tinggal dengan ibu atau bapa.
        Harta sepencarian ialah harta yang diperolehi bersama oleh suami isteri semasa perkahwinan berkuat kuasa, sama ada melalui sumbangan langsung atau tidak langsung.
        Tuntutan harta sepencarian boleh difailkan semasa perceraian, selepas perceraian, apabila suami hendak berpoligami, atau selepas kematian salah seorang pasangan.
        Mut'ah ialah pemberian saguhati kepada isteri yang diceraikan tanpa sebab yang munasabah. Kadarnya ditentukan mahkamah berdasarkan kemampuan suami dan tempoh perkahwinan.
        Fasakh boleh dipohon antara lain jika suami cuai memberi nafkah selama tiga bulan, dipenjarakan tiga tahun atau lebih, atau tidak diketahui di mana berada melebihi setahun.
        Cerai taklik: isteri boleh memohon pengesahan jika suami melanggar lafaz taklik yang dibaca selepas akad nikah, contohnya meninggalkan isteri selama empat bulan Hijrah berturut-turut.
        Lafaz cerai di luar mahkamah boleh jatuh, tetapi ia satu kesalahan dan pasangan wajib melaporkannya dalam tempoh 7 hari untuk disahkan oleh mahkamah.
        Khuluk (tebus talak) berlaku apabila isteri menawarkan bayaran tebus kepada suami sebagai ganti talak. Jika suami enggan, kes boleh dirujuk kepada Hakam.
        Perintah nafkah anak boleh diubah jika berlaku perubahan keadaan yang material, contohnya bapa kehilangan pekerjaan atau kos persekolahan anak meningkat.
        Kegagalan mematuhi perintah nafkah boleh dikuatkuasakan melalui Notis Penghutang Penghakiman, perintah tahanan pendapatan (potongan gaji) atau komital.
    """),
    ("ms", "pengumuman jabatan agama"): _lines("""
        JAWI: Permohonan kebenaran berkahwin bagi penduduk Wilayah Persekutuan kini diproses sepenuhnya secara dalam talian. Tempoh pemprosesan ialah 14 hari bekerja selepas dokumen lengkap diterima.
        Jabatan Agama Islam Selangor (JAIS) mengingatkan bakal pengantin bahawa ujian saringan HIV pra-perkahwinan perlu dilakukan di klinik kesihatan kerajaan dan keputusannya sah selama 6 bulan.
        JAKIM mengucapkan Selamat Menyambut Hari Keluarga Kebangsaan kepada seluruh warga Malaysia. #KeluargaSakinah #JAKIMPrihatin
        Pejabat Agama Islam Daerah Hulu Langat akan berpindah ke Wisma JAIS Bangi mulai 2 Februari 2027. Semua urusan nikah, cerai dan rujuk akan dijalankan di lokasi baharu.
        Khutbah Jumaat JAWI 12 Disember 2026 bertajuk 'Amanah Bapa Selepas Perceraian' akan dibacakan di semua masjid dan surau Jumaat di Wilayah Persekutuan.
        Permohonan bayaran pendahuluan nafkah anak melalui Dana BSK dibuka kepada ibu yang memegang perintah nafkah mahkamah yang tidak dipatuhi. Borang boleh dimuat turun di laman web JKSM.
        Kenyataan Media JAIM: Pegawai JAIM tidak pernah meminta bayaran melalui panggilan telefon atau WhatsApp untuk 'mempercepatkan' kes cerai. Orang ramai diminta berwaspada dengan sindiket penipuan.
        Mangsa keganasan rumah tangga boleh menghubungi Talian Kasih 15999 atau WhatsApp 019-261 5999, 24 jam sehari termasuk hujung minggu.
        PERKIM, yang diasaskan oleh Tunku Abdul Rahman Putra Al-Haj pada 1960, turut menawarkan kelas bimbingan kekeluargaan untuk saudara baharu di semua cawangan negeri.
        Kaunter Nikah, Cerai dan Rujuk (NCR) Pejabat Agama Islam Daerah Petaling ditutup sementara pada 5 Januari 2027 bagi kerja-kerja naik taraf sistem SPPIM versi 4.1.
        Pendaftaran perkahwinan yang diakadnikahkan di luar negara, termasuk di Selatan Thailand, hendaklah dibuat di Pejabat Agama Islam Daerah dalam tempoh 6 bulan selepas akad nikah.
        Majlis Agama Islam Negeri Sembilan mengalu-alukan Pelantikan Hakim-Hakim Syarie baharu yang berkuat kuasa 1 Januari 2027 bagi mengurangkan tunggakan kes di Mahkamah Rendah Syariah.
    """),
    ("ms", "artikel peguam syarie"): _lines("""
        Ramai isteri tidak tahu bahawa nafkah tertunggak (nafkah madhiah) boleh dituntut walaupun selepas bercerai, kerana ia dikira sebagai hutang suami yang belum dilangsaikan.
        Dalam kes harta sepencarian, sumbangan tidak langsung isteri seperti menguruskan rumah tangga dan menjaga anak turut diambil kira. Kadar yang lazim diputuskan ialah 1/3 hingga 1/2 bergantung kepada fakta kes.
        Artikel ini disediakan oleh Tetuan Rahimah, Kamarul & Co. (Peguam Syarie) untuk tujuan maklumat umum sahaja dan bukan nasihat undang-undang.
        Tip dari meja peguam: simpan semua resit perbelanjaan anak – yuran sekolah, susu, ubat, van sekolah – kerana ia bukti penting semasa perbicaraan tuntutan nafkah.
        Soalan lazim klien: 'Boleh ke saya bawa anak ke luar negara tanpa izin bekas suami?' Jawapannya bergantung kepada terma perintah hadhanah; ada perintah yang melarang anak dibawa keluar dari Malaysia tanpa kebenaran bertulis.
        Kos guaman bagi kes cerai persetujuan bersama di bawah Seksyen 47 biasanya sekitar RM1,500 hingga RM3,500, manakala kes fasakh yang dipertikaikan boleh mencecah RM10,000 atau lebih.
        Menurut pandangan Imam al-Syafie, hak hadhanah ibu gugur apabila dia berkahwin dengan lelaki ajnabi, iaitu lelaki yang bukan mahram kepada anak tersebut.
        Peguam syarie mestilah ditauliahkan oleh Majlis Agama Islam negeri berkenaan. Semak senarai peguam bertauliah di laman rasmi majlis sebelum melantik sesiapa.
        Kadar nafkah anak tidak ditentukan oleh formula tetap. Mahkamah menimbang keperluan anak (umur, sekolah, kesihatan) dan kemampuan bapa (gaji, komitmen, tanggungan lain).
        Satu lagi salah faham: isteri yang keluar dari rumah kerana didera tidak dikira nusyuz. Laporan polis dan rekod perubatan boleh menyokong hujah ini di mahkamah.
        Sepanjang 2026, firma kami mengendalikan 214 kes hadhanah dan 97 kes harta sepencarian; 68% daripadanya selesai melalui sulh tanpa perbicaraan penuh.
        Bila suami kata 'aku ceraikan kau' masa marah, ramai anggap tak jatuh. Sebenarnya mahkamah akan menyiasat niat dan keadaan lafaz itu sebelum membuat keputusan.
    """),
    ("ms", "forum dan facebook"): _lines("""
        Assalamualaikum admin, tolong approve. Nak tanya, suami dah 5 bulan x bagi nafkah langsung, boleh ke sy failkan fasakh? Tq in advance 🙏
        Sis2 yg pernah claim harta sepencarian, berapa lama proses dia? Kes sy dah masuk tahun kedua tp masih sebutan je 😩
        Mohon share pengalaman, anak bawah 7 thn ikut ibu kan? Ex nak ambik anak sbb katanya sy kerja shift malam.
        Up! Sesiapa ada contoh penyata tuntutan nafkah anak? nak buat sendiri, tak mampu nak guna lawyer
        Admin note: Group ini bukan tempat mencari peguam percuma. Post yg mendedahkan nama penuh, no IC, alamat atau gambar anak akan dipadam tanpa notis.
        Bro2, kalau dah lafaz cerai dlm WhatsApp tu jatuh ke? Wife dah screenshot. Serius tanya ni
        Kongsi sikit: lepas 3 kali sulh gagal, kes sy akhirnya dibicarakan. Jgn putus asa puan2, Allah ada.
        Dapat tak nafkah iddah kalau sy yg mintak cerai? Suami kata sbb sy yg nak cerai so dia tak payah bayar apa2
        Ada tak sesiapa pernah guna khidmat Jabatan Bantuan Guaman utk kes syariah? Syarat pendapatan berapa ek? Sy kerja kilang je
        Tumpang tanya, ex bayar nafkah RM300 je utk 3 org anak, mahkamah yg tetapkan. Boleh mohon naikkan tak sbb skrg dia dah naik pangkat?
        [Komen ini telah dipadam oleh admin kerana mengandungi maklumat peribadi]
        Poll: Korang pilih lawyer syarie ikut apa? 👍 review FB 😮 kawan recommend ❤️ harga murah
        Reminder: kursus kahwin siri Januari dah full. Siri Februari bukak 2 Jan pukul 9 pagi, cepat2 register!
    """),
    ("ms", "jadual kursus kahwin"): _lines("""
        JADUAL KURSUS PRA-PERKAHWINAN ISLAM (KPPI) 2027 – PEJABAT AGAMA ISLAM DAERAH GOMBAK
        Siri 01/2027: 10–11 Januari 2027 (Sabtu–Ahad), Dewan Kuliah Masjid Al-Ikhlasiah, 8.00 pagi – 5.30 petang. Kuota: 120 peserta.
        Yuran kursus RM80 seorang (termasuk modul, sijil dan makan tengah hari). Bayaran melalui FPX sahaja; tiada bayaran tunai di lokasi.
        Peserta wajib membawa kad pengenalan asal beserta salinan, dan hadir penuh kedua-dua hari untuk layak menerima sijil.
        Modul 1: Asas Fardhu Ain & Munakahat | Modul 2: Komunikasi Suami Isteri | Modul 3: Pengurusan Kewangan Keluarga | Modul 4: Kesihatan Reproduktif
        Sijil kursus sah seumur hidup dan boleh digunakan untuk permohonan nikah di mana-mana negeri.
        Siri khas pekerja sektor perkilangan: 21–22 Februari 2027, Dewan Serbaguna Masjid Sultan Ismail, Senai, Johor.
        Kursus dikendalikan oleh Nurul Iman Bimbingan Keluarga Sdn Bhd (penganjur bertauliah, no. tauliah PBK/JAIJ/2026/017).
        Slot 'Hak & Tanggungjawab Suami Isteri' akan disampaikan oleh penceramah jemputan dari Unit Perundangan Keluarga.
        Pendaftaran dibuka 1 Dis 2026, 9:00 AM. Link: bit.ly/KPPI-Gombak27 (kuota terhad, siapa cepat dia dapat)
        01/27 | 10–11 Jan | Masjid Al-Ikhlasiah | PENUH ; 02/27 | 7–8 Feb | Dewan PAID Gombak | DIBUKA ; 03/27 | 14–15 Mac | Masjid Saidina Abu Bakar As-Siddiq | DIBUKA
        Peserta yang tidak hadir tanpa notis 3 hari bekerja tidak layak menerima bayaran balik yuran.
    """),
    ("en", "syariah explainer"): _lines("""
        In Malaysia, Islamic family law is a state matter: each state has its own Islamic Family Law Enactment, while the Federal Territories are governed by Act 303.
        The Syariah courts have jurisdiction only over persons professing the religion of Islam, as provided in the State List of the Ninth Schedule to the Federal Constitution.
        Child maintenance under Syariah law is the father's obligation and generally continues until the child turns 18, or longer if the child is pursuing higher education.
        Sulh is court-annexed mediation. If the parties settle, the agreement is recorded as a consent order with the same force as any other court order.
        Tip: bring the original marriage certificate, both parties' MyKad and the children's birth certificates when you file a divorce petition.
        The Family Support Division (Bahagian Sokongan Keluarga, BSK) under JKSM helps enforce maintenance orders and can advance payments to eligible mothers.
        Our firm's privacy notice: client files are stored on encrypted servers in Malaysia and are never shared with third parties without your written consent.
        In P. Ramlee's 1964 comedy Madu Tiga, Jamil secretly marries three wives, and the film is still quoted whenever polygamy comes up in Malaysian debates.
        A polygamy application requires the court to be satisfied that the proposed marriage is just and necessary, that the husband can support all his wives and dependants, and that no darar syarie will result.
        Legal Aid Department general line: 03-8885 1000 (Mon–Fri, 8am–5pm). Syariah matters are handled at every state branch.
        Illustrative figures only: about 4 in 10 divorce petitions filed in 2025 were by consent, and the median time to a custody order was 11 months.
        Remember that a Syariah custody order can be varied later if circumstances change, for example if the custodial parent relocates overseas.
    """),
    ("ms", "templat dan sistem"): _lines("""
        Saya, [NAMA PENUH PLAINTIF], No. K/P: [______-__-____], beralamat di [ALAMAT], dengan sesungguhnya dan sebenarnya mengikrarkan bahawa segala keterangan di bawah adalah benar.
        Nama Defendan: ____________  No. K/P: ____________  Alamat penyampaian: ______________________
        SMS e-Syariah: Kes anda [NO_KES] telah ditetapkan untuk SEBUTAN pada [TARIKH] jam [MASA] di [MAHKAMAH]. Sila hadir. Jangan balas SMS ini.
        Format nombor kes: KodNegeri+KodMahkamah (5 digit) - KodKes (3) - NoSiri (4) - Tahun (4), contohnya 14001-017-0000-2027 (nombor contoh untuk latihan sahaja).
        Changelog e-Syariah API v2.3.0: tambah endpoint /kes/{noKes}/perbicaraan; /sebutan ditandakan deprecated; betulkan pepijat zon masa (UTC+8).
        Resit No.: MSWP/HSL/2026/0048213 | Fi: Pemfailan Saman RM10.00 | Kaedah: FPX | Status: BERJAYA | 2026-12-03 10:42:17
        Pos Laju AR: ER447120935MY – status: Delivered 03/12/2026 14:22 @ Kajang DC
        SHA-256 (Borang_Tuntutan_Nafkah_v5.pdf): 9f2c4e7a1b6d03e85a7f2c91d4b0e6a3c8f1d27e5b94a06c3e7d8f12a4b5c690
        Polisi data: nombor MyKad pihak-pihak hendaklah dipaparkan dalam format bertopeng (cth. XXXXXX-XX-1234) pada semua dokumen yang ditampal di papan kenyataan awam.
        PERINGATAN SISTEM: Sesi anda akan tamat dalam 5 minit. Sila simpan draf Penyata Tuntutan anda. (Kod ralat: ESY-408)
        Borang permohonan hadhanah – Bahagian C: Butiran Anak. Nama anak | No. Sijil Lahir | Tarikh Lahir | Sekolah | Tinggal bersama (Ibu/Bapa/Lain-lain)
        Slip bayaran BSK: Rujukan BSK/WP/2026/11/00731 | Jumlah RM650.00 | Bulan: November 2026 | Status: Dikreditkan
        Template WhatsApp firma: 'Salam Puan/Tuan {nama}, ini peringatan bahawa kes {no_kes} akan disebut pada {tarikh}. Sila bawa dokumen asal. – Tetuan {firma}'
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Saya Nurul Syazwani binti Kamaruddin ingin menuntut nafkah anak terhadap bekas suami, Mohd Hafizul bin Abdul Ghani (No. K/P 870412-10-5673), juruteknik di sebuah kilang di Klang, gaji pokok lebih kurang RM3,850 sebulan.
        Kes Mal No. 10006-014-0312-2025: Siti Hajar binti Osman (Plaintif) lwn Khairul Anuar bin Zakaria (Defendan) – tuntutan hadhanah, sebutan 15/01/2027 di Mahkamah Rendah Syariah Petaling.
        Serahan saman kepada Defendan, Norliza binti Abd Rahman, di alamat No. 23, Jalan Seroja 3/2, Taman Seroja, 43000 Kajang, Selangor. Percubaan pertama gagal kerana rumah berkunci.
        Bekas suami saya, Azman bin Yusof, masih berhutang nafkah tertunggak RM14,200 sejak 2024 dan sekarang dia dah masuk AKPK sebab hutang kad kredit lebih RM60k. Macam mana saya nak dapat duit anak2?
        Anak-anak saya Aisyah Humaira (9 tahun, Tahun 3 Bestari) dan Muhammad Adam Rayyan (6 tahun) bersekolah di SK Taman Sri Muda 2, Shah Alam. Bekas suami, Rizal Hakimi, selalu datang ambil mereka tanpa izin waktu balik sekolah.
        Tuan Shahrin bin Latiff, anak guam kami Pn. Rosnani binti Ismail memaklumkan bahawa nafkah RM650 bulan Oktober dan November belum dimasukkan ke akaun Maybank beliau 1642 8830 9175 seperti perintah bertarikh 2 Oktober 2026.
        Saya nak mohon hadhanah penuh sebab bekas suami saya, Shahrul Nizam bin Ariffin, disahkan skizofrenia dan pernah dimasukkan ke Hospital Permai pada Mac 2025.
        Defendan: Hafiz bin Mohd Nor, No. K/P 8803**-14-***7, pemandu e-hailing, tinggal di PPR Kerinchi Blok C, Kuala Lumpur.
        Tolong share kalau nampak Myvi putih WXY 4821, itu kereta bekas suami saya Fadzli bin Rosman, dah 6 bulan lari tak bayar nafkah anak, last dikesan area Rawang.
        Boleh emel salinan perintah nafkah ke fara.dhiyana87@gmail.com ya, saya Farah Dhiyana binti Mohd Isa, kes cerai no. 14002-011-0455-2026.
        Isteri kedua suami saya ialah warga Indonesia, Sri Wahyuni binti Darsono, No. pasport C4418203; mereka nikah di Golok tanpa kebenaran mahkamah.
        Suami saya, Muhammad Irfan bin Zainal, warga Singapura (NRIC S8734521A), tinggal di Blk 418 Tampines St 41 #08-127, enggan hadir ke Mahkamah Syariah Johor Bahru.
        Suami saya mualaf warga China, Muhammad Chen Jianhua, no. ID China 350203198802174536, dah balik ke Xiamen sejak Jun dan langsung tak hantar nafkah untuk anak kami.
        Slip gaji suami (Mohd Ridzuan bin Hamzah, Sarjan, No. Badan 178423): gaji pokok RM3,412.56, elaun RM1,100, potongan koperasi RM980. Ini saya nak kemukakan untuk tuntutan nafkah.
        Permohonan poligami oleh Zulkarnain bin Mat Isa, 52, kontraktor, untuk berkahwin dengan Nor Hidayah binti Salleh, 29; isteri pertama, Rohaya binti Ahmad, telah memfailkan bantahan.
        Sijil Cerai No. WP/C/2026/003318 – Ahmad Faris bin Zulkifli dan Liyana Syuhada binti Mohd Rais, talak satu, disahkan pada 11 November 2026.
        Alamat terkini Defendan (semakan JPN): Lot 1187, Kampung Kubang Kerian Baru, 16150 Kota Bharu, Kelantan – Wan Mohd Asri bin Wan Ibrahim, No. K/P 790305-03-5519.
        Puan2 yg nak contoh dokumen hadhanah, PM saya je, Nor Zaidah, WhatsApp 013-718 2294. Alhamdulillah bulan lepas saya menang kes hadhanah anak sulung saya, Danish.
        Anak kami Nur Insyirah binti Hakim (7 thn) ada autisme tahap sederhana dan menjalani terapi di Hospital Tunku Azizah setiap Selasa; saya minta kos terapi ini ditanggung oleh bapanya.
        Untuk potongan terus nafkah, ni kad debit suami saya Mohd Khairi bin Ismail 4553 3809 1746 2185 (Maybank Visa) – boleh ke mahkamah arahkan potong dari akaun ni?
        Saya Haslinda binti Yaakob, dah buat laporan polis (Repot No. IPD SEREMBAN/012345/26) sebab suami pukul, sekarang tumpang rumah mak di Taman Rasah Jaya. Nak failkan fasakh.
        Suami saya Kamal Ariffin bin Hashim, 39, buat pinjaman along RM25,000 guna nama saya, sekarang along datang rumah kami di No. 6, Lorong Mawar 5, Taman Mawar, 83000 Batu Pahat.
        Perintah: Defendan, Syed Amirul bin Syed Hussin, diperintahkan membayar nafkah RM400 sebulan bagi setiap anak (Syed Harith dan Sharifah Alya) melalui BSK berkuat kuasa Januari 2027.
        Tuntutan harta sepencarian ke atas rumah teres di No. 14, Jalan Pinang 7/3, Bandar Baru Bangi (hakmilik HSD 118223) atas nama Rosli bin Abu Bakar; isterinya Noraini binti Jaafar menuntut 1/2 bahagian.
        Kami nikah di Majlis Agama Islam Wilayah Songkhla pada 3/5/2019, saya Mohd Shafiq bin Ramlan (950718-02-5231) dan isteri Nurul Izzati binti Zakaria (970922-02-5470), nak daftar pengesahan nikah sekarang.
        Bekas isteri saya, Nadia Afiqah, sedang hamil 5 bulan masa saya ceraikan dia, jadi saya tahu kena bayar nafkah iddah sampai dia bersalin. Dia sekarang tinggal dengan keluarga di Kuala Terengganu.
        Muhammad Ammar Zikri bin Azhar, Tingkatan 2, SMK Seksyen 9 Shah Alam – ibunya, Pn. Nurhayati, memohon supaya bapa tidak dibenarkan mengambil murid ini dari sekolah tanpa kebenaran bertulis.
        Saksi: Encik Badrul Hisham (abang ipar Plaintif), tel 019-33x xx81, akan memberi keterangan bahawa Defendan, Mazlan bin Othman, meninggalkan rumah sejak Ogos 2025.
        Surat arahan potongan gaji: Lautan Biru Perkapalan Sdn Bhd hendaklah memotong RM750 daripada gaji pekerja bernama Mohamad Nizam bin Said, No. Pekerja LB-02217, setiap bulan.
        Selepas memeluk Islam, Muhammad Danial Abdullah (dahulu Daniel a/l Rajendran) memohon hak jagaan anak-anaknya, Priya (10) dan Kavin (7), yang kini tinggal bersama bekas isteri di Klang.
        No KP isteri: 920814-14-6288, nama Aina Sofea binti Razak.
        Encik Zamri, suami Puan Latifah – 011-2389 4451 (call lepas 6 ptg).
        Saya dan isteri, Hafizah binti Md Yunos, dah rujuk semula dalam tempoh iddah pada 20 Nov 2026; tolong batalkan permohonan pengesahan cerai kami, kes no. 06002-013-0921-2026.
        Permohonan wali hakim: bapa pemohon, Ismail bin Che Man, enggan menjadi wali; pemohon ialah Nur Amirah binti Ismail, 26, jururawat di Hospital Sultanah Bahiyah.
        Suami saya, Amirul Hakim bin Zainuddin, hilang sejak 14 Mac 2025, kali terakhir dilihat di Terminal Bersepadu Selatan. Saya nak mohon fasakh atas alasan tidak diketahui di mana dia berada.
        Sis, ni la ex sy: Rahmat bin Haji Salleh, kerja kat Tabung Haji HQ, gaji 7k tapi claim kat mahkamah x mampu bayar RM500 sebulan utk 2 org anak 🙄
        Eksibit P3: Sijil kelahiran Nur Qaseh Humaira binti Faizal, MyKid 210302-16-0458, lahir di Hospital Putrajaya.
        Nombor KWSP bekas suami 18823410, Shahrizal bin Omar, majikan terakhir di Cyberjaya. Boleh tak mahkamah arahkan caruman dia dibekukan untuk bayar nafkah anak?
    """),
    "en": _lines("""
        My ex-husband Ahmad Zulkifli bin Rosli (IC 820915-08-6123) hasn't paid the RM800 monthly maintenance ordered by the Ipoh Syariah High Court since March 2026.
        Client: Pn. Suhaila binti Mokhtar, 41, teacher at SMK Bukit Jelutong; husband Ir. Faizal bin Hamid, engineer, est. income RM14k/month. Matter: harta sepencarian over the Setia Alam bungalow.
        Hi, I'm Melissa Tan Wei Ling, I converted in 2018 and I'm now divorcing my husband Hairul Azmi. Can the Syariah court stop him from taking our son Ryan Haziq to Brunei? My number is 012-665 3087.
        For service: Respondent Mohd Ikhwan bin Roslan, unit B-12-07, Residensi Vista Wirajaya, Jalan Genting Kelang, 53300 Setapak, Kuala Lumpur.
        Please note my daughter Alya Batrisya (Year 4, SK Bukit Damansara) may only be picked up by me, Zarina binti Abdul Latif, or by my mother; her father is under an interim restraining order.
        Respondent Ibrahim bin Kassim (case 10007-016-0088-2026): net pay RM4,120 after PTPTN and car loan deductions, drives a Honda City BMX 2291, yet claims he cannot afford RM600 for the two children.
        My husband Faizal bin Rahmat (NRIC S7916203E) works in Singapore as a bus captain and stays at Blk 226 Woodlands Ave 1 #05-311; can the JB Syariah court enforce nafkah against him?
        Nurhidayah's medical report from Hospital Selayang confirms a miscarriage on 2 Nov 2026 after the assault by her husband, Khairil Azwan bin Mohd Zain.
        Please refund the kursus kahwin fee to my card 5218 9044 3317 6021, cardholder NUR SYAFIQAH BT AHMAD RIDZUAN, since the session was cancelled.
        From: hakim.razali.work@yahoo.com – I, Hakim bin Razali, confirm that I pronounced one talaq to my wife Maisarah binti Jamil by text message on 28 Nov 2026.
        Groom: Muhammad Li Wei (formerly Li Wei), PRC ID 440306199108223618; bride: Nur Farhana binti Azmi; akad nikah at Masjid Wilayah on 9 Jan 2027.
        Witness statement: my neighbour Puan Kamariah of No. 9, Jalan Delima 2, Taman Delima, Kuantan saw Rashid bin Daud throw his wife's belongings out of the house at 2am.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Portal Guaman Syarie. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        ("user", "salam, nak tanya cara tuntut nafkah anak"),
        (
            "assistant",
            "Waalaikumussalam. Puan boleh memfailkan tuntutan nafkah anak di Mahkamah Rendah Syariah daerah tempat tinggal puan. Sediakan sijil cerai, sijil lahir anak dan anggaran perbelanjaan bulanan.",
        ),
        (
            "user",
            "ok. ex saya nama Mohd Firdaus bin Jamaluddin, IC 880221-01-6035, kerja kilang kat Pasir Gudang gaji dlm RM2,900",
        ),
        (
            "assistant",
            "Terima kasih. Maklumat pendapatan itu membantu mahkamah menilai kemampuan bayaran.",
        ),
        ("user", "anak 2 org, Nur Aleesya 5 thn dan Firas 3 thn. berapa agak2 boleh dapat?"),
    ],
    [
        ("user", "Saya nak tanya pasal hak jagaan anak"),
        ("assistant", "Boleh, apa situasinya?"),
        ("user", "Anak sulung saya Qistina Damia, 11 tahun, dia nak tinggal dengan saya"),
        (
            "assistant",
            "Anak yang sudah mumaiyiz boleh menyatakan pilihan, dan mahkamah akan mengambil kira kebajikannya.",
        ),
        (
            "user",
            "Dia sekolah di SK Seri Indah, Seri Kembangan, tahun 5. Ayah dia, Shamsul Bahari, sekarang dah kahwin lain dan pindah ke Sabah",
        ),
    ],
    [
        (
            "system",
            "You draft court documents for a Syariah law firm. Keep the client's details exactly as given.",
        ),
        ("user", "Draft affidavit penyampaian for case 10005-012-0771-2026"),
        ("assistant", "Sure. Who was served, where, when, and by what method?"),
        (
            "user",
            "Defendant Norazlina binti Mat Saman, served by hand at No. 41, Jalan Bukit Tinggi 2/KS6, Bandar Bukit Tinggi, 41200 Klang on 1 Dec 2026 at 7.40pm, she refused to sign",
        ),
        (
            "assistant",
            "Noted. I will state that the document was tendered and that the defendant declined to acknowledge receipt.",
        ),
    ],
    [
        ("user", "suami saya ada hutang keliling pinggang, boleh ke saya minta cerai sebab tu?"),
        (
            "assistant",
            "Hutang semata-mata bukan alasan fasakh, tetapi jika ia menyebabkan kegagalan memberi nafkah atau memudaratkan puan, ia boleh dijadikan sebahagian alasan.",
        ),
        (
            "user",
            "Dia Roslan bin Idris, IC 8107**-11-**43, dah kena saman bank sebab pinjaman peribadi RM48k, kereta pun dah ditarik. Kami duduk Kuala Terengganu",
        ),
        ("assistant", "Puan boleh dapatkan nasihat di Unit Khidmat Nasihat mahkamah berdekatan."),
    ],
    [
        (
            "user",
            "Hi, I'm a Hong Kong convert married to a Malaysian. Can I file for hadhanah in KL?",
        ),
        (
            "assistant",
            "Yes, if both parties are Muslim and resident in the Federal Territory, the KL Syariah court has jurisdiction.",
        ),
        ("user", "My name is Aisha Wong Ka Yan, HKID K538120(7)."),
        (
            "user",
            "My husband is Nazri bin Hassan. Our daughter Hana is 4 and he took her to his parents in Alor Setar without telling me. My WhatsApp is +852 6138 2954.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You can apply for an interim custody order on an urgent basis.",
        ),
    ],
    [
        ("system", "Bot pendaftaran Kursus Pra-Perkahwinan. Kumpul maklumat peserta."),
        ("assistant", "Sila berikan nama penuh, No. K/P dan nombor telefon peserta."),
        ("user", "Nama: Muhammad Aqil bin Rosdi"),
        ("user", "KP 990611-10-6113, tel 017-420 8836"),
        ("user", "bakal isteri Siti Nur Balqis binti Hamdan, 000217-10-0982"),
        ("assistant", "Pendaftaran berjaya. Siri 02/27, 7–8 Feb, Dewan PAID Gombak."),
    ],
    [
        ("user", "Boleh tak suami kahwin dua tanpa izin isteri pertama?"),
        (
            "assistant",
            "Di Malaysia, suami mesti mendapat kebenaran bertulis mahkamah. Isteri pertama akan dipanggil untuk memberi pandangan.",
        ),
        (
            "user",
            "Saya isteri pertama, Salmiah binti Ghazali. Suami saya Kamarul Zaman bin Awang baru terima notis dari Mahkamah Syariah Seremban.",
        ),
        (
            "user",
            "Bakal madu saya tu setiausaha dia sendiri, Farhana, 27 tahun. Dia nak kahwin bulan Mac",
        ),
        (
            "assistant",
            "Puan berhak hadir dan membantah dengan mengemukakan bukti kemampuan kewangan suami.",
        ),
    ],
    [
        ("user", "Nak tanya pasal harta sepencarian lepas cerai"),
        ("assistant", "Boleh. Harta apa yang ingin dituntut?"),
        (
            "user",
            "Apartment di Residensi Harmoni, Blok A-8-3, Jalan PJU 1A/41, Ara Damansara. Nama dalam geran bekas suami, Zaini bin Mokhtar.",
        ),
        (
            "user",
            "Saya bayar deposit RM30k dan separuh ansuran selama 8 tahun. Saya Norhafizah binti Yusoff",
        ),
        (
            "assistant",
            "Bukti bayaran deposit dan ansuran sangat penting. Simpan penyata bank yang berkaitan.",
        ),
    ],
    [
        ("user", "Assalamualaikum, isteri ada hak minta fasakh kalau suami sorok penyakit?"),
        (
            "assistant",
            "Ya, penyakit yang memudaratkan atau tidak dimaklumkan sebelum nikah boleh menjadi alasan fasakh di bawah undang-undang keluarga Islam.",
        ),
        (
            "user",
            "Suami saya namanya Mohd Razif bin Kamal, kami tinggal di Taman Impian Emas, Skudai",
        ),
        ("assistant", "Baik. Adakah penyakit itu telah disahkan oleh doktor?"),
        (
            "user",
            "Ya, klinik kesihatan sahkan dia HIV positif sejak 2022 tapi dia rahsiakan masa kami nikah tahun lepas",
        ),
    ],
    [
        ("user", "Suami hilang 1 tahun lebih, boleh mohon fasakh?"),
        (
            "assistant",
            "Boleh, jika tempat tinggalnya tidak diketahui melebihi setahun. Puan perlu membuktikan usaha mencarinya.",
        ),
        (
            "user",
            "Saya dah cari merata. Nama dia Jefri bin Mohd Amin, last number dia 016-772 0319, WeChat jefri_amin88. Kawan kata dia kerja di Shenzhen.",
        ),
        ("user", "Saya Wardina, tinggal di Kuantan dengan 3 anak"),
        (
            "assistant",
            "Sila bawa bukti pencarian seperti laporan polis dan mesej yang tidak berbalas ke mahkamah.",
        ),
    ],
]
