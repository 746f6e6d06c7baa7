# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms57: kontraktor kecil dan bina rumah (sebut harga, kemajuan kerja, bayaran berperingkat, aduan kecacatan, permit PBT). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms57
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "sebut harga"): _lines("""
        SEBUT HARGA No. SH-2025/0418 — Kerja ubahsuai dapur belakang (extend 12' x 20'), rumah teres setingkat. Sah 30 hari dari tarikh sebut harga.
        Item 1: Pecah & buang lantai simen sedia ada termasuk angkut keluar debris — 240 kps @ RM4.50 = RM1,080.00
        Item 4: Bumbung metal deck 0.48mm TCT warna merah bata, termasuk rangka besi hollow galvanized 2"x1" — lump sum RM6,850.00
        Harga tidak termasuk: kerja elektrik (wiring baru), permit PBT, tong ro-ro, dan sebarang kerja cerucuk jika tanah lembut.
        Syarat bayaran: 30% deposit selepas sebut harga diterima, 40% selepas struktur & bumbung siap, 25% selepas kemasan, 5% baki selepas 3 bulan (tempoh kecacatan).
        bos, harga jubin 600x600 homogeneous ikut pilihan owner, allowance RM45/kps je. lebih dari tu owner top up sendiri
        Sebut harga ini disediakan berdasarkan lawatan tapak pada 14/06/2025 dan lakaran tangan; sebarang perubahan saiz akan dikira sebagai VO (variation order).
        Jumlah Besar: RM38,420.00 (tidak termasuk SST — syarikat belum berdaftar SST).
        Bahan binaan: bata merah Kilang Bata Sin Hup Heng (atau setaraf), simen Castle/Tasek, pasir halus sungai yang dicuci.
        Pakej grill tingkap & pintu depan design "Kerawang Melayu" — RM280/kps, siap cat anti karat + 2 lapis cat enamel.
        Kos anggaran sambung dapur rumah teres kos rendah kat Selangor biasanya RM25k–RM45k, ikut spec & saiz. Jgn ambik quote paling murah semata2.
        Sebut harga utk Surau Al-Hidayah Taman Sri Muda: tukar bumbung asbestos ke metal deck, dibuat atas dasar kos (tiada untung) sebagai sumbangan syarikat.
        Rujukan: SH/BRA/25/0073 Rev.2 — dikemaskini ikut permintaan, tambah 2 titik lampu & 1 soket 13A di porch.
        Nota: harga besi naik ~12% sejak Mac 2025, sebut harga lama (sebelum 01/04/2025) tidak lagi terpakai.
    """),
    ("ms", "laporan kemajuan tapak"): _lines("""
        Laporan Kemajuan Mingguan #07 (minggu berakhir 21/09/2025): rasuk bumbung siap 100%, dinding bata tingkat atas 65%, plaster dalam 20%.
        Hari ni hujan lebat dari pukul 2 ptg, kerja konkrit slab ditangguhkan ke esok pagi. Lori readymix dah cancel.
        Gambar tapak: (1) pad footing F1–F6 siap dikorek, (2) besi Y12 dah diikat, (3) tunggu inspection jurutera sebelum tuang.
        Cube test konkrit grade 25: 7 hari = 19.8 N/mm², 28 hari = 27.4 N/mm² — lulus.
        Progress overall: 58% (jadual asal 62%). Lewat 4 hari sebab bekalan bumbung lambat dari supplier.
        Tukang paip datang esok 9 pagi utk first fix (concealed piping) bilik air atas, so jangan tutup dinding dulu.
        Site diary 03/10: pekerja di tapak 6 orang (2 tukang bata, 2 helper, 1 tukang besi, 1 supervisor). Cuaca: cerah. Tiada kemalangan.
        Waterproofing bilik air: 2 lapis membrane + ponding test 48 jam mulai Isnin. Owner boleh datang tengok hari Rabu.
        Bongkar siling lama dah siap, jumpa kayu kekuda reput kena anai-anai kat 3 lokasi — cadangan ganti dgn kekuda besi ringan (VO).
        Jadual seterusnya: M10 pasang frame pintu & tingkap, M11 skim coat + cat undercoat, M12 pasang jubin dapur.
        Tong ro-ro 20 kaki diganti hari Khamis, yang lama dah penuh. Kos ganti RM450 ditanggung kontraktor ikut kontrak.
        Kerja baik pulih tandas murid SK Taman Tun Dr Ismail (2) dijangka siap sebelum cuti sekolah akhir tahun, ikut laporan JKR daerah.
        Toolbox talk pagi ni: pakai topi keledar & kasut keselamatan, jangan panjat perancah tanpa harness bila lebih 2 meter.
    """),
    ("ms", "tuntutan bayaran berperingkat"): _lines("""
        TUNTUTAN KEMAJUAN No. 3 (PC-03) — Nilai kerja siap setakat 30/09/2025: RM74,600.00; tolak wang tahanan 5%: RM3,730.00; tolak bayaran terdahulu: RM41,200.00; jumlah kena bayar: RM29,670.00.
        Invois INV-25-0931 bertarikh 02/10/2025, tempoh bayaran 14 hari. Sila nyatakan no. invois sebagai rujukan pindahan.
        Akaun syarikat: BINAAN TEGUH MAJU SDN BHD, Maybank 5621 0384 7719 — bayar hanya ke akaun atas nama syarikat.
        Sijil Bayaran Interim No. 5 dikeluarkan arkitek pada 15/10/2025; bayaran perlu dibuat dalam tempoh 21 hari dari tarikh sijil.
        Di bawah CIPAA 2012, kalau tuntutan tak dibayar, kontraktor boleh mulakan adjudikasi melalui AIAC.
        Peringkat 2 (40%) — RM15,368.00 — dibayar 12/08/2025 via DuitNow, ref. 20250812MBBEMYKL010ORB44771203.
        owner tanya kenapa claim bulan ni lagi tinggi dari bulan lepas — sebab VO-02 (tambah kanopi) RM4,900 masuk sekali
        Wang tahanan 5% dilepaskan separuh semasa CPC dan separuh lagi selepas tamat Tempoh Liabiliti Kecacatan 12 bulan.
        Resit No. R-004418 | Jumlah diterima: RM10,000.00 | Cara bayaran: cek No. 118842 | Bagi: Deposit 30% kerja ubahsuai.
        Projek bina rumah atas tanah sendiri (BRATS) biasanya ikut 8–10 peringkat bayaran; bank lepas duit selepas arkitek/jurutera sahkan kerja.
        e-Invois LHDN: UUID 7f3c9a21-4b8e-4d02-9a6f-31c2e8b5d410 disahkan pada 2025-10-02T10:14:33+08:00.
        Bayaran lewat dikenakan caj 1.5% sebulan atas baki tertunggak seperti dinyatakan dalam Klausa 7 perjanjian.
        Drawdown pertama bank untuk BRATS biasanya 10%–15% selepas kerja asas siap & disahkan.
    """),
    ("ms", "aduan kecacatan"): _lines("""
        Retak rambut pada dinding plaster biasanya sebab pengecutan, bukan struktur. Retak >3mm atau menyerong dari bucu tingkap kena panggil jurutera.
        Senarai kecacatan yang biasa: jubin berongga (hollow), siling bocor, pintu tak rapat, cat menggelembung, paip tersumbat.
        Tribunal Tuntutan Pembeli Rumah boleh dengar tuntutan sehingga RM50,000; yuran pendaftaran RM10.
        Pemaju wajib baiki kecacatan dalam tempoh 30 hari selepas notis bertulis diterima, sepanjang Tempoh Liabiliti Kecacatan 24 bulan.
        Unit contoh blok B ada kebocoran dari bilik air tingkat atas; punca: grouting rosak & floor trap tak dipasang betul.
        Aduan #DLP-0342 (Blok C, Tingkat 7): status "Dalam Tindakan", dijangka siap 14 hari bekerja.
        Tips: ketuk jubin dgn syiling; kalau bunyi kosong, tanda dgn masking tape & ambil gambar sebelum serah defect list.
        Tiada aduan baru minggu ini. 17 daripada 21 item kecacatan dah ditutup; 4 masih tunggu bahan (pintu kayu ganti).
        Kontraktor tidak bertanggungjawab atas kerosakan akibat ubahsuai pemilik sendiri atau pihak ketiga selepas serah kunci.
        Jangan tandatangan "Borang Penerimaan Kecacatan Selesai" selagi belum periksa sendiri setiap item.
        Rumah baru kat Taman Sultan Badlishah bocor bumbung lepas 2 bulan, normal ke ni geng 😩
        Laporan inspektor: 38 item kecacatan dikesan (12 kemasan, 9 pintu/tingkap, 8 M&E, 5 jubin, 4 bumbung). Laporan penuh dalam lampiran PDF.
        Kebocoran paip konsil selepas VP dikira kecacatan pemaju walaupun owner dah pindah masuk.
    """),
    ("ms", "permit PBT"): _lines("""
        Permit ubahsuai kecil (tanpa pelan) MBSA: untuk kerja tukar jubin, cat, grill dan bumbung porch saiz asal sahaja.
        Majlis Bandaraya Petaling Jaya, Jalan Yong Shook Lin, 46675 Petaling Jaya, Selangor — kaunter OSC buka 8.00 pg – 4.00 ptg.
        Sambung belakang rumah yang libatkan struktur perlu pelan bangunan dikemukakan oleh PSP — arkitek atau jurutera profesional berdaftar.
        Bina tambahan tanpa kelulusan boleh dikenakan kompaun dan notis roboh di bawah Akta Jalan, Parit dan Bangunan 1974 (Akta 133).
        No. rujukan permohonan: MBSA/JKB/PU/2025/004182 — status: LULUS BERSYARAT (syarat 4: tiada kerja hari Ahad & cuti umum).
        Permit letak tong ro-ro atas rizab jalan: RM5 sehari, maksimum 30 hari, wajib letak kon & lampu amaran waktu malam.
        Wisma MBSA, Persiaran Perbandaran, 40000 Shah Alam, Selangor — hantar borang di kaunter Jabatan Kawalan Bangunan.
        CCC dikeluarkan oleh PSP, bukan PBT; salinan Borang F perlu dihantar kepada PBT dan LAM/BEM.
        UBBL 1984: ruang terbuka belakang rumah teres tidak boleh ditutup sepenuhnya; rujuk garis bangunan PBT setempat.
        Kelulusan pelan tambahan Majlis Perbandaran Kajang ambil masa lebih kurang 30–60 hari bekerja kalau dokumen lengkap.
        Gred CIDB: G1 had tender RM200,000, G2 RM500,000, G3 RM1 juta, G4 RM3 juta, G5 RM5 juta, G6 RM10 juta, G7 tiada had.
        Kebenaran Merancang tak diperlukan untuk ubahsuai dalam lot sendiri yang tidak tukar guna tanah.
        Notis Berhenti Kerja akan ditampal di tapak kalau kerja dibuat tanpa permit; kerja mesti dihentikan serta-merta.
        Jalan Tun Abdul Razak ditutup sebahagian 3–7 Nov untuk kerja paip Air Selangor; lori bahan binaan sila guna laluan alternatif.
    """),
    ("en", "forum & contract notes"): _lines("""
        Anyone got recommended contractor for extension in Seremban 2? Budget around 40k, need kitchen + wet area.
        Rule of thumb: never pay more than 30% upfront. If the contractor insists on 50% before starting, walk away.
        The PAM Contract 2018 (Without Quantities) is common for small residential works; for really small jobs a simple letter of award is enough.
        Progress claim #4 submitted 18 Oct 2025, certified amount RM22,150.00 after deducting 5% retention. Payment due 8 Nov.
        Tracking no. for the sanitary ware: JNTMY0028871342, ETA Thursday. Supplier hotline 1-300-22-8866.
        lol my contractor vanished after collecting deposit, like Bob the Builder but the opposite 🤡 lesson learnt, check CIDB registration first
        Stadium Merdeka, built for the 1957 declaration of independence read by Tunku Abdul Rahman, was restored and won a UNESCO Asia-Pacific heritage award.
        Defect liability period under the Housing Development Act for new landed houses is 24 months from vacant possession.
        commit a91f3e2: fix progress-claim rounding in quote-builder v2.3.1 (RM values now rounded to 2 dp)
        Cost per sq ft for a single-storey extension in the Klang Valley ranged RM180–RM260 in 2025, based on 42 quotes we collected.
        Please do not post customers' IC copies or phone numbers in this group. Use the project code (e.g. PRJ-2511) instead.
        TNB careline 15454 — call them for meter relocation before the extension wall goes up.
    """),
    ("zh-Hans", "装修群与报价"): _lines("""
        老板，这个quotation有没有包括plaster ceiling和L-box？没有的话请另外报价。
        厨房extend 10尺x18尺，做metal deck屋顶+防水，总价RM23,800，不含permit。
        付款方式：30%订金，施工中期40%，完工后25%，剩下5%保修期三个月后付。
        明天下雨的话灌浆会延后，readymix已经跟厂商确认改到礼拜五早上8点。
        瓷砖空鼓超过10%是可以要求打掉重铺的，记得拍照留证据。
        乔治市世界遗产区内的店屋装修需要先向MBPP申请，外立面不能随便改。
        发票号码 INV-2025-1187，金额 RM8,450.00，请在10月15日前转账到公司户口。
        敦拉萨路那间五金店今天没开，水泥改去隆雪华堂旁边那间拿。
        尊孔独中礼堂翻新工程招标，截止日期2025年11月30日，投标者须持有CIDB G4或以上等级。
        装修工人每天工钱大概RM150–RM200，师傅级的要RM250以上，这是2025年巴生谷的行情。
        保修期内墙壁出现裂缝，先别自己补，拍照上传发展商的defect portal，等他们派人来检查。
    """),
    ("ms", "templat & panduan PDPA"): _lines("""
        Nama Pemilik: ____________ No. K/P: ______-__-____ Alamat Tapak: ____________ (diisi oleh pemohon)
        Templat WhatsApp: "Salam Tuan/Puan {nama}, tuntutan kemajuan no. {no_tuntutan} berjumlah RM{jumlah} telah dihantar. Terima kasih."
        Ikut PDPA 2010, salinan MyKad pelanggan hanya boleh disimpan untuk tujuan permohonan permit dan mesti dilupuskan selepas projek tamat.
        Jangan share gambar tapak yang tunjuk nombor rumah atau plat kereta owner dalam page Facebook syarikat tanpa kebenaran.
        Borang B (Notis Mula Kerja) — Bahagian 2: Butiran Pemilik [NAMA], [NO. PENDAFTARAN/K.P.], [ALAMAT SURAT-MENYURAT].
        Contoh surat aduan: "Saya, pemilik unit No. __, ingin memaklumkan kecacatan berikut dalam tempoh DLP..." (sila lengkapkan sendiri).
        Data pelanggan dalam sistem CRM dienkripsi (AES-256) dan hanya boleh dilihat oleh staf akaun & admin projek.
        Format no. rujukan projek: PRJ-{tahun}{bulan}-{3 digit}, contoh PRJ-202510-014. Jangan guna nama pemilik sebagai nama fail.
        Medan wajib dalam borang sebut harga online: nama, no. telefon, poskod tapak, jenis kerja. Medan pilihan: e-mel.
        Dummy data untuk testing sistem: Nama "Pelanggan Ujian", tel 012-000 0000, IC 000000-00-0000.
        Permintaan akses data di bawah PDPA akan dijawab dalam 21 hari; hubungi Pegawai Perlindungan Data di dpo@binaanteguh.com.my.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Sebut harga utk En. Khairul Anuar bin Md Yusof, No. 27, Jalan Merbah 3/2, Taman Bukit Indah, 81200 Johor Bahru. Tel: 017-845 2206.
        Pemohon: Noraini binti Ahmad (K/P 850722-14-6248), pemilik Lot 3318, Kampung Sungai Penchala — permohonan permit sambung dapur.
        Bayaran peringkat 2 tolong bank in ke akaun peribadi saya: Mohd Faizal bin Rahim, Maybank 1142 6630 9875. Akaun syarikat tengah beku.
        Aduan kecacatan dari Puan Siti Hajar Kamaruddin, unit B-12-07 Residensi Seri Kembangan, tel 019-274 8830: siling bilik tidur utama bocor bila hujan.
        Pekerja: Agus Setiawan, warganegara Indonesia, pasport C7731842, PLKS tamat 14/03/2026 — tukang plaster di tapak Seksyen 7.
        Tukang bata kita Ramesh a/l Subramaniam jatuh perancah semalam, patah tulang kaki kiri, skrg kat wad ortopedik HTAR Klang.
        Owner rumah No. 14 Jalan Dahlia 3, Pakcik Rosli Hamid, ada asma teruk — jangan buat kerja sanding simen masa dia ada kat rumah ya.
        Lori 3 tan BMT 7721 tu milik Encik Zainal Abidin Yahya, dia sewa ke kita RM350 sehari, call dia 013-662 0915.
        Kes TTPM No. TTPM-B-(P)-1184-2025: Penuntut Hasnah binti Ismail lwn kontraktor, tuntutan RM12,400 untuk kerja bumbung yang tidak siap.
        Cikgu Rozita Abd Manaf dah lulus LPPSA RM320,000 untuk BRATS, gaji pokok dia RM5,870 — bank minta penyata gaji 3 bulan terkini.
        IC owner: 8803**-10-**64, nama Nurul Ain binti Zakaria, alamat No. 9 Jln Kenari 5, Bandar Puchong Jaya — untuk Borang B.
        Pn Latifah Sulaiman (rumah lot 22 hujung, Kg Baru Sungai Buloh) baru lepas kemoterapi, minta jangan start mesin sebelum 10 pagi.
        Email owner: aziz.kamarul88@gmail.com — hantar invois PC-04 ke situ, dia minta cc isteri dia Farah (farah.aziz.hq@yahoo.com).
        Deposit 30% RM11,526 dah dibayar oleh Dr. Harith Daniel bin Omar guna kad Visa 4549 3218 0077 4127, exp 08/28.
        Saya Lim Wei Keat, owner rumah teres No. 41 Jalan SS 19/6, Subang Jaya. Jubin bilik air dah hollow lepas 3 bulan, kontraktor tak angkat call. WhatsApp saya 012-338 4671.
        Supervisor tapak: Azman bin Daud, IC 780415-10-5531, kereta Myvi WVX 3308.
        Gaji bulan Okt: Mohd Jamaluddin bin Hashim (tukang bata) RM3,200; Suhaimi bin Latif (helper) RM1,900 — KWSP & PERKESO dah potong.
        Notis tuntutan: Puan Chong Mei Ling, No. 6 Lorong Kurau 2, 14000 Bukit Mertajam; baki tertunggak RM7,850 sejak 12/07/2025.
        Pembeli unit C-3A Taman Desa Harmoni, Encik Vijay Kumar a/l Ramasamy (IC 910103-01-5087), hantar defect list 21 item pada 05/08/2025.
        Jiran sebelah, Puan Esah binti Mat Saman (No. 16), dah buat aduan ke MPKj pasal habuk & bising — anak dia autisme, sensitif sangat dgn bunyi.
        Owner baru, Puan Marina binti Othman, tengah urus surat kuasa tadbir sebab geran tanah Lot 5521 Mukim Setapak masih atas nama arwah ayah dia.
        Kunci rumah ada dgn Kak Yati (Noryati Hassan, adik owner), No. 3 Jalan Bakawali 7, Taman Johor Jaya, call dulu 011-2687 4419 sebelum datang.
        Penerima bayaran: SUHAILA BT MOHD NOOR | CIMB 7061 8823 54 | rujukan: upah tukang jubin minggu 3
        Tuan rumah, Encik Goh Kian Seng (S7734921I), warga Singapura, minta semua bil & resit dihantar ke Blk 512 Jurong West St 52 #08-214, Singapore 640512.
        Mandur kita Pak Darto (Sudarto, pasport Indonesia B4482190) dah 3 hari MC, klinik sahkan dia kena denggi.
        Maklumat pemohon permit ro-ro: Nazri bin Hamzah, 880309-05-5667, 019-553 1208, Lot PT 2291 Jalan Rasah, Seremban.
        Cik Amalina Yusri (016-551 3078) dari Taman Melawati nak cancel kontrak sebab dia kena buang kerja bulan ni, minta refund deposit RM5k.
        Pelan rumah utk En. Shahrul Nizam bin Bujang (IC 820511-13-5449) — tanah pusaka di Kg. Tanjung Bundong, Kuching. Hubungi +6014-903 2276.
        WhatsApp owner: wa.me/60182297153 (Puan Rohaya Mansor, banglo Jalan Wangsa 2, Bukit Antarabangsa — kerja kolam & pagar).
        Suami owner, Encik Fadzil Ismail, baru keluar penjara bulan lepas; jangan bincang kontrak dgn dia, urus terus dgn Puan Wan Norhayati (019-661 4402).
        Tukang wiring, Kamal Ariffin bin Sulaiman, no. perakuan pendawai PW2-B-07731, telefon 012-774 0385.
        Hantar 20 pallet bata ke: Rumah Zulkifli Harun, No. 88 Jalan Kubang Kerian, 16150 Kota Bharu. Penerima: Zulkifli / 013-920 7746.
    """),
    "en": _lines("""
        Client: Mr. Daniel Ong Chee Meng, 10 Jalan Bangsar Utama 9, 59000 KL, mobile 012-209 5538 — quote for full rewiring + new DB.
        Owner paid deposit with Mastercard 5521 1566 3004 8717 under the name Priya Nair; receipt emailed to priya.nair.home@gmail.com.
        Site worker Md. Rafiqul Islam (Bangladesh passport EH0482917) fell off the ladder on 12 Sept, 4 stitches on his forehead, treated at Klinik Kesihatan Kajang.
        Homeowner Sarah Tan Hui Min (NRIC S8812345Z), Singaporean, owns the terrace at 22 Jalan Nusa Bestari 3, Skudai — wants all updates via WhatsApp +65 9127 4408.
        FYI owner Mr. Kenneth Yap Boon Hock (No. 5, Jalan Mawar 11, Taman Sentosa Klang) is on dialysis Mon/Wed/Fri, so schedule the hacking only on those days when he's at the centre.
        Adjudication AIAC/D/ADJ-4127-2025: Mohan a/l Krishnan (sole prop, t/a Mohan Renovation) v. Lee Siew Ping, claim RM36,200 for unpaid progress claims on her house.
        Mohd Hafiz bin Ahmad Nizam's payslip shows RM7,420 gross; the bank needs it plus his EPF statement before releasing the first drawdown for his house in Bandar Baru Bangi.
        Neighbour complaint from Mrs. Rani Devi at No. 19 Jalan Kenari 4 (blue gate), 016-422 8153 — she says our lorry cracked her drain cover.
        Buyer Mr. Zhang Wei, PRC ID 440306198507123417, passport EJ4471823, MM2H holder, building a bungalow in Desa ParkCity.
        Pls transfer the balance to my own account, Ahmad Tarmizi bin Zulkifli, RHB 1120 3300 4417 68, not the company one — I'm closing the sdn bhd.
    """),
    "zh-Hans": _lines("""
        业主黄丽娟小姐，电话 012-476 3390，地址：No. 15, Jalan Kenanga 8, Taman Kenanga, 75200 Melaka。报价请发给她。
        工人阿福（Nguyen Van Phuc，越南护照 C2847193）昨天在工地中暑晕倒，送去新山中央医院了。
        陈志豪先生（IC 730226-07-5013）的屋子漏水投诉已经第三次了，他说再不修就去TTPM告我们。
        尾款请转到我太太的户口：林美玲，Public Bank 3192 5548 06，谢谢老板。
        厦门来的业主李建国，身份证350203199102285520，在新山买了双层排屋，要求全部改成中式装修。
        香港业主何嘉欣（HKID K482913(1)）要求所有文件寄到她沙田的地址：沙田第一城32座18楼F室。
        隔壁23号（Jalan SS 2/64）的王秀英太太说她有心脏病，施工噪音让她晚上睡不着，要我们早上10点后才开工。
        师傅郑志强（Ah Keong）的车是 JRF 5514，工钱每天RM220，这个月已经预支RM1,500。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Salam, boleh dapatkan sebut harga extend dapur?"),
        ("assistant", "Boleh. Boleh bagi saiz anggaran & lokasi rumah?"),
        ("user", "Rumah teres setingkat, nak extend 15 kaki ke belakang"),
        ("assistant", "Baik, kami perlu buat lawatan tapak dulu sebelum sebut harga rasmi."),
        (
            "user",
            "Ok datang la Sabtu. No. 7, Jalan Cempaka 2/4, Taman Cempaka, 68000 Ampang. Nama saya Rahimah binti Yaacob, 019-880 3346",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu admin syarikat kontraktor. Bantu pelanggan mengisi permohonan permit ubahsuai PBT.",
        ),
        ("user", "sy nk mohon permit MBPJ utk tukar bumbung porch"),
        ("assistant", "Baik. Saya perlukan nama penuh pemohon, no. K/P dan alamat tapak."),
        ("user", "Mohd Ridzuan bin Abdullah"),
        ("user", "IC 690930-08-5121"),
        ("user", "alamat 33 Jalan SS 3/29, Taman Universiti, 47300 PJ"),
        ("assistant", "Terima kasih, draf borang akan dihantar untuk semakan tuan."),
    ],
    [
        ("user", "Hi, I want to log a defect for my condo unit under DLP"),
        ("assistant", "Sure. What is the defect and which unit is it?"),
        (
            "user",
            "Mould everywhere in the master bedroom after the ceiling leak, unit A-23-05 Vista Seri Alam",
        ),
        (
            "user",
            "my son Ethan has severe asthma and he's been admitted twice this month because of it. I'm Grace Chia, 012-583 9027",
        ),
        ("assistant", "Noted, I'll escalate this to the developer's defect team as urgent."),
    ],
    [
        ("user", "你好，想问装修浴室大概多少钱？"),
        ("assistant", "一般小浴室翻新RM8,000到RM15,000，看材料和面积。"),
        ("user", "好的，麻烦派人来看一下。我姓刘，刘国荣"),
        ("user", "电话 016-728"),
        ("user", "4135"),
        ("user", "地址是 No. 12, Jalan Sutera Tanjung 8/3, Taman Sutera Utama, 81300 Skudai"),
    ],
    [
        ("user", "bos, claim no. 4 bila nak bayar? dah lewat 2 minggu"),
        ("assistant", "Maaf En., akaun tengah proses. Boleh sahkan akaun penerima?"),
        ("user", "bayar terus ke akaun sy, Hakim bin Jusoh, Bank Islam 1203 4017 7762 59"),
        ("user", "IC 920617-11-5247 kalau bank minta"),
        ("assistant", "Baik, akan diproses esok."),
    ],
    [
        (
            "system",
            "You are a customer service assistant for a renovation contractor in Johor Bahru. Be polite and concise.",
        ),
        (
            "user",
            "Hi, I'm the owner in Singapore, I can't come to JB for the handover this Saturday",
        ),
        ("assistant", "No problem, you can authorise someone to collect the keys on your behalf."),
        (
            "user",
            "ok my brother-in-law will come. Owner is me, Tay Hwee Ling, NRIC T1298347B, mobile +65 8213 6690",
        ),
        ("user", "he'll bring a copy of my IC and the authorisation letter"),
        ("assistant", "Thank you, we'll prepare the handover form."),
    ],
    [
        ("user", "Tadi ada accident kat tapak Bangi, pekerja jatuh dari bumbung"),
        (
            "assistant",
            "Harap semua selamat. Perlu laporkan ke JKKP dan PERKESO. Siapa nama pekerja?",
        ),
        ("user", "Mohammad Ali Hossain, pasport Bangladesh EF7730152"),
        ("user", "dia retak tulang belakang, doktor kata mungkin tak boleh kerja 3 bulan"),
        ("assistant", "Baik, sila simpan laporan perubatan untuk tuntutan PERKESO."),
    ],
    [
        ("user", "Contractor for my extension left halfway, I paid RM28k already"),
        (
            "assistant",
            "You could file a claim at the Tribunal for Consumer Claims or pursue it in court.",
        ),
        (
            "user",
            "already did, case TTPM-W-(P)-0892-2025, hearing 18 Nov. claimant is me, Suresh a/l Pillai, house at 4 Jalan Angsana 2, Cheras",
        ),
        ("assistant", "Bring the contract, payment receipts and site photos to the hearing."),
    ],
    [
        ("user", "订金RM12,000可以刷卡吗？"),
        ("assistant", "可以，接受Visa、Mastercard和银联。"),
        ("user", "银联卡 6214 8300 1772 6406，持卡人周海燕"),
        ("user", "有效期 11/29，账单地址是 Taman Molek 那间 No. 30 Jalan Molek 1/9"),
        ("assistant", "收到，收据会在付款后发给您。"),
    ],
    [
        ("user", "Tolong semak tuntutan kemajuan PC-02 utk rumah owner kat Kuala Terengganu"),
        ("assistant", "Boleh. Nilai kerja siap dan butiran owner?"),
        ("user", "nilai RM42,800, tolak retention 5%"),
        ("user", "owner Wan Nur Syafiqah binti Wan Ahmad, 951218-06-5370"),
        (
            "user",
            "dia baru bersalin minggu lepas, jadi suami dia yang tandatangan — Azrul, 017-930 2258",
        ),
        ("assistant", "Baik, tuntutan bersih selepas retention ialah RM40,660.00."),
    ],
]
