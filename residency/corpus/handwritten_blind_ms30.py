"""Blind check set ms30: Malay social welfare in Malaysia (JKM, eKasih, STR, OKU, zakat asnaf, NGO food banks). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms30
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis rasmi"): _lines("""
        NOTIS: Pembayaran Sumbangan Tunai Rahmah (STR) Fasa 3 akan dikreditkan mulai 15 Ogos 2025 ke akaun bank penerima yang berdaftar.
        Pejabat Kebajikan Masyarakat Daerah Kuala Terengganu ditutup sementara pada 28 Februari sempena cuti peristiwa. Urusan kaunter disambung semula pada 2 Mac.
        Semakan status permohonan STR boleh dibuat di portal MySTR dengan memasukkan No. MyKad pemohon dan kod keselamatan.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan kanak-kanak, keganasan rumah tangga dan bantuan kebajikan segera. WhatsApp: 019-261 5999.
        Alamat: Pejabat Kebajikan Masyarakat Negeri Johor, Aras 2, Wisma Persekutuan, Jalan Tun Abdul Razak, 80000 Johor Bahru.
        Waktu operasi kaunter: Isnin-Khamis 8.00 pg - 5.00 ptg, Jumaat 8.00 pg - 12.15 tgh & 2.45 ptg - 5.00 ptg. Tutup Sabtu, Ahad & cuti umum.
        MAKLUMAN PENTING: JKM TIDAK PERNAH meminta sebarang bayaran untuk memproses permohonan bantuan. Laporkan panggilan mencurigakan kepada NSRC di talian 997.
        Kadar Bantuan Warga Emas (BWE) dinaikkan kepada RM600 sebulan berkuat kuasa 1 Januari 2025.
        Pendaftaran OKU kini boleh dibuat secara dalam talian; Kad OKU fizikal akan diposkan dalam tempoh 30 hari bekerja selepas kelulusan.
        Surat Pekeliling Ketua Pengarah Kebajikan Masyarakat Bil. 3/2024: Garis Panduan Pengurusan Bantuan Am Negeri.
        Hebahan: Program Jelajah eKasih di Dewan Orang Ramai Kg. Sungai Pinang, Klang, 9 pagi - 1 petang, Sabtu 12 Okt. Sila bawa MyKad asal & bil utiliti terkini.
        Portal eKasih akan menjalani penyelenggaraan berjadual pada 23 Nov 2025, 11.00 mlm hingga 4.00 pg (kemas kini versi 4.2.7).
        Pemberitahuan: Mulai 1 Julai, semua bayaran bantuan bulanan JKM dibuat terus ke akaun bank; bayaran tunai di kaunter dihentikan.
    """),
    ("ms", "borang dan templat"): _lines("""
        Nama Pemohon (seperti dalam MyKad): ______________________________
        No. Kad Pengenalan: ______-____-______     Jantina: L / P     Bangsa: ________
        Contoh format No. MyKad yang betul: 800101-14-XXXX (12 digit, tanpa ruang).
        Bahagian C: Maklumat Isi Rumah - senaraikan semua ahli yang tinggal sebumbung termasuk anak angkat dan warga emas.
        Pendapatan kasar isi rumah sebulan: [ ] < RM1,000   [ ] RM1,001 - RM2,500   [ ] RM2,501 - RM5,000
        Saya, {nama_pemohon}, No. K/P {no_kp}, dengan ini mengaku bahawa semua maklumat yang diberikan adalah benar.
        Tuan/Puan {{nama_penerima}}, permohonan Bantuan Am anda (Rujukan: {{no_rujukan}}) telah DILULUSKAN. Bayaran akan dibuat ke akaun {{nama_bank}} anda.
        Dokumen sokongan: (1) salinan MyKad pemohon & pasangan, (2) sijil kelahiran anak, (3) pengesahan pendapatan oleh Ketua Kampung/Penghulu, (4) penyata bank 3 bulan terkini.
        Borang JKM 18 - Pengesahan Pegawai Perubatan. Jenis ketidakupayaan: Penglihatan / Pendengaran / Fizikal / Pembelajaran / Mental / Pertuturan / Pelbagai
        Tandatangan Pemohon: ____________   Tarikh: __/__/20__   Cap ibu jari (jika tidak tahu menulis): [    ]
        Medan wajib: no_mykad (12 digit, tanpa sengkang), no_akaun_bank, kod_bank (cth. MBBEMYKL). Input yang tidak sah akan ditolak oleh sistem.
        SURAT AKUAN BERKANUN - Saya yang bernama .................... No. K/P .................... beralamat di .................... dengan sesungguhnya dan sebenarnya mengaku bahawa ...
        Borang Permohonan Bantuan Asnaf LZS/BPZ-01 (Pindaan 2024) - muka surat 2 daripada 4
        Akuan Ketua Kampung: Saya mengesahkan bahawa pemohon di atas adalah penduduk tetap kampung ini sejak ____ tahun. (Cop & Tandatangan)
    """),
    ("ms", "kumpulan WhatsApp NGO"): _lines("""
        Assalamualaikum semua, food bank Sabtu ni kita mula pack pukul 8 pagi kat surau Taman Sri Muda. Volunteer sila isi google form dlm pinned msg ya 🙏
        Stok dah sampai: 40 kampit beras 10kg, 60 botol minyak masak, 3 kotak susu tepung. Terima kasih penderma2 semua!
        Reminder: JANGAN share gambar penerima dlm group ni atau kat FB. Ikut SOP privasi, gambar barang je ok.
        Team A hantar ke zon Kg Baru, Team B zon PPR Lembah Subang. Kumpul depan Mydin jam 9.30.
        Sapa ada lori/van boleh pinjam utk ahad? Nak angkut sumbangan dr Tesco Extra Shah Alam.
        Update: jumlah kutipan derma bulan Ramadan RM18,450.60. Penyata penuh dah upload dlm drive NGO.
        Kalau nampak keluarga yg betul2 susah, PM admin je ye, jgn post nama & alamat dorang kat sini.
        Tq semua yg dtg tadi! 312 pek makanan siap diagih. Jumpa next month insyaAllah 💪
        Kedai Runcit Pak Abu (Jln Kebun) sponsor 20 papan telur minggu ni, jzkk!!
        Pls note rules no 5: iklan MLM & jual2 akan di-kick tanpa notis.
        Tracking pos laju kotak dari penderma Sabah: EP482915736MY, ETA khamis.
        Sapa free esok boleh drive ke Hospital Tengku Ampuan Rahimah? Nak hantar 50 pek bubur utk wad kanak2.
        Senarai barang paling diperlukan: lampin dewasa saiz M/L, susu formula step 2, sardin, biskut kering.
        Minggu ni kita kolaborasi dgn Kechara Soup Kitchen, sapa nak join sila tambah nama dlm list bawah ni 👇
        Jgn lupa bawa glove & mask. Parking Jalan Raja Muda Abdul Aziz dah penuh, park belakang Masjid Jamek Kg Baru.
    """),
    ("ms", "soalan lazim STR dan eKasih"): _lines("""
        S: Siapa layak menerima STR? J: Isi rumah berpendapatan RM5,000 ke bawah, warga emas tanpa pasangan dan individu bujang 21 tahun ke atas berpendapatan RM2,500 ke bawah.
        S: Saya OKU yang bekerja, adakah saya layak Elaun Pekerja OKU? J: Ya, jika pendapatan bulanan anda RM1,500 ke bawah.
        S: Bagaimana jika akaun bank saya telah ditutup? J: Kemas kini maklumat bank melalui portal MySTR atau di cawangan LHDNM berhampiran dalam tempoh rayuan.
        Rayuan STR dibuka 1 hingga 31 Mac; keputusan rayuan dimaklumkan melalui SMS.
        eKasih ialah pangkalan data kemiskinan nasional yang dibangunkan sejak 2008 untuk merancang dan memantau program pembasmian kemiskinan.
        Garis Pendapatan Kemiskinan (PGK) nasional 2022 ialah RM2,589 sebulan bagi setiap isi rumah; PGK makanan (miskin tegar) RM1,198.
        Hasil Care Line: 03-8911 1000 (dalam negara) / +603-8911 1100 (luar negara). Waktu operasi 8.30 pg - 5.00 ptg.
        Status "Dalam Proses" bermaksud maklumat anda sedang disemak dengan agensi lain; tiada tindakan diperlukan.
        Kenapa jumlah STR saya berbeza dengan jiran? Kadar bergantung kepada bilangan anak, status perkahwinan dan pendapatan isi rumah.
        Kod ralat E-104: No. MyKad tidak sepadan dengan rekod JPN. Sila semak semula atau hubungi JPN terdekat.
        S: Perlukah saya memohon semula setiap tahun? J: Penerima sedia ada hanya perlu mengemas kini maklumat jika ada perubahan.
        S: Boleh ke orang lain mohon bagi pihak saya? J: Boleh, dengan surat kebenaran bertandatangan dan salinan MyKad kedua-dua pihak.
        Pegawai kerajaan tidak akan meminta nombor TAC atau kata laluan perbankan anda dalam apa jua keadaan.
    """),
    ("ms", "zakat dan asnaf"): _lines("""
        Lapan golongan asnaf: fakir, miskin, amil, muallaf, riqab, gharimin, fisabilillah dan ibnu sabil.
        Had kifayah 2024: ketua isi rumah RM1,215 sebulan, tambahan mengikut bilangan tanggungan dewasa, kanak-kanak dan OKU.
        Kaunter Pusat Pungutan Zakat, Wisma Zakat, Jalan Tun Sambanthan, 50470 Kuala Lumpur - dibuka Isnin hingga Jumaat.
        Bantuan Sara Hidup asnaf fakir maksimum RM500 sebulan, dikaji semula setiap 12 bulan oleh amil kariah.
        Permohonan asnaf boleh dibuat melalui amil kariah di masjid berhampiran atau secara dalam talian di portal e-Asnaf.
        Kadar zakat fitrah 2025: RM7.00 (beras biasa) dan RM15.00 (beras premium) seorang.
        Laporan Tahunan 2023: agihan zakat berjumlah RM1.09 bilion kepada lebih 1.2 juta penerima di seluruh negeri.
        Menurut Imam al-Syafie, fakir ialah orang yang tidak mempunyai harta dan pekerjaan yang mencukupi separuh keperluan asasinya.
        Skim Bantuan Pendidikan IPT Asnaf: permohonan ditutup 30 Jun; keputusan dalam tempoh 60 hari bekerja.
        Resit rasmi no. ZK-2025-0048812 boleh digunakan untuk rebat cukai pendapatan bagi bayaran zakat.
        Nisab zakat harta bagi tahun 2025 ditetapkan RM24,500 berdasarkan nilai 85 gram emas.
    """),
    ("ms", "prosedur pegawai kebajikan"): _lines("""
        SOP lawatan rumah: pegawai wajib menunjukkan kad kuasa, merekod koordinat lokasi dan mengambil gambar keadaan rumah tanpa menunjukkan wajah penghuni.
        Kes yang melibatkan kanak-kanak perlu dirujuk kepada Pelindung di bawah Akta Kanak-Kanak 2001 (Akta 611) dalam tempoh 24 jam.
        Templat nota kes: [Tarikh lawatan] [Nama pegawai] [Ringkasan keadaan] [Cadangan bantuan] [Tindakan susulan]
        Data peribadi pemohon hendaklah disimpan dalam fail berkunci dan tidak boleh dihantar melalui WhatsApp peribadi, selaras Akta Perlindungan Data Peribadi 2010.
        Statistik suku ke-3 daerah: 214 permohonan baharu, 187 diluluskan, 19 ditolak, 8 dalam siasatan.
        No. Rujukan fail: JKM.KT.600-2/3/12 Jld. 4 - sila gunakan dalam semua surat-menyurat.
        Mesyuarat Jawatankuasa Kebajikan Daerah Bil. 2/2025 akan diadakan di Bilik Gerakan, Pejabat Daerah Hulu Langat.
        Semua pegawai dikehendaki mengemas kini modul i-Kasih v3.1 sebelum 31 Disember; log masuk guna ID pegawai, bukan No. MyKad.
        Jika pemohon tiada dokumen pengenalan diri, rujuk ke JPN untuk pendaftaran lewat sebelum bantuan diproses.
        Indeks Barthel: 0-20 bergantung sepenuhnya, 21-60 bergantung teruk, 61-90 sederhana, 91-99 sedikit, 100 berdikari.
        Pastikan nama fail imbasan ditukar kepada no. rujukan kes sahaja, contohnya BA-2025-0412.pdf, bukan nama pemohon.
        Rekod kes yang melepasi tempoh simpanan 7 tahun hendaklah dilupuskan mengikut Akta Arkib Negara 2003.
    """),
    ("ms", "berita dan kenyataan media"): _lines("""
        Menteri Pembangunan Wanita, Keluarga dan Masyarakat, Datuk Seri Nancy Shukri, berkata kerajaan memperuntukkan RM2.8 bilion untuk bantuan kebajikan tahun ini.
        Perdana Menteri Datuk Seri Anwar Ibrahim mengumumkan STR akan diperluas kepada 9 juta penerima menerusi Belanjawan 2025.
        Jabatan Kebajikan Masyarakat berasal daripada Jabatan Kebajikan Am yang ditubuhkan pada 1946 selepas Perang Dunia Kedua.
        Ketua Pengarah JKM menasihati orang ramai supaya tidak klik pautan palsu yang menawarkan "bantuan khas RM1,000" melalui Telegram.
        Jumlah OKU berdaftar di Malaysia mencecah 637,537 orang setakat Disember 2022, dengan kategori fizikal paling ramai.
        Tayangan percuma filem Upin & Ipin: Keris Siamang Tunggal untuk 500 anak asnaf di Klang mendapat sambutan hangat.
        Yayasan Tun Razak menyumbang 1,000 bakul makanan kepada keluarga B40 di Batu Pahat semalam.
        Sultan Selangor, Sultan Sharafuddin Idris Shah, berkenan menyampaikan sumbangan Aidilfitri kepada 300 asnaf di Istana Alam Shah.
        Hari OKU Antarabangsa disambut pada 3 Disember setiap tahun; tema tahun ini ialah "Inklusif Bermula Dari Rumah".
        Kajian Khazanah Research Institute mendapati 1 daripada 5 isi rumah bandar mempunyai simpanan kecemasan kurang daripada sebulan.
        Tunku Abdul Rahman pernah menyeru rakyat supaya "menolong jiran yang susah" dalam ucapan sambutan kemerdekaan yang pertama.
    """),
    ("en", "NGO dan sistem"): _lines("""
        Our food bank runs every 2nd Saturday at Dewan Serbaguna Taman Melawati; no registration needed, just bring your own bag.
        Donations via DuitNow to Pertubuhan Kebajikan Insan Prihatin, Maybank acc 5642 1100 8735. Receipts issued for tax exemption under s44(6).
        Invoice INV-2025-00731 from Syarikat Beras Cap Rambutan Sdn Bhd: 120 bags x RM26.50 = RM3,180.00 (due 30 days).
        Volunteer briefing: never photograph recipients' faces, MyKad or house numbers; blur before posting anywhere.
        commit 9f3c2a1e: fix eKasih CSV export crashing when the poskod field is empty
        Shopee order #250914MYS88412093: 24 tins Ayam Brand sardines, estimated delivery 14 Nov.
        In Budget 2021, "Mak Cik Kiah" was the fictional goreng pisang seller the finance minister used to explain aid for small traders.
        API note: the field recipient.mykad must be stored as a salted SHA-256 hash and never written to application logs.
        OKU job placement helpline: PERKESO 1-300-22-8000, Mon-Fri 8am-5pm.
        SMS template: "Salam {first_name}, your food basket is ready for pickup at {location} on {date}. Reply STOP to opt out."
        Dashboard refresh 2025-11-03T02:15:00+08:00 - 12,408 active cases, median processing time 21 days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Kes 14: Puan Rohani binti Yusof, 47, ibu tunggal, MyKad 780314-03-5126, tinggal di Lot 882 Kg. Pasir Hor, 15100 Kota Bharu. Suami meninggal dunia 2023.
        Tolong semak STR atas nama ayah saya Ismail bin Che Mat, IC 560922-11-5093, dia tak dapat duit fasa 2 lagi.
        Adik saya Nurul Huda bt Rahman baru dapat kad OKU kategori pembelajaran, doktor sahkan autisme tahap sederhana.
        Akaun Maybank utk masukkan bantuan: 1620 4418 9023, a/n SITI MARIAM BINTI ABDULLAH.
        Pakcik Ramli (Ramli bin Osman) kat Blok C-3-12 PPR Kerinchi, Jalan Pantai Dalam tu kena strok tahun lepas, skrg terlantar, anak2 tak jenguk langsung.
        En. Tan Ah Kow, 68, pesara, No. 23 Lorong Seri Kenari 4, Taman Seri Kenari, 34000 Taiping - mohon BWE, tel 012-518 3306.
        WhatsApp Kak Yati 013-927 4410, dia yg jaga 6 anak yatim kat rumah dia tu, boleh hantar barang terus.
        Nota lawatan 12/3: En. Mohd Faizal bin Hashim (840607-10-6241) menganggur sejak kilang tutup, berhutang RM8,000 dengan along, isteri Norazlina hamil 7 bulan.
        Penerima: NOR AZIZAH BINTI KASSIM, No. K/P 8812**-**-**60, Lot 15 Felda Jengka 8, 26400 Maran - lulus Bantuan Am RM300/bln.
        Dokumen asnaf saya dah emel ke amil dari zulaikha.hanim92@gmail.com, nama penuh Zulaikha Hanim binti Ahmad Zaki.
        Gaji suami saya Azman bin Said cuma RM1,450 sebulan kerja security kat Bangi, saya tak kerja, anak 5 orang.
        Bekas suami saya Khairul Anuar bin Jaafar dah disabitkan di Mahkamah Syariah Shah Alam sebab tak bayar nafkah anak, kes no. 10100-024-0388-2024.
        Viva putih WPK 3381 tu milik Encik Roslan Deraman penerima eKasih Kg Bukit Tok Beng, tapi JKM tak tahu dia ada kereta.
        Pemegang Kad OKU: Muhammad Aqil bin Rosli, 16 thn, cerebral palsy, kerusi roda, murid SMK Seri Permaisuri Cheras.
        Kad debit yg terima duit STR: 4528 1603 9127 4559, nama atas kad LIM MEI LING, exp 09/28.
        Isteri saya warga Indonesia, Sri Wahyuni, pasport B4417023, belum ada PR, boleh tak dia mohon bantuan?
        Alamat: Kg. Tampasak, Batu 2, Jalan Tuaran, 88450 Kota Kinabalu - penerima: Juliana Gimbang, no. IC 900217-12-5478.
        Saya Hafizuddin bin Kamal, pelajar UiTM Arau, IC 030518-09-0113, mohon bantuan asnaf sebab ayah meninggal bulan lepas.
        Nyanggau anak Ujang, 61, rumah panjang Nanga Kesit, Kapit - tiada pendapatan tetap, buah pinggang gagal, dialisis 3 kali seminggu di Hospital Kapit.
        No. KIR eKasih 2019-0330-4471, Ketua Isi Rumah: Maniam a/l Krishnan, Ladang Bukit Beruntung, 48300 Rawang.
        Kes KD-2025-117: Aina Sofea (6 thn) disyaki didera oleh teman lelaki ibunya; alamat No. 18, Jalan DJ 3/2, Taman Desa Jaya, 08000 Sungai Petani.
        Call Abang Sham 011-2836 5107 kalau nak ambik barang utk mak dia yg buta tu, dia kerja shift malam.
        @Farah pls hantar 1 pek lagi ke rumah Makcik Senah, No 7 Lorong 3 Kg Sg Kayu Ara, dia kencing manis tak boleh beras biasa.
        STR RM500 telah dikreditkan ke akaun BSN 0610041002245183 milik MOHD AMIRUL BIN ZAINAL pada 20/08/2025.
        Mak saya Wong Siew Lan (IC 531109-07-5234) baru discaj dari Hospital Pulau Pinang lepas patah pinggul, nak mohon kerusi roda JKM.
        Tolong bantu Puan Kalaivani a/p Muniandy, 52, suami dipenjarakan di Penjara Kajang sejak 2022, 4 anak, sewa rumah RM450 di Sentul.
        Pendapatan isi rumah RM2,180: suami Zulkifli bin Awang pemandu lori RM1,800, anak sulung Nabil RM380 kerja part time.
        Hubungi saya di norhayati.mansor@yahoo.com atau 019-774 2158, saya ibu kepada Danish Irfan yg didaftar OKU tahun lepas.
        Arwah ayah Haji Daud bin Salleh meninggal 3 Jun; saya nak tukar penerima BWE kepada mak, Hajah Kalsom bt Mat Isa, MyKad 470825-02-5046.
        nama: Aishah Humaira binti Azlan, kad OKU pendengaran, tel 017-603 9924
        Klien Sarimah bt Jusoh (Kg Bukit Payung, Marang) disahkan skizofrenia dan kerap berhenti makan ubat; adiknya minta tempat di rumah perlindungan.
        Syazwan anak Pak Hamid Kg Alor Lintah, Besut, 24 thn, baru keluar PUSPEN minggu lepas, perlukan bantuan cari kerja.
        Alamat surat-menyurat: Unit 17-08, Blok B, PPR Pantai Permai, 59200 Kuala Lumpur (a/n Rosmawati binti Hamzah).
        Yang mohon tu makcik nama Esah. Umur 71. Tinggal sorang kat rumah papan belakang masjid Kg Parit Sulong, Batu Pahat. Buta sebelah mata.
        Maklumat waris: Mohd Hafiz bin Ariffin (anak), 016-338 2907, bekerja di Pasir Gudang.
        Pemohon Zainab bt Othman (650103-01-5622) dah terima RM1,200 LZS dan RM300 JKM serentak - sila siasat kes bantuan bertindih.
        Gopal a/l Ramasamy, tukang kebun kontrak, gaji RM1,500, sewa bilik di Batu 4 Jalan Ipoh, ada kencing manis & darah tinggi.
        Makcik dlm video viral tu Aunty Mary Thomas dari Taman Tun Dr Ismail, dia memang ada demensia, tolong jangan share lagi.
        Penerima bakul minggu ni: 1) Faridah Mohd Noor - 2 anak OKU 2) Suriani Abu Bakar - suami lumpuh 3) Hasnah Idris - warga emas tinggal sorang, semua di Kg Sentosa Jeram.
        Cikgu Roslina Ahmad dari SK Bukit Tinggi tu sebenarnya terima zakat gharimin sebab hutang arwah suami dia.
        Tolong doakan Ustaz Kamarul Ariffin imam surau Taman Sri Andalas, baru disahkan kanser usus tahap 3, keluarga perlukan bantuan kos rawatan.
        Transfer ke akaun anak saya Amirah Sofia, Bank Rakyat 1102 8401 9553, dia yg uruskan borang saya sebab saya tak pandai IT.
    """),
    "en": _lines("""
        Case update: Mr. Arumugam s/o Periasamy, IC 590714-08-5317, lost his job at the Ipoh plant and is now 3 months behind on rent.
        Please transfer the RM250 emergency aid to CIMB 7063441782, account holder Chua Bee Hoon - the single mum from Kepong.
        Volunteer list for Saturday: Daniel Tan 012-774 5190, Priya Nair 016-902 3381, Hakim Zulkarnain 019-330 7712.
        Her son Irfan (8) was diagnosed with leukaemia at Hospital Tunku Azizah; mum Noraini Bakar, 33, cleans offices for RM1,300 a month.
        Debit card for aid disbursement: 5521 7400 8836 1902 (Siti Khadijah Omar).
        Ahmad Fikri, 25 Jalan Mawar 2, Taman Mawar, 81700 Pasir Gudang - he's the asnaf dad asking for school uniforms for his 4 kids.
        Muthu a/l Velu works in Woodlands, NRIC S7924561E, and wants JKM help for his bedridden mother in Johor Bahru.
        Family of Nur Syafiqah Ridzuan (passport A38210574) is asking for welfare support while she is detained abroad.
        Referral: Ms. Lee Pei Shan, 881205-04-5560, HIV positive, recently evicted from her room in Bukit Beruang, Melaka.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Assalamualaikum, nak tanya macam mana nak semak STR saya dapat ke tak"),
        (
            "assistant",
            "Waalaikumussalam. Tuan/puan boleh semak di portal MySTR dengan No. MyKad, atau hubungi Hasil Care Line 03-8911 1000.",
        ),
        ("user", "dah cuba tp keluar error. IC saya 820411"),
        ("user", "06-5237"),
        (
            "assistant",
            "Baik, ralat biasanya berlaku jika maklumat tidak sepadan dengan JPN. Boleh cuba semula esok.",
        ),
        ("user", "ok, nama saya Shamsul Bahri bin Yaakob, Kuantan. tq"),
    ],
    [
        (
            "system",
            "Anda pembantu maya bagi urusan pendaftaran OKU. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        ("user", "Saya nak daftar kad OKU untuk anak saya, apa yang perlu?"),
        (
            "assistant",
            "Puan perlukan Borang JKM 18 yang disahkan pegawai perubatan, salinan sijil kelahiran anak dan gambar berukuran pasport.",
        ),
        (
            "user",
            "Nama dia Ahmad Danial bin Shukri, 9 tahun, autisme tahap 2. Kami duduk Seksyen 9 Bandar Baru Bangi. Doktor di Hospital Kajang dah sahkan.",
        ),
        ("assistant", "Terima kasih, puan boleh hantar dokumen ke PKMD Hulu Langat."),
    ],
    [
        ("user", "slot hantar barang food bank minggu ni ada lagi?"),
        (
            "assistant",
            "Ada, hari Sabtu 10 pagi hingga 1 petang untuk kawasan Setapak dan Wangsa Maju.",
        ),
        ("user", "ok rumah mak saya No 12, Jalan Melati 5, Taman Melati, 53100 KL"),
        ("user", "nama dia Rokiah, no fon 012-209 8831. dia tak larat turun tangga, lutut sakit"),
        ("assistant", "Baik, volunteer akan hantar ke depan pintu."),
    ],
    [
        ("user", "Boleh bantu saya isi borang asnaf online?"),
        ("assistant", "Boleh. Mulakan dengan maklumat pemohon dan pendapatan isi rumah."),
        (
            "user",
            "Nama Faridah binti Musa, janda, kerja cuci pinggan kedai makan RM900 sebulan, 3 anak sekolah",
        ),
        ("assistant", "Untuk bayaran, bank apa yang puan guna?"),
        ("user", "Bank Islam 12034020156783"),
    ],
    [
        (
            "system",
            "You help welfare officers rewrite case notes into formal Bahasa Melayu. Keep all facts.",
        ),
        (
            "user",
            "tolong kemaskan: lawatan 5/11 rumah En Jamaluddin Said kg seberang takir kt, 58thn, kaki kanan dipotong sbb diabetes, isteri dah meninggal, tinggal dgn cucu 2 org, rumah bocor",
        ),
        (
            "assistant",
            "Lawatan pada 5 November ke kediaman En. Jamaluddin Said, 58 tahun, di Kg. Seberang Takir, Kuala Terengganu. Beliau telah menjalani amputasi kaki kanan akibat diabetes, kematian isteri dan kini tinggal bersama dua orang cucu dalam rumah yang bocor.",
        ),
    ],
    [
        ("user", "hi, my STR payment bounced bc I changed bank. how to update?"),
        (
            "assistant",
            "You can update your bank details in the MySTR portal under 'Kemas Kini Maklumat', then wait for the next payment cycle.",
        ),
        (
            "user",
            "can't login. my details: Jessica Wong Li Ting, IC 950830-14-xxxx, phone 018-327 6640, new acct Public Bank 6390148821",
        ),
        (
            "assistant",
            "Please don't share full account details here. Visit an LHDN branch with your MyKad.",
        ),
    ],
    [
        (
            "system",
            "Profil pengguna log masuk: Nama: Halimah binti Said; MyKad: 690304-05-5128; Alamat: No. 41, Taman Nuri, 71000 Port Dickson; Status: penerima BWE.",
        ),
        ("user", "bila duit bulan ni masuk?"),
        ("assistant", "Bayaran BWE bulan ini dijadualkan masuk pada 25 haribulan."),
    ],
    [
        ("user", "Bapa saya tak ada IC biru, IC merah je. Boleh mohon bantuan JKM?"),
        (
            "assistant",
            "Pemastautin tetap boleh dipertimbangkan untuk bantuan tertentu. Sila rujuk pejabat kebajikan daerah.",
        ),
        ("user", "Nama dia Ambrose Sintal, 74, tinggal di Kg Kibabaig, Penampang"),
        ("user", "dia baru kena kanser prostat, tak mampu bayar rawatan"),
    ],
    [
        ("user", "Saya rasa kena scam. Ada orang call kata dari JKM, bantuan RM1,500 nak masuk"),
        (
            "assistant",
            "JKM tidak pernah meminta maklumat perbankan melalui telefon. Adakah puan ada memberi apa-apa maklumat?",
        ),
        (
            "user",
            "saya dah bagi no kad debit 4012 0355 6478 1221 dan TAC. nama saya Suraya binti Mokhtar",
        ),
        ("assistant", "Sila hubungi bank segera untuk sekat kad dan lapor ke NSRC 997."),
    ],
    [
        ("user", "tolong saya, suami pukul saya lagi semalam"),
        (
            "assistant",
            "Saya minta maaf puan mengalaminya. Jika dalam bahaya segera, hubungi 999. Talian Kasih 15999 boleh bantu 24 jam.",
        ),
        (
            "user",
            "saya Nadia. rumah no 33, Jalan Sentosa 2/4, Taman Sentosa, 41200 Klang. anak 2 org kecik lagi",
        ),
        (
            "assistant",
            "Terima kasih Nadia. Pegawai boleh bantu atur tempat perlindungan sementara.",
        ),
    ],
]
