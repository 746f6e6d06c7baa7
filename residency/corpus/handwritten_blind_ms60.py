# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms60: Bahasa Melayu khairat kematian dan pengurusan jenazah (keahlian, yuran, tuntutan, van jenazah, tanah perkuburan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms60
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "perlembagaan khairat"): _lines("""
        Fasal 4(1): Keahlian terbuka kepada semua penduduk beragama Islam yang bermastautin dalam kariah Masjid Al-Muttaqin, Taman Seri Gombak, berumur 18 tahun ke atas.
        Fasal 5: Yuran pendaftaran RM20 (sekali sahaja) dan yuran tahunan RM60 bagi setiap keluarga; yuran hendaklah dijelaskan sebelum 31 Mac setiap tahun.
        Ahli yang gagal menjelaskan yuran melebihi 3 bulan selepas tarikh akhir akan digantung keahlian dan tidak layak membuat tuntutan sepanjang tempoh penggantungan.
        Tanggungan yang dilindungi: suami/isteri, anak belum berkahwin bawah 21 thn (atau 25 thn jika masih belajar sepenuh masa), dan ibu bapa yg tinggal serumah.
        Tempoh bertenang 6 bulan dari tarikh daftar; kematian dalam tempoh ini hanya layak dapat bantuan pengurusan jenazah, bukan wang khairat.
        Kadar sumbangan khairat: RM1,500 bagi ahli, RM1,000 bagi pasangan, RM500 bagi anak tanggungan, dibayar kpd waris berdaftar dalam tempoh 7 hari bekerja.
        Tuntutan hendaklah dikemukakan dalam tempoh 90 hari dari tarikh kematian beserta salinan sijil kematian, salinan kad pengenalan si mati dan waris, serta kad keahlian.
        Keahlian terbatal secara automatik sekiranya ahli berpindah keluar dari kariah dan tidak memaklumkan secara bertulis dalam tempoh 60 hari.
        Mesyuarat Agung Tahunan hendaklah diadakan sekali setahun sebelum 30 Jun; korum ialah 1/3 drpd jumlah ahli berdaftar atau 50 orang, mana yg lebih rendah.
        AJK terdiri daripada Pengerusi, Naib Pengerusi, Setiausaha, Bendahari dan 7 orang AJK biasa yang dipilih setiap 2 tahun dalam MAT.
        Pindaan Fasal 12 (MAT 2025): had umur pendaftaran ahli baharu dinaikkan dari 60 ke 65 tahun, dengan yuran masuk tambahan RM100 bagi pemohon 55 tahun ke atas.
        Badan Khairat Kematian Kariah Masjid Al-Muttaqin didaftarkan di bawah Akta Pertubuhan 1966, No. Pendaftaran PPM-014-10-27081998.
        Sebarang pertikaian berkaitan kelayakan tuntutan akan diputuskan oleh AJK dan keputusan tersebut adalah muktamad.
    """),
    ("ms", "hebahan ajk"): _lines("""
        *HEBAHAN KHAIRAT KEMATIAN* Kutipan yuran 2026 dibuka mulai 1 Jan. Bayar di kaunter pejabat masjid lepas Jumaat atau online ke akaun Maybank 5621 4403 8819 (Badan Khairat Kematian Masjid Al-Falah). WhatsApp resit ke talian pejabat. Tq.
        Makluman: Van jenazah masjid (VBH 2231) sedang diservis di bengkel sehingga 14/11. Sebarang keperluan sila hubungi talian kecemasan Unit Pengurusan Jenazah 03-5514 3752.
        Kelas Pengurusan Jenazah (Lelaki & Wanita) Sabtu 17 Januari 2026, 8.30 pg - 1.00 ptg di Dewan Serbaguna Masjid. Yuran RM10 termasuk sarapan & nota. Bawa telekung / kain pelikat.
        Gotong-royong bersihkan tanah perkuburan Kg. Sg. Merab Ahad ni jam 8 pagi. Sila bawa parang, sabit, penyodok. Air & kuih disediakan.
        Peringatan: ahli yg belum lunaskan yuran 2025 ada 12 hari lagi sebelum status digantung. Semak status di laman web atau imbas QR di papan kenyataan.
        Senarai ahli tertunggak dh dikemaskini & ditampal di papan kenyataan masjid. Nama tidak akan dikongsi dlm group ni atas permintaan ahli.
        Mohon ahli kemaskini maklumat waris & no. telefon melalui borang yg dikongsi. JANGAN hantar salinan IC dalam group ini ya.
        Mulai 1/1/2026 kadar sewa van jenazah utk bukan ahli ialah RM1.20/km (minimum RM150) dalam Lembah Klang.
        Mesyuarat AJK Bil. 4/2025 ditangguhkan ke 22 Nov (Sabtu) selepas Isyak di bilik mesyuarat tingkat 1.
        Kain kafan set lelaki & perempuan dah diisi semula. Stok semasa: 18 set dewasa, 6 set kanak-kanak.
        Ceramah "Wasiat, Hibah & Faraid: Apa Waris Perlu Tahu" bersama panel Amanah Raya Berhad, Dewan Orang Ramai Taman Desa, Jumaat 8.30 mlm. Terbuka kpd semua.
        Innalillahi wa inna ilaihi raji'un. Jadual imam bertugas pengurusan jenazah bulan Disember telah dikemaskini, sila rujuk pautan dalam deskripsi group.
    """),
    ("ms", "panduan pengurusan jenazah"): _lines("""
        Jika kematian berlaku di rumah, waris perlu buat laporan di balai polis berhampiran utk dapatkan permit pengebumian sebelum jenazah dikebumikan.
        Kematian di hospital: dapatkan permit pengebumian daripada pihak hospital, kemudian daftar kematian di mana-mana pejabat JPN dalam tempoh 7 hari.
        Langkah memandikan jenazah: tanggalkan pakaian sambil menutup aurat, bersihkan najis, wudhukkan, siram seluruh badan dgn air sabun dan akhiri dengan air kapur barus.
        Kain kafan jenazah lelaki 3 lapis; jenazah perempuan 5 helai (kain basahan, baju, tudung dan 2 lapis kain pembalut).
        Solat jenazah: 4 kali takbir tanpa rukuk dan sujud; selepas takbir pertama baca al-Fatihah, kedua selawat, ketiga dan keempat doa untuk si mati.
        Dokumen dibawa ke JPN: permit pengebumian, MyKad asal si mati dan MyKad pemberi maklumat. MyKad si mati akan ditarik balik oleh JPN.
        Jenazah bukan warganegara: waris atau majikan perlu hubungi kedutaan negara berkenaan utk surat kebenaran sebelum proses penghantaran pulang.
        Jangan kongsi gambar jenazah atau dokumen kematian di media sosial. Gelapkan nombor IC sebelum hantar dokumen kepada AJK.
        Ukuran liang lahad: dalam lebih kurang 6 kaki (1.8 m), panjang 7 kaki, lebar 3 kaki; lahad digali di sebelah kiblat.
        Kes bedah siasat: tuntutan jenazah di Jabatan Perubatan Forensik hanya oleh waris terdekat yang membawa dokumen pengenalan diri.
        Senarai semak AJK: [ ] sahkan status keahlian [ ] hubungi imam bertugas [ ] tempah van [ ] sediakan set kafan [ ] maklumkan penggali kubur [ ] buka rekod tuntutan
        Jenazah perlu disegerakan; namun jika menunggu waris dari jauh, tempoh menunggu elok dimaklumkan kepada imam dan pengurus tanah perkuburan.
        Bagi bayi keguguran yang telah cukup 4 bulan, janin dimandikan, dikafankan dan dikebumikan, tetapi tidak wajib disolatkan menurut pandangan jumhur.
    """),
    ("ms", "sistem ekhairat"): _lines("""
        KHAIRAT AL-HIDAYAH: Salam {nama}, yuran tahunan RM{amaun} bagi no. ahli {no_ahli} akan tamat pada {tarikh}. Bayar di https://khairat.alhidayah.org.my/bayar. Abaikan jika telah bayar.
        [2025-11-03 21:14:07] INFO claim-service: tuntutan TK-2025-0419 status PENDING -> LULUS (oleh: admin02)
        Resit No. RKK/2025/01877 | Yuran tahunan 2025 | RM60.00 | Kaedah: DuitNow QR | Ruj. 20251103MBBEMYKL010ORM41766289
        Ralat E-204: No. MyKad tidak sah. Sila masukkan 12 digit tanpa sengkang (contoh format: YYMMDDPBXXXX).
        Eksport CSV laporan awam: lajur dibenarkan = no_ahli, tahun_daftar, status_yuran, zon. Lajur nama, ic, telefon, alamat dikecualikan.
        eKhairat v3.4.2 (build 20251118.1) - pembetulan pepijat: kiraan tunggakan bagi ahli berstatus "Pencen" kini betul.
        SELECT zon, COUNT(*) AS jumlah_ahli, SUM(CASE WHEN status = 'AKTIF' THEN 1 ELSE 0 END) AS aktif FROM ahli GROUP BY zon;
        sha256 3f9a1c07b2e84d6f5a0c91e7d3b28f6045ac9e1d7b3f2c8a6e05d4b19c7a2f81  ahli_backup_2025-11-30.sql.gz
        Templat surat: Tuan/Puan, dimaklumkan tuntutan khairat bagi Allahyarham/Allahyarhamah [NAMA SI MATI] (No. Ahli [NO_AHLI]) telah diluluskan sebanyak RM[JUMLAH].
        Invois INV-VJ-2025-0312: Sewa van jenazah Shah Alam -> Kuala Pilah, 98 km x RM1.20 = RM117.60; caj minimum dikenakan RM150.00.
        POST /api/v2/tuntutan {"no_ahli": "string", "tarikh_kematian": "YYYY-MM-DD", "lampiran": ["sijil_kematian.pdf"]} -> 201 Created
        Notifikasi sistem: 23 ahli akan digantung secara automatik pada 01/04/2026 00:00 jika yuran tidak dijelaskan.
        Format no. ahli: KK-[ZON]-[TAHUN]-[SIRI], contoh KK-B-2019-0042. Siri dijana automatik, jangan guna no. IC sebagai no. ahli.
    """),
    ("ms", "tanah perkuburan"): _lines("""
        Waktu operasi pengebumian: 7.00 pagi - 6.30 petang. Pengebumian selepas Maghrib hanya dengan kebenaran pengurus tapak.
        Bayaran tapak kubur bagi bukan penduduk daerah: RM300; penduduk daerah percuma dengan bukti alamat.
        Dilarang membina binaan kekal, simen atau jubin di atas kubur. Tinggi batu nisan maksimum 2 kaki.
        Blok C, Lorong 7 ditutup sementara kerana kerja penambakan tanah; pengebumian baharu dialihkan ke Blok F.
        Statistik 2024: 1,284 pengebumian; baki kapasiti dianggarkan 9% (cukup untuk lebih kurang 18 bulan lagi).
        Makam Pahlawan di perkarangan Masjid Negara menempatkan makam Tun Abdul Razak Hussein, Tun Hussein Onn dan Tun Dr. Ismail Abdul Rahman.
        Makam Mahsuri di Kampung Mawat, Langkawi dibuka kepada pelawat setiap hari; legenda sumpahan tujuh keturunan masih menjadi tarikan pelancong.
        Susun atur plot: A1-A240 (dewasa lelaki), B1-B240 (dewasa perempuan), K1-K120 (kanak-kanak). Nombor plot dicat pada tiang konkrit setiap lorong.
        Permohonan menempah lot bersebelahan pasangan (lot simpanan) tidak lagi dibenarkan sejak 2018 kerana kekurangan tanah.
        Pejabat Pengurusan Tanah Perkuburan Islam, Jalan Masjid Lama, 43000 Kajang, Selangor. Tel: 03-8736 2201 (Isnin-Jumaat, 8 pg - 5 ptg).
        Majlis Perbandaran meluluskan peruntukan RM2.3 juta bagi pembesaran tanah perkuburan Seksyen 9 seluas 4.2 ekar.
        Papan tanda baharu di pintu masuk: "Tanah Perkuburan Islam Sultan Idris Shah - Sila jaga adab ketika menziarahi kubur."
    """),
    ("ms", "van jenazah"): _lines("""
        Perkhidmatan Van Jenazah Pertubuhan Kebajikan Haji Mokhtar Kuala Langat beroperasi 24 jam, percuma utk golongan asnaf.
        Spesifikasi: Toyota Hiace 2.8 (2022), pengusung keluli tahan karat, kipas ekzos dan lampu siren amber.
        Caj van: percuma utk ahli dalam radius 30 km; RM1.00/km seterusnya; tol & parkir ditanggung waris.
        Talian 24 jam Van Jenazah Masjid Jamek Ar-Rahman: 1-700-81-9090.
        Selepas setiap penggunaan, van perlu disanitasi dengan larutan klorin 0.5% dan log pembersihan ditandatangani pemandu.
        Jadual servis: tukar minyak enjin setiap 10,000 km; servis terakhir pada odometer 148,220 km.
        Tabung van jenazah baharu: terkumpul RM87,450 daripada sasaran RM150,000. Sumbangan boleh disalurkan melalui kotak derma di serambi masjid.
        Penghantaran jenazah ke luar negara melalui kargo udara memerlukan keranda zink dan sijil embalming daripada hospital.
        Polisi insurans komersial van VKP-889102-25 tamat tempoh pada 30/09/2026; pembaharuan dibuat oleh bendahari.
        Pemandu sukarela diperlukan: lesen GDL, umur 25-60 tahun, sanggup on-call hujung minggu. Taklimat SOP setiap Sabtu pertama.
        Kedai Kain Kafan & Van Jenazah Pak Hussin Enterprise, Lot 5, Jalan Pasar, 35900 Tanjung Malim. Buka 7 hari.
        Van tiba dalam 45 minit selepas panggilan diterima di kawasan bandar; kawasan luar bandar sehingga 90 minit.
    """),
    ("ms", "penyata kewangan"): _lines("""
        Penyata Kewangan berakhir 31/12/2024: Baki awal RM184,302.55; kutipan yuran RM96,420.00; derma RM12,880.00; bayaran khairat RM71,500.00 (52 tuntutan); baki akhir RM214,118.40.
        Jumlah ahli berdaftar 1,612 keluarga (2023: 1,547); kadar kutipan yuran 88.6%.
        Cadangan menaikkan yuran tahunan dari RM50 ke RM60 kerana purata tuntutan meningkat 14% dalam tempoh 3 tahun.
        Kos purata satu pengurusan jenazah: kain kafan RM180, mandi & kapur barus RM60, penggali kubur RM350, van RM0 (ahli) = lebih kurang RM590.
        Pelaburan RM100,000 dalam Akaun Pelaburan Mudharabah, tempoh 12 bulan, kadar dividen jangkaan 3.15% setahun.
        Akaun diaudit oleh Tetuan Aziz Hamid & Co. (Akauntan Bertauliah), laporan bertarikh 28 Februari 2025.
        Perbelanjaan pentadbiran 2024: RM4,215.80 (alat tulis, cetakan kad ahli, langganan sistem eKhairat RM1,200/thn).
        Bayaran pukal khairat IBG batch 20251030-004: 6 transaksi, jumlah RM8,500.00.
        Tunggakan keseluruhan sehingga 30 Sept 2025: 187 ahli, jumlah RM14,960.
        Bajet 2026: pembelian 40 set kain kafan (RM7,200), penyelenggaraan van (RM6,000), kursus pengurusan jenazah (RM2,500).
        Nisbah tuntutan kepada kutipan: 74.2% (2024) berbanding 61.8% (2022).
        Sumbangan Lembaga Zakat Selangor sebanyak RM15,000 diterima pada 12/08/2025 untuk bantuan pengurusan jenazah asnaf.
    """),
    ("en", "takaful dan faedah"): _lines("""
        The SOCSO funeral benefit (Faedah Pengurusan Mayat) is paid to the person who bore the funeral costs, subject to the maximum set by PERKESO.
        TakafulKu Khairat Plus pays a lump sum of RM10,000 within 24 hours of a valid claim notification; contributions start from RM8.50/month.
        Customer Careline: 1-300-88-7272 (Mon-Fri, 8.45am-5.45pm). After hours, email claims@takafulku.com.my.
        Product Disclosure Sheet PDS-KHT-2025-03, effective 1 July 2025, supersedes PDS-KHT-2023-11.
        Among our 42,118 certificate holders, 311 death claims were paid in FY2024 with an average payout of RM6,240.
        Please do not send NRIC copies over WhatsApp; upload supporting documents via the secure member portal only.
        Exclusions: death due to pre-existing conditions within the first 12 months of coverage, and suicide within the first year.
        Hibah nomination form: Participant [Full Name], NRIC [No.], nominates [Beneficiary Name] ([Relationship]) to receive 100% of the benefit.
        Khairat kematian schemes are usually run by mosque committees or residents' associations, not licensed takaful operators, so payouts are not covered by PIDM.
        Claim references follow the format TKF-CLM-######; status codes: R = received, V = verifying, P = paid, X = rejected.
        In the 2018 comedy Hantu Kak Limah, the villagers of Kampung Pisang are convinced that Kak Limah has turned into a ghost.
        How-to: when a member dies, verify membership, collect the death certificate, confirm the registered heir, then release payment by bank transfer only.
    """),
    ("zh-Hans", "治丧互助会"): _lines("""
        本会会员年费RM36，请于每年3月31日前缴交，逾期三个月者暂停一切福利。
        治丧互助金：会员逝世可获帛金RM3,000，配偶RM2,000，须于三十天内凭死亡证书申请。
        殡仪服务热线：1-300-80-2828（24小时），灵车接送雪隆区免费。
        请勿在群组内发送身份证照片，申请表格请亲自交到秘书处。
        2024年度共处理帛金申请87宗，发放总额RM241,500。
        本会会所地址：吉隆坡苏丹街128号二楼，办公时间周一至周六上午9时至下午5时。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang Pendaftaran Ahli | Nama: Mohd Faizal bin Abdul Rahim | No. KP: 830917-10-5471 | Alamat: No. 27, Jalan Cempaka 4/2, Taman Cempaka, 68000 Ampang, Selangor | Tel: 013-228 4197
        Tuntutan khairat: Si mati Hajah Rokiah binti Osman (KP 460203-03-5216), meninggal 12/10/2025 di HTAR Klang akibat kanser payudara tahap 4. Penuntut: anak, Norazlina binti Kamarudin, 019-661 3028.
        Bg Lan, sy Zaki blok C. Arwah mak sy kena hantar ke Jasin lepas zohor, van ada x? No sy 012-7745309
        Tunggakan En. Kamal Ariffin (KK-B-2017-0311) 3 tahun = RM180, dah 2 kali diingatkan tp tak bayar. Rumah dia No. 9 Lorong Dahlia 2, Taman Dahlia.
        Waris 1: Siti Hajar bt Ismail (isteri) 850622-06-5034; Waris 2: Muhammad Irfan bin Haziq (anak) 090311-14-1287
        Sila masukkan wang khairat ke akaun Maybank 1621 3390 4518 atas nama NURUL SYAFIQAH BINTI ROSLAN, anak sulung arwah.
        Pak Ngah Salleh bin Deraman, rumah lot 412 Kg. Bukit Tok Beng, dah nazak. Doktor kata buah pinggang dah rosak teruk, family minta AJK standby.
        Abang ipar sy warga Singapura, Rahmat bin Sulaiman, NRIC S6812457C, nak jadi ahli bersekutu boleh ke? Dia tinggal Blk 512 Bedok North Ave 2 #08-117.
        Tempahan van: ambil jenazah di bilik mayat Hospital Sungai Buloh, hantar ke No. 15, Jalan Meranti 2, Taman Sri Rawang, 48000 Rawang. Waris: Puan Zarina Mat Yusof 017-302 5581.
        Plot B-117 diperuntukkan kpd Allahyarhamah Che Mah binti Awang; suami arwah, Ismail bin Che Din (KP 480516-11-5019), mohon lot sebelah ditempah untuk dirinya.
        Myvi BNK 4127 milik En. Hafiz Roslan parking halang laluan van jenazah depan masjid, tolong alihkan. Tuan punya boleh call 011-1082 6634.
        Tuntutan harta pusaka arwah Ahmad Tarmizi sedang dibicarakan di Mahkamah Syariah Shah Alam (kes 10100-028-0412-2025) antara balu beliau Rosnah Abdul Ghani dan abang arwah Zulkifli; AJK tahan bayaran khairat dulu.
        Permohonan bantuan khas: Puan Noraini bt Jusoh, ibu tunggal, gaji RM1,450 sebulan sbg tukang cuci, tanggung 4 anak, tinggal di Blok B-3-7 PPR Seri Semarak.
        Resit yuran 2025 diterima daripada SHARIFAH NOOR AINI BT SYED HASSAN, No. Ahli KK-A-2011-0087, IC 7505**-**-**42, RM60.00.
        Bayar yuran guna kad debit 4556 1207 8834 1291 exp 08/27 atas nama Rosli Hashim, tolong caj RM120 utk 2 tahun.
        Kad ahli baharu utk Puan Kalsom Abdullah, pos ke Lot 2231, Kg. Parit Baru, 83000 Batu Pahat, Johor; emel kalsom.abd61@yahoo.com
        En. Rahim Kassim (ahli KK-C-2008-0154) skrg terlantar strok di rumah, anak dia minta AJK datang ziarah minggu ni.
        Arwah Faridah Hassan tu sebenarnya meninggal sebab HIV, jgn heboh. Suami dia Roslan Daud yg kerja bengkel tu pun positif.
        Arwah ayah meninggal masa umrah di Mekah; sy Mohd Syukri bin Abdul Latif, pasport A38716042, terbang ke Jeddah esok utk urus jenazah.
        Keluarga Pn. Habibah Sulong no. 33 Jln Seroja 5 balik Kelantan 2 minggu, rumah kosong, AJK keselamatan tolong ronda malam.
        Ahli Abdul Ghani bin Mat Isa (lahir 3 Feb 1951) melebihi had umur semasa mendaftar tetapi diluluskan secara khas oleh AJK pada 2019.
        Isteri arwah, Nor Hayati binti Samad (880104-01-6120), nak tuntut faedah pengurusan mayat & pencen penakat PERKESO sbb arwah pemandu lori syarikat.
        Akaun CIMB 7064881203 - Mohd Azhar bin Said, utk pulangan yuran terlebih bayar RM60.
        [2025-11-02 08:41:13] INFO claim-service: tuntutan TK-2025-0421 dicipta utk ahli 'Zainab bt Omar' ic=520814105398 tel=0192274506
        KK-A-2014-0219,Mohd Nasir bin Ibrahim,700305-02-5541,0124479013,"No. 4, Lorong Haji Taib 2, 05100 Alor Setar",AKTIF
        Saya adik kpd arwah Jamilah, nama saya Rohana binti Said, tinggal di Flat PKNS Blok 4, Tingkat 3, No. 12, Seksyen 7, Shah Alam.
        Isteri sy Nurul Izzah Kamal keguguran 5 bulan semalam di Hospital Shah Alam, janin perlu dikebumikan. Boleh tuntut khairat x?
        Laporan polis Balai Polis Bandar Baru Bangi, Rpt No: KJG/004119/25, pelapor Amirul Hakim bin Sazali, berhubung kematian datuknya di rumah.
        Nisan kubur arwah ayah tulis "Abdul Wahab bin Yunus 1949-2025". Invois hantar kpd anak, Liyana Abdul Wahab, No. 8, Jalan BP 5/3, Bandar Bukit Puchong, 47120 Puchong.
        Tolong add sy dlm group khairat, WA 018-226 9014 (Hasnah, rumah hujung Lorong 5 Taman Mewah).
        Ahli baharu mualaf Lim Chee Keong @ Muhammad Amin Lim, keluarga dia belum tahu dia masuk Islam, tolong jgn telefon no. rumah 04-6582 117.
        Puan Saodah binti Mahmud (Blok D-5-2, Flat Sri Kenanga) pinjam RM2,000 dr tabung khairat utk kos hospital suami, janji bayar RM200 sebulan tp baru bayar 2 kali.
        Anak tanggungan baharu: Nur Aleesya binti Firdaus, lahir 14/06/2016, MyKid 160614-10-0948, bapa Firdaus bin Kamil (KK-B-2015-0190).
        Kubur arwah mak mertua sy dekat pokok kemboja, plot C-044. Sy Mazlan Hj. Othman 013-940 1178 yg jaga & bersihkan setiap bulan.
        Potongan gaji Biro Angkasa utk yuran khairat: Hamidah binti Yaakob, guru DG41 SK Taman Melati, gaji pokok RM4,812.50, potongan RM5/bulan.
        Mak Cik Tijah (Khatijah bt Mamat) tinggal sorang di Lot 77 Kg. Padang Lalang, nyanyuk teruk, anak-anak semua di KL.
        Jenazah pekerja ladang warga Indonesia Suparman bin Karto (pasport C4817290) dihantar ke KLIA Kargo; abangnya Sugiarto boleh dihubungi di WA +62 812-6603-4471.
        Pemandu sukarela baharu: Haziq Fitri bin Rosdi, KP 950823-14-5027, lesen GDL tamat 11/2026, kereta sendiri WPR 6630, on-call Sabtu & Ahad.
        Minta AJK rahsiakan: arwah Hamdan bin Yusof meninggal dlm lokap IPD Kuantan; anak dia Aiman Hamdan (019-223 7148) dah failkan saman sivil terhadap polis.
        Yuran saya Siti Khadijah Ramli tertunggak sbb baru kena buang kerja bulan lepas, boleh tangguh ke Mac? Alamat sy masih Jalan Bayu 3, Taman Bayu Perdana, Klang.
    """),
    "en": _lines("""
        Hi, I'm Daniel Hakim bin Azman. My father Azman bin Yusof (IC 571129-08-6623) passed away last night at home in Ipoh; police report IPH/002871/25. Reach me at daniel.hakim88@gmail.com.
        Please update my beneficiary to my wife Aisyah Razali, 901212-14-6652, mobile +60 17-855 2093. I'm member KK-D-2020-0077, Farid Hamzah.
        Next of kin: Zulhilmi Abdul Rashid (brother), 32 Jalan SS 2/24, 47300 Petaling Jaya, zulhilmi.ar@outlook.com
        Claim TKF-CLM-204517: insured Kamaruddin Abu Bakar, 63, died of a heart attack on 2 Nov; payout to nominee Suraya Kamaruddin, RHB account 2-14203-0088761-5.
        My wife is a Chinese national, Wang Li, ID 350582197904123315; can she be registered as my dependant under the khairat scheme? - Hairul Nizam, Taman Universiti, Skudai
        Uncle Sulaiman Ibrahim from Block 23 is on dialysis three times a week at the NKF centre and asked whether his khairat still covers him while he's in arrears.
        Funeral van booked for 4.30pm: pick-up at Hospital Sultanah Aminah mortuary, deceased's son Azlan Shah Mohd Noor (+6012-707 3381) will ride along.
        Payment received from Nurhidayah Binti Jamal via card 5200 9934 7716 2088, RM60 annual fee, receipt emailed to nurhidayah.j@gmail.com.
    """),
    "zh-Hans": _lines("""
        帛金申请：已故会员陈亚九（身份证 560812-07-5183），申请人儿子陈志明，联系电话 016-452 8809，住址槟城亚依淡路28号。
        会员林秀凤上个月确诊肺癌晚期，现住在马六甲武吉巴鲁花园3巷15号，家属请秘书处先准备治丧手续。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Badan Khairat Kematian Masjid Al-Hidayah. Jawab soalan ahli dengan sopan.",
        ),
        ("user", "assalamualaikum, yuran tahun ni berapa ya"),
        (
            "assistant",
            "Waalaikumussalam. Yuran tahunan 2026 ialah RM60 sekeluarga, perlu dijelaskan sebelum 31 Mac.",
        ),
        (
            "user",
            "ok sy nak semak status sy, nama Mohd Shahrul Nizam bin Ariffin, ic 791023-10-6235",
        ),
        ("assistant", "Terima kasih. Status anda: AKTIF, yuran 2025 telah dijelaskan."),
    ],
    [
        ("user", "nak tempah van jenazah skrg, arwah atuk sy meninggal kat rumah pagi tadi"),
        (
            "assistant",
            "Takziah. Boleh berikan alamat rumah dan no. telefon waris untuk dihubungi pemandu?",
        ),
        ("user", "No. 41, Jalan Kenari 7"),
        ("user", "Taman Kenari, 08000 Sungai Petani"),
        ("user", "call sy Fadhilah 014-516 2290"),
        (
            "assistant",
            "Baik, van akan tiba dalam 40 minit. Pastikan permit pengebumian dari balai polis sudah diambil.",
        ),
    ],
    [
        ("system", "Pembantu AJK tuntutan khairat. Kumpulkan maklumat tuntutan."),
        ("user", "sy nak buat tuntutan, arwah suami sy meninggal 28 Okt"),
        ("assistant", "Takziah. Sila nyatakan no. ahli arwah dan akaun bank untuk bayaran."),
        ("user", "no ahli KK-C-2012-0448, arwah Baharom bin Jaafar"),
        (
            "user",
            "akaun Bank Islam 1202 9010 4477 83 nama sy Rosmawati binti Ali, ic 680415-05-5112",
        ),
        ("assistant", "Terima kasih Puan, tuntutan akan diproses dalam 7 hari bekerja."),
    ],
    [
        ("user", "boleh tolong daftar ahli baru?"),
        ("assistant", "Boleh. Sila berikan nama penuh, no. MyKad dan alamat."),
        ("user", "Nama Azrul Effendy bin Md Yasin"),
        ("user", "ic 860730"),
        ("user", "-08-"),
        ("user", "5397"),
        ("user", "alamat 12A Lorong Bercham Jaya 3, Taman Bercham Jaya, 31400 Ipoh"),
        ("assistant", "Pendaftaran diterima. Kad ahli akan diposkan dalam 2 minggu."),
    ],
    [
        ("user", "Hi, I want to check on a funeral benefit claim for my mother"),
        ("assistant", "Certainly. Could you share the claim reference or the deceased's name?"),
        (
            "user",
            "Ref TKF-CLM-198803. She was Hajah Maimunah Zakaria, died of kidney failure after years on dialysis",
        ),
        ("user", "I'm her son Khairul Anuar, you can WhatsApp me at 016-338 9042"),
        (
            "assistant",
            "Thank you. The claim is at verification stage; we will update you by WhatsApp.",
        ),
    ],
    [
        ("user", "kubur arwah ayah sy kat blok mana ya? meninggal mac 2019"),
        ("assistant", "Boleh berikan nama penuh arwah?"),
        ("user", "Ismail bin Hashim, dr Kg Jawa"),
        ("assistant", "Rekod menunjukkan plot A-163, Blok A, Lorong 4."),
        (
            "user",
            "tq, nnt sy Nadia Ismail nak pasang nisan, rumah sy No. 5 Jalan Haji Abdul Manan, Kg Jawa, 41000 Klang",
        ),
    ],
    [
        (
            "system",
            "Rekod ahli semasa: Nama: Zulkarnain bin Mat Rejab | No. Ahli KK-A-2009-0121 | KP 640218-03-5129 | Tel 019-904 3356 | Tunggakan RM120 (2024-2025).",
        ),
        ("user", "berapa tunggakan saya?"),
        ("assistant", "Tunggakan anda ialah RM120 bagi tahun 2024 dan 2025."),
        ("user", "ok nanti sy bayar hujung bulan"),
    ],
    [
        ("user", "nak kemaskini alamat"),
        ("assistant", "Boleh, sila sahkan no. ahli anda."),
        ("user", "KK-B-2016-0273"),
        (
            "assistant",
            "Baik, Puan Rosmah binti Talib. Alamat baharu anda Blok 7-2-11, Pangsapuri Sri Intan, Jalan Genting Kelang, 53300 Setapak telah disimpan.",
        ),
        ("user", "betul, tq"),
    ],
    [
        ("user", "Majikan sy nak hantar jenazah pekerja balik Dhaka, apa dokumen perlu?"),
        (
            "assistant",
            "Biasanya perlu sijil kematian, permit, sijil embalming dan surat kebenaran dari Suruhanjaya Tinggi Bangladesh.",
        ),
        (
            "user",
            "arwah nama Md. Rafiqul Islam, pasport BN0482716, meninggal denggi di Hospital Kajang",
        ),
        ("user", "adik dia Md. Shafiqul nak ikut, nombor dia +880 1712-448093"),
        (
            "assistant",
            "Baik, sila bawa pasport asal arwah ke kaunter kargo sekurang-kurangnya 6 jam sebelum penerbangan.",
        ),
    ],
    [
        ("user", "ayah sy sakit batuk kering (TB) dah 3 bln, doktor kata harapan tipis"),
        (
            "assistant",
            "Semoga dipermudahkan. Untuk jenazah berpenyakit berjangkit, pihak hospital akan memberi panduan khas.",
        ),
        (
            "user",
            "nama ayah Kadir bin Lebai Hassan, skrg di wad 6B Hospital Raja Permaisuri Bainun",
        ),
        ("user", "kalau jadi apa2, tolong call sy, Syafiq, 012-655 0837"),
        (
            "assistant",
            "Baik, AJK akan bersiap sedia. Takziah awal dan semoga ayah tuan diberi kesembuhan.",
        ),
    ],
]
