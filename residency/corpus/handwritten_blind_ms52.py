# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms52: homestay dan pelancongan desa (tempahan, deposit, ulasan tetamu, pemandu pelancong, lesen MOTAC, aduan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms52
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan homestay"): _lines("""
        🏡 HOMESTAY TOK WAN, Kg. Jeram Linang, Machang — 3 bilik, 2 bilik air, aircond semua bilik, muat 12 org. RM250/malam (Isnin-Khamis), RM300 weekend & cuti umum.
        Chalet Pak Long Tepi Sawah, Sekinchan: view sawah padi, free wifi, BBQ pit, parking 4 kereta. Tempahan melalui link di bio ya 😊
        Promosi Merdeka! Diskaun 15% utk tempahan 3 malam ke atas sepanjang Ogos. Kod: MERDEKA15. Tertakluk kpd kekosongan.
        Homestay Muslim friendly 🕌 5 minit ke Masjid Sultan Abu Bakar, 10 minit ke pantai. Sejadah & telekung disediakan.
        Kampung Stay @ Kuala Tahan — pakej 2H1M termasuk makan, aktiviti menoreh getah, tangkap ikan sungai & malam kebudayaan. RM189/dewasa, RM120/kanak2 (4-12 thn).
        Check-in 3.00 ptg, check-out 12.00 tgh. Late check-out RM20/jam (tertakluk kekosongan).
        Homestay berdaftar dgn MOTAC di bawah Program Pengalaman Homestay Malaysia. Sijil dipamer di ruang tamu.
        Ada 3 unit: Rumah Kayu Mak Andak (6 pax), Rumah Limas (10 pax), Rumah Serambi (4 pax). Semua ada dapur lengkap.
        DM utk tarikh kosong. Talian tempahan KampungStay: 1-300-88-6263 (9pg-6ptg, Isnin-Sabtu).
        Hanya 45 min dari KLIA, sesuai utk transit. Rate bulan puasa: RM160 semalam termasuk juadah sahur.
        NO PARTI, NO ALKOHOL, NO HAIWAN PELIHARAAN. Dilarang merokok dalam rumah — denda RM200.
        Pakej 'Sehari Bersama Keluarga Angkat': tinggal dgn keluarga angkat kampung, belajar buat kuih bahulu & anyam ketupat.
        Rumah Tumpangan Hang Tuah, Jalan Hang Jebat, Melaka — 2 min jalan kaki ke Jonker Walk.
    """),
    ("ms", "terma tempahan dan deposit"): _lines("""
        Deposit keselamatan RM100 dikenakan semasa daftar masuk dan akan dipulangkan dalam tempoh 3 hari bekerja selepas pemeriksaan rumah.
        Bayaran pendahuluan 50% diperlukan utk mengesahkan tempahan. Baki perlu dijelaskan sekurang-kurangnya 7 hari sebelum tarikh masuk.
        Pembatalan 14 hari sebelum tarikh masuk: bayaran balik penuh. 7-13 hari: 50%. Kurang 7 hari: tiada bayaran balik.
        Cukai Pelancongan RM10 sebilik semalam dikenakan ke atas pelancong asing mengikut Akta Cukai Pelancongan 2017; warganegara Malaysia dikecualikan.
        Deposit tidak akan dipulangkan sekiranya berlaku kerosakan, kehilangan kunci (RM50) atau kebersihan melampau (caj pembersihan RM80).
        No. Tempahan: HSB-2026-03-0418 | Jumlah: RM640.00 | Deposit dibayar: RM320.00 | Baki: RM320.00 | Status: DISAHKAN
        Resit Rasmi No. 004512 — Diterima drpd: ____________ Sebanyak Ringgit Malaysia: ____________ Bagi: Deposit Tempahan Homestay
        Pembayaran boleh dibuat melalui FPX, kad kredit/debit atau DuitNow QR. Sila simpan slip sebagai bukti.
        Tempahan kumpulan (20 pax ke atas) tertakluk kpd deposit tidak dikembalikan RM500 dan perjanjian bertulis.
        Bayaran balik deposit akan dikreditkan ke akaun asal dalam 7-14 hari bekerja, bergantung kepada bank penerbit kad.
        Harga dalam RM termasuk cukai perkhidmatan 8%; Cukai Pelancongan dikutip berasingan semasa daftar masuk.
        Tetamu wajib tunjuk dokumen pengenalan diri semasa daftar masuk. Salinan tidak disimpan, hanya 4 digit terakhir direkod dlm sistem.
        Sekiranya penerbangan dibatalkan, sila kemukakan bukti (cth. e-mel syarikat penerbangan) dalam 48 jam utk kredit tempahan.
    """),
    ("ms", "ulasan tetamu"): _lines("""
        ⭐⭐⭐⭐⭐ Rumah bersih, wangi, tuan rumah sangat peramah. Anak2 suka main kat sungai belakang rumah. Confirm repeat!
        3/5. Lokasi ok tapi aircond bilik 2 bocor, dah bgtau tapi x dibaiki. Tilam agak keras.
        Sarapan nasi lemak pagi tu memang terbaik 😍 sambal dia padu. Terima kasih Homestay Mak Su!
        Gambar dalam iklan lain, realiti lain. Tandas tersumbat, tuala ada tompok. Deposit RM100 pun lambat dipulangkan. Tak recommend.
        Perfect for family trip. Kids enjoyed the kelulut honey farm tour and the kuda kepang show. Parking a bit tight for 2 cars.
        Pemandu pelancong yg bawa kami ke Gua Tempurung sangat berpengetahuan, banyak cerita sejarah lombong bijih timah. Worth it.
        Respon tuan rumah: Terima kasih atas maklum balas. Aircond telah diservis pada 12/3 dan tilam baharu sudah diganti. Harap sudi datang lagi.
        Kami rombongan 30 org dari sekolah, semua diuruskan dgn baik. Aktiviti batik canting paling best.
        Jalan masuk kampung agak sempit & gelap waktu malam, tolong pasang lampu jalan. Selain tu semua ok.
        Suasana macam zaman Tok Janggut dulu haha, rumah kayu tradisional betul. Nyaman sangat.
        Dinilai 4.7/5 berdasarkan 312 ulasan (Kebersihan 4.8, Lokasi 4.5, Nilai 4.6).
        Beware — nyamuk banyak. Bawa ubat nyamuk sendiri. Tapi matahari terbit dari pangkin memang cantik gila.
        Mcm dlm filem P. Ramlee, ada kereta lembu & budak2 main gasing kat halaman 😂
    """),
    ("ms", "lesen MOTAC dan peraturan"): _lines("""
        Di bawah Akta Industri Pelancongan 1992 (Akta 482), menjalankan perniagaan pengendalian pelancongan tanpa lesen yang sah adalah suatu kesalahan.
        Lesen TOBTAB terbahagi kepada tiga kategori: Inbound, Outbound dan Ticketing. Permohonan dibuat secara dalam talian melalui sistem MOTAC.
        Pemandu pelancong wajib memakai kad lesen pemandu pelancong yg sah pada setiap masa semasa bertugas.
        Syarat penyertaan Program Homestay: sekurang-kurangnya 10 buah rumah peserta dalam satu kampung/kelompok, dan pengusaha wajib menghadiri kursus asas homestay.
        Tempoh kursus pemandu pelancong berbeza mengikut kategori: pemandu bandar (City Guide) atau pemandu alam semula jadi (Nature Guide).
        Contoh format no. lesen: KPK/LN: XXXX (syarikat pelancongan). Pastikan no. lesen dipaparkan pada semua bahan promosi & laman web.
        Alamat: Kementerian Pelancongan, Seni dan Budaya Malaysia, No. 2, Tower 1, Jalan P5/6, Presint 5, 62200 Putrajaya.
        Semakan status lesen syarikat boleh dibuat di portal MOTAC dengan memasukkan nama syarikat atau no. pendaftaran SSM.
        Menteri Pelancongan, Seni dan Budaya, Datuk Seri Tiong King Sing, berkata penguatkuasaan ke atas penginapan jangka pendek tidak berdaftar akan diperketat menjelang Tahun Melawat Malaysia 2026.
        Borang permohonan lesen pemandu: Bahagian A (maklumat pemohon), Bahagian B (kelayakan akademik), Bahagian C (pengalaman). Isi semua ruangan dgn HURUF BESAR.
        Penginapan jangka pendek (STRA) di kawasan strata memerlukan kelulusan Badan Pengurusan Bersama (JMB/MC) dan pihak berkuasa tempatan.
        Pada 2025, sebanyak 4,312 pengusaha homestay berdaftar di bawah program MOTAC melibatkan 226 kampung di seluruh negara.
        Lesen pemandu pelancong perlu diperbaharui sekurang-kurangnya 60 hari sebelum tamat tempoh; lesen tamat tempoh tidak boleh digunakan.
    """),
    ("ms", "aduan dan notis sistem"): _lines("""
        No. Aduan: ADU/MOTAC/2026/000873 telah diterima. Aduan anda akan disiasat dalam tempoh 14 hari bekerja.
        Templat balasan: Salam {nama_pengadu}, kami memohon maaf atas kesulitan berkaitan tempahan {no_tempahan}. Pegawai kami akan menghubungi anda dalam 48 jam.
        Aduan pengguna boleh dikemukakan kepada Tribunal Tuntutan Pengguna Malaysia (TTPM) bagi tuntutan tidak melebihi RM50,000.
        Kategori aduan terbanyak 2025: (1) deposit tidak dipulangkan — 38%, (2) penginapan tidak seperti iklan — 27%, (3) pembatalan saat akhir — 19%.
        Notifikasi: Pembayaran FPX utk Ref. FPX2603141122875 GAGAL. Sila cuba semula atau guna kaedah bayaran lain.
        [SMS] RM0 Homestay Bayu Desa: Tempahan BD-88213 anda DISAHKAN. Check-in 14/06 3ptg. Info: bayudesa.my/t/88213
        Sila JANGAN kongsi gambar IC, no. akaun bank atau OTP dlm group WhatsApp komuniti homestay. Urus dokumen tetamu melalui sistem tempahan sahaja.
        Talian Bantuan Pelanggan KampungStay (24 jam): 1-800-22-4567 | e-mel: bantuan@kampungstay.com.my
        Status aduan #C-20417: DITUTUP — Pengusaha telah membuat bayaran balik penuh RM260.00 pada 02/05/2026.
        Peringatan: Scammer menyamar sebagai homestay guna akaun bank pihak ketiga. Semak no. akaun di portal Semak Mule PDRM sebelum bayar deposit.
        Laporan polis boleh dibuat di mana-mana balai polis atau secara dalam talian melalui e-Reporting PDRM bagi kes penipuan tempahan.
        Maklum balas anda penting! Nilai penginapan anda dari 1 hingga 5 di pautan berikut: https://ulas.kampungstay.com.my/r/7Hk2Q9
    """),
    ("ms", "itinerari pakej"): _lines("""
        Hari 1: 10.00pg ketibaan & sambutan kompang; 12.30tgh makan tengah hari ala kampung; 3.00ptg aktiviti menanam padi; 8.30mlm persembahan dikir barat.
        Hari 2: 6.30pg mendaki Bukit Tabur (pemandu berlesen disediakan); 11.00pg lawatan ke Muzium Sultan Abu Bakar, Pekan.
        Lawatan ke Makam Mahsuri, Langkawi — tiket masuk RM15 dewasa, RM7 kanak-kanak (harga 2026).
        Perhentian ke-3: Galeri Sultan Azlan Shah, Kuala Kangsar; pakaian sopan diwajibkan.
        Pakej 3H2M Tasik Kenyir: bot, jungle trekking ke Air Terjun Lasir, memancing & BBQ. Minimum 6 pax. RM520/org.
        Titik pertemuan: Dataran Pahlawan Melaka, di hadapan pintu masuk utama, jam 8.00 pagi.
        Jalan kaki melalui Jalan Tun Tan Cheng Lock dan Jalan Hang Jebat — lorong warisan UNESCO.
        Singgah di galeri komik yang diilhamkan oleh 'Budak Kampung' karya kartunis Datuk Lat.
        Sesi bercerita legenda Puteri Gunung Ledang oleh penglipur lara di balai raya kampung.
        Nota: Jadual tertakluk kpd keadaan cuaca. Aktiviti sungai dibatalkan jika paras air melebihi tahap amaran JPS.
        Harga pakej termasuk: penginapan, 5 kali makan, van, yuran masuk & insurans perjalanan. Tidak termasuk: tip pemandu & pembelian peribadi.
        Lawatan ke replika Kampung Durian Runtuh — bergambar dengan Upin & Ipin, Kak Ros, Tok Dalang & Opah.
    """),
    ("en", "sistem tempahan"): _lines("""
        POST /api/v2/bookings {"homestay_id": 4412, "check_in": "2026-06-14", "nights": 2, "guests": 6} → 201 Created
        Release 3.8.2 (2026-11-20): fixed deposit refund rounding bug; commit a41f9c2e7b; migration 0047_add_tourism_tax_field.
        CSV export header: booking_id,check_in,check_out,nights,total_rm,deposit_rm,status
        Guest PII (name, MyKad/passport no., phone) must be stored in the `guest_private` table, encrypted at rest, and purged 90 days after check-out.
        Tracking: J&T EMS 630012874415 — welcome pack (batik sarong + kuih) dispatched to property #HS-0912.
        SHA-256 of invoice PDF: 6f4c4c2897e60a59df42902ab766ea5d0c1dc61fa8d3b9c7642d99120c6798f2
        Webhook retry #3 for event deposit.refunded (evt_01J8Z3Q4M2K9) at 2026-05-02T03:14:07+08:00
        Placeholder test data: guest_name='TEST GUEST', ic_no='000000-00-0000', phone='+60 00-000 0000'.
        Occupancy Q3 2026: 61.4% (Peninsular), 54.9% (Sabah), 48.2% (Sarawak); ADR RM182.
        Error 422: field `motac_reg_no` must match pattern ^MOTAC/HS/[A-Z]{3}/[0-9]{4}$
        Cron job `release_deposit_holds` runs daily at 02:00 MYT; holds older than 72h are auto-released.
        Invoice INV-2026-004417 | Homestay Seri Kenanga Sdn. Bhd. (SSM 202301045678) | Amount RM1,250.00 | Due 30/06/2026
    """),
    ("zh-Hans", "旅游攻略"): _lines("""
        马来西亚甘榜民宿体验：住在马来家庭里，吃椰浆饭、学做竹筒饭，价格约每晚RM150-250。
        注意：外国游客入住需缴纳旅游税，每间房每晚RM10，由民宿代收。
        预订时一般要先付50%订金，可以用DuitNow或银行转账，记得保留转账截图。
        兰卡威的玛苏丽墓（Makam Mahsuri）是当地传说景点，门票不贵，值得一去。
        正规导游都持有马来西亚旅游部（MOTAC）颁发的导游证，报团前可以先问一下牌照号码。
        金马仑高原的民宿旺季（6-8月、12月）价格会上涨30%左右，建议提前两个月订。
        甘榜之家订房平台客服热线：+60 3-2161 8888（英文/中文/马来文），工作时间 9:00-18:00。
        马六甲鸡场街（Jonker Street）附近的民宿大多是老店屋改建，周末夜市非常热闹。
        订单号 KS20260614-0088，入住 6月14日，退房 6月16日，共2晚，合计 RM560。
        如遇押金不退，可向马来西亚消费人索偿仲裁庭（TTPM）投诉，金额上限RM50,000。
        登嘉楼的甘榜民宿附近可以看海龟产卵，但请遵守保护区规定，不要用闪光灯。
        东姑阿都拉曼公园（Tunku Abdul Rahman Park）是沙巴亚庇外海的海洋公园，适合浮潜。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Salam kak, sy Nurul Ain Zulkifli nk confirm booking 14-16 Mac. Deposit RM150 dh transfer, resit sy WA ke 019-387 2216 ye. Tq!
        Nama: Mohd Hafizuddin bin Razali | No. KP: 900314-03-5527 | Kenderaan: DCF 4417 | Masuk: 12/04 3ptg | Pax: 5
        Deposit boleh bank in ke Maybank 1621 4408 3917 a/n ROSNAH BINTI ABDUL GHANI (pemilik homestay), pastu screenshot ke sy.
        Pemandu kami hari tu En. Johari bin Sulaiman, lesen pemandu pelancong MOTAC no. PP/N/2019/04127, tel 013-718 2046. Sangat recommend!
        Anak saya Aqil Haziq (7 thn) alahan kacang teruk, lepas makan kuih kat homestay tu terus bengkak muka & kena kejar ke Klinik Kesihatan Kuala Krai. Saya Norhayati, mak dia.
        SENARAI HITAM: Mohd Shahrul Nizam bin Kamal, IC 920611-14-6613, lari tanpa bayar baki RM350 & rosakkan TV. Dah report polis Balai Bentong.
        Tetamu: Siti Norhaliza bt Idris, IC ******-**-5528, tel 012-6xx 4471, bilik 3, 2 malam
        Saya cikgu je, gaji bersih RM3,850 sebulan, tolong la bagi diskaun sikit utk rombongan keluarga 😅 — Cikgu Faizal Rosli, SK Kampung Gajah
        Alamat utk pos resit & cenderamata: Puan Halimah Yusof, No. 27, Jalan Seri Mawar 3, Taman Seri Mawar, 34000 Taiping, Perak.
        Ayah saya Haji Ismail bin Daud, 74 thn, guna kerusi roda lepas strok tahun lepas. Ada bilik tingkat bawah & tandas duduk tak?
        Isteri saya Farah Diyana mengandung 7 bulan, ada risiko pra-eklampsia, jadi kami minta bilik paling dekat dgn tandas ya. - Azlan Mokhtar
        Waris kecemasan: Kamarul Ariffin (suami), 012-663 9018. Tetamu utama: Nor Azura Mahmud, lahir 17 Okt 1989.
        Pengusaha Homestay Teratai di Kampung Lebak, Zainal Abidin bin Hashim, 61, didenda RM5,000 oleh Mahkamah Majistret Temerloh semalam kerana mengusahakan penginapan tanpa pendaftaran.
        Kak, ni no. akaun CIMB sy utk refund deposit: 7063 4418 29, nama Wan Nur Syazwani bt Wan Hassan. Tq
        Pak Hassan Mat Isa yg jadi pemandu bot kat jeti Kuala Tahan tu baru keluar penjara kes dadah, hati2 bawa anak dara naik bot dia.
        Pemandu pelancong Kamaluddin Osman dibayar RM150 sehari tunai je, tak ada KWSP & PERKESO. Dia dah 9 tahun kerja dgn syarikat ni.
        Surprise birthday utk Nur Izzati Rahim, lahir 3 Jun 1998 — tolong sediakan kek & belon dlm bilik sebelum kami sampai jam 4.
        Hantar invois ke emel faridah.yusof77@gmail.com ye (Faridah Yusof, ketua rombongan PIBG SK Seri Gading).
        Passport: A38172946, nama LIM CHEE KEONG, warganegara Malaysia, lahir 22/09/1985 — utk pendaftaran pakej ke Sabah.
        Host tu Kak Lina (Homestay Cempaka, Kg. Pulau Keladi) baru bercerai & tengah dapat rawatan kemurungan, sebab tu lambat balas WhatsApp.
        WA terus Pak Din, 011-2367 8821. Rumah dia Lot 1123, Kampung Sungai Lembu, 09000 Kulim, sebelah surau.
        Sy Amirul Hakim dari Seksyen 7 Shah Alam, plat kereta BQA 7721 (Myvi putih). Tolong reserve parking depan rumah ye sebab kami sampai lewat malam.
        Baki RM420 dah bayar guna kad 5196 5937 6578 8671 exp 11/27, nama atas kad NOOR AZLINA BT MOHD — harap dapat resit.
        Rombongan kami ada seorang OKU, Encik Rusli Ahmad (pekak sejak lahir), jadi taklimat keselamatan tolong sediakan dalam bentuk bertulis.
        Senarai peserta: 1) Aminah bt Salleh 650420-11-5012, 2) Rohaya bt Salleh 680103-11-5238, 3) Che Som bt Ali 590717-11-5414 — kelab warga emas Kg. Kuala Ibai.
        Tolong jangan bagitau sesiapa, sy datang dgn kekasih, bukan isteri 🙏 nama sy Hairul Anuar, no tel 017-455 2389.
        No. DuitNow sy 0148823761 (Mazlan bin Che Ros) — transfer deposit RM80 ke situ ya, terus masuk akaun Bank Islam.
        Boleh dpt bilik 2 malam? Sy Sharifah Nadiah dari Kota Bharu, kerja nurse kat HRPZ II, cuti 18-20 Mei je.
        TikTok @kakjiehomestay ni milik Khadijah Abd Manaf, dia jual pakej homestay palsu, dah 4 org kena tipu termasuk sy (RM600).
        Pemandu alam semula jadi Sabah: Jeffrey Gimbang, IC 870925-12-5597, no. tel 016-832 4015, bawa trip Kinabalu & Kiulu.
        Ibu sy Puan Zaleha Omar (62) kena dialisis 3x seminggu, jadi kami perlu homestay yg dekat dgn pusat dialisis di Kuantan.
        Tuan rumah: Wan Ahmad Fadzil, Lot 4512 Kampung Padang Tembak, 16100 Kota Bharu — jangan lupa bawa IC, dia rekod semua tetamu.
        Resit pindahan: Ke 7061 4420 13 (CIMB) RM300.00 Ref: deposit homestay Jun — Dari: LOKMAN HAKIM BIN ZAKARIA 3198733521 (PBB)
        Pembantu homestay kami, Siti Rahmah (warga Indonesia, permit kerja tamat Jan 2026), dibayar RM1,200 sebulan.
        Tolong jgn letak nama sy dlm review: Norazman bin Jusoh, pegawai polis IPD Marang, bawa keluarga bercuti senyap2.
        Gambar IC tetamu: WAN MOHD ZAKI BIN WAN IBRAHIM, 850102-03-6243, Lot 77 Kg Tualang, 17500 Tanah Merah, Kelantan.
    """),
    "en": _lines("""
        Booking under Tan Wei Ling, NRIC S8734125I, HP +65 9127 4483, 2 adults 1 child, driving up Sat in SJK 4821U via Second Link.
        Guest: Johanna Weber (DE), passport C4F7K2L9M, DOB 14.02.1990 — vegetarian, allergic to shellfish.
        Hi, I'm Priya Nair, reach me at priya.nair.kl@outlook.com or +60 17-209 5541; my husband Arjun has type 1 diabetes so we need a fridge for his insulin.
        Refund to card 4265 1267 4570 5462, cardholder MR DANIEL KOH JUN HAO, booking KS-77120.
        Our guide, Mr. Rajesh s/o Muniandy (guide licence PP/K/2021/00813), was drunk during the river trip — complaint filed by Grace Lee, 012-883 4190.
        Emergency contact for Mdm Ong Siew Lan, 78 (dementia, tends to wander at night): son Ong Kah Meng, 8123 6094.
        FIN G5127390M — Ravi Kumar, works at a Tuas shipyard, staying 3 nights, paying cash.
        Please send the invoice to Mr. Benjamin Chua, Blk 412 Bedok North Ave 2, #07-118, Singapore 460412.
    """),
    "zh-Hans": _lines("""
        我叫林晓宇，身份证号 44030619880512272X，手机 138 2417 6639，订金已经微信付了。
        导游合同：甲方 周婷，身份证 350203199102271540，护照 EB3841276，日薪RM300。
        老公王磊有高血压和痛风，民宿能不能别放海鲜？我是刘燕，微信号 liuyan_0814，有事联系。
        押金麻烦退到这张卡：招商银行 6225 8880 5225 3717，户名 张海燕。
        客人赵丽 110105197908143066 带母亲来住，母亲刚做完心脏搭桥手术，需要一楼房间。
    """),
    "zh-Hant": _lines("""
        訂房人：陳嘉欣，HKID Y562384(5)，電話 6218 4073，住兩晚，另加一張嬰兒床。
        台灣旅客林怡君，身分證字號 F227193548，LINE ID: yijun_lin0825，預計 3/21 入住。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu tempahan Homestay Seri Kenanga. Jawab dlm BM santai dan ringkas.",
        ),
        ("user", "Salam, ada kosong tak 21-23 Nov utk 8 org?"),
        (
            "assistant",
            "Waalaikumussalam! Ada, Rumah Limas muat 10 pax. Harga RM300/malam, deposit 50%.",
        ),
        ("user", "Ok nak book. Nama Syazwan"),
        ("user", "Syazwan bin Abdul Latif, IC 950823-06-5331"),
        (
            "assistant",
            "Terima kasih, tempahan HSK-1121 disimpan. Sila bayar deposit RM300 dlm 24 jam.",
        ),
    ],
    [
        ("user", "Sy nak buat aduan, dah 3 minggu deposit RM200 x dipulangkan"),
        ("assistant", "Maaf atas kesulitan. Boleh berikan no. tempahan dan tarikh menginap?"),
        ("user", "BD-87450, menginap 2-4 Mei kat Homestay Bayu Desa"),
        ("assistant", "Terima kasih. Kami perlukan butiran akaun utk proses bayaran balik."),
        (
            "user",
            "Maybank 1144 2056 7781, nama Nabilah Huda bt Roslan. Tolong cepat sikit, tu duit belanja anak sekolah",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a nice review for the homestay we stayed at in Kampung Kiulu?",
        ),
        ("assistant", "Of course! What did you enjoy most about the stay?"),
        (
            "user",
            "The food and the river. The host, Auntie Rosita Majalang, cooked every meal even though she told us she's on chemo for breast cancer. Please mention how strong she is.",
        ),
        (
            "assistant",
            "That's touching. Here's a draft: 'Wonderful stay by the Kiulu river, home-cooked meals every day...'",
        ),
    ],
    [
        ("system", "You help tour guides with MOTAC licence renewals. Do not store personal data."),
        ("user", "Lesen pemandu sy nak tamat bulan depan, macam mana nak renew?"),
        (
            "assistant",
            "Anda boleh mohon pembaharuan secara dalam talian sekurang-kurangnya 60 hari sebelum tamat tempoh.",
        ),
        (
            "user",
            "Ok tolong isi borang ni utk sy: Nama Mohd Ridzuan bin Ahmad Tarmizi, IC 830517-08-6129, alamat No. 15 Lorong Teratai 4, Taman Teratai, 31650 Ipoh, lesen PP/A/2020/01195",
        ),
        (
            "assistant",
            "Maaf, saya tidak boleh menghantar borang bagi pihak anda, tetapi boleh terangkan setiap ruangan.",
        ),
    ],
    [
        ("user", "你好，我想订金马仑的民宿，12月20号到23号，两个大人"),
        ("assistant", "您好！12月20-23日还有双人房，每晚RM220，需要先付50%订金。"),
        ("user", "好的，我叫杨思远，护照号 EA5526183"),
        ("user", "手机 +86 186 7023 4419，微信同号"),
        ("assistant", "收到，订单 CH-2212 已保留，请在24小时内付款。"),
    ],
    [
        (
            "system",
            "Anda membantu pengusaha homestay menyusun senarai tetamu. Jangan ulang semula data peribadi dalam jawapan.",
        ),
        (
            "user",
            "Tolong susun ikut abjad: Zulhilmi Yaakob 013-440 2871; Aisyah Kamaruddin 019-902 3364; Marina Tan 012-557 0189",
        ),
        (
            "assistant",
            "Sudah disusun mengikut abjad (A, M, Z). Nombor telefon dikekalkan dalam fail asal anda.",
        ),
    ],
    [
        ("user", "Hi, booking for 2 families from Singapore, 27-29 Dec"),
        ("assistant", "Great! How many adults and children, and any special needs?"),
        (
            "user",
            "4 adults 3 kids. My son Ethan (9) has severe asthma so no carpets or smoking please",
        ),
        ("user", "Main guest: Sarah Lim Hui Min, NRIC T0218457A, mobile 8842 6170"),
        ("assistant", "Noted — a carpet-free, non-smoking unit is reserved under booking SG-2712."),
    ],
    [
        ("user", "Nak report homestay scam kat Pantai Cenang"),
        ("assistant", "Baik. Sila nyatakan butiran transaksi dan akaun penerima."),
        (
            "user",
            "Sy bayar RM450 ke akaun RHB 1580 4420 1137 88 atas nama MUHAMMAD FIKRI BIN ZAHARI, lepas tu dia block sy",
        ),
        (
            "assistant",
            "Sila buat laporan polis dan semak akaun tersebut di portal Semak Mule PDRM.",
        ),
        ("user", "Ok. Nama sy Liyana, nombor sy 011-1094 5526 kalau pegawai nak contact"),
    ],
    [
        ("user", "Draft a polite WhatsApp msg to tell a guest we won't accept his booking"),
        ("assistant", "Sure. Is there a reason you'd like to mention?"),
        (
            "user",
            "He's Encik Badrul Hisham, last time he damaged the sofa and drove off in his Hilux WUP 3386 without paying RM600",
        ),
        (
            "assistant",
            "Here's a draft: 'Salam Encik, dukacita dimaklumkan kami tidak dapat menerima tempahan anda buat masa ini...'",
        ),
    ],
    [
        ("user", "Apa beza lesen TOBTAB inbound dan outbound?"),
        (
            "assistant",
            "Inbound utk pelancong masuk ke Malaysia, outbound utk membawa pelancong ke luar negara.",
        ),
        ("user", "Kalau nak buat pakej homestay utk pelancong Brunei, perlu yg mana?"),
        (
            "assistant",
            "Lesen inbound. Jika anda juga jual tiket penerbangan, perlu kategori ticketing.",
        ),
        (
            "user",
            "Ok noted. Sy Rahimah Che Mat, boleh emel sy kat rahimah.chemat82@yahoo.com senarai dokumen yg perlu?",
        ),
    ],
]
