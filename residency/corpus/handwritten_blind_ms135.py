# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms135: kelab karom, dam dan catur di Malaysia (pertandingan, pendaftaran ahli, yuran, aduan, pemain muda, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms135
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pertandingan"): _lines("""
        NOTIS: Kejohanan Karom Terbuka Daerah Petaling 2027 akan diadakan pada 16-17 Januari di Dewan Serbaguna MBPJ, Jalan Yong Shook Lin, Petaling Jaya. Pendaftaran dibuka 8 pagi.
        Pertandingan Dam Haji Sempena Hari Kebangsaan: kategori terbuka, veteran (55 tahun ke atas) dan bawah 12. Hadiah wang tunai keseluruhan RM3,500. Talian urusetia 03-7956 2210.
        Kejohanan Catur Rapid Piala Sultan Selangor: 7 pusingan Swiss, kawalan masa 15 minit + 10 saat, dinilai FIDE Rapid. Had penyertaan 180 pemain, siapa cepat dia dapat.
        Peserta diminta hadir sekurang-kurangnya 30 minit sebelum pusingan pertama bermula jam 9.30 pagi. Pemain yang lewat melebihi 15 minit akan diisytiharkan kalah.
        Borang penyertaan boleh dimuat turun di www.kelabkaromshahalam.org.my/daftar atau diambil di kaunter Pusat Komuniti Seksyen 7. Tarikh tutup: 31 Disember 2026, 5 petang.
        Makluman: Perlawanan liga karom beregu minggu ke-6 ditunda ke 24 Januari kerana dewan digunakan sebagai pusat mengundi. Jadual baharu dipaparkan di papan kenyataan.
        Pertanyaan mengenai kejohanan boleh dihantar ke WhatsApp urusetia 011-1092 7740 (Isnin hingga Jumaat, 10 pagi - 6 petang) atau e-mel pertandingan@catur-kl.my.
        Upacara penyampaian hadiah akan disempurnakan oleh Yang Dipertua Majlis Bandaraya Ipoh pada jam 5.00 petang, 17 Januari 2027, di Dewan Bandaran Ipoh.
        Kejohanan Catur Pelajar MSSD Hulu Langat 2027: setiap sekolah dibenarkan menghantar maksimum 4 pemain lelaki dan 4 pemain perempuan bagi kategori L12, P12, L18 dan P18.
        Yuran penyertaan RM40 (dewasa) dan RM25 (pelajar) perlu dibayar ke akaun Maybank Kelab Catur Bandar Baru Bangi 5621-4470-3318 sebelum 10 Januari. Sertakan resit dalam borang.
        Kod pakaian: kemeja berkolar atau baju kelab. Selipar tidak dibenarkan di kawasan permainan. Telefon bimbit mesti dimatikan dan disimpan dalam beg sepanjang pusingan.
        Pertandingan Karom Antara Kampung Mukim Batu 2027 anjuran JKKK dengan kerjasama Persatuan Karom Selangor, di Balai Raya Kampung Batu 4, Jalan Kuala Selangor.
        Senarai pemain pilihan (seeded) akan diumumkan pada 12 Januari berdasarkan senarai penarafan kebangsaan MCF edisi Disember 2026 dan senarai FIDE 1 Januari 2027.
    """),
    ("ms", "soalan_lazim_keahlian"): _lines("""
        S: Siapakah yang layak menjadi ahli Kelab Catur Seremban? J: Terbuka kepada semua warganegara dan pemastautin tetap berumur 7 tahun ke atas. Pemain bawah 18 perlu kebenaran ibu bapa.
        S: Berapakah yuran keahlian tahunan? J: RM60 untuk dewasa, RM30 untuk pelajar dan warga emas 60 tahun ke atas. Yuran pendaftaran sekali sahaja RM10.
        S: Bagaimana cara membayar yuran? J: Melalui DuitNow QR di kaunter, FPX di laman web kelab, atau pindahan bank ke akaun CIMB kelab 8603-1177-42. Sila simpan resit.
        S: Adakah ahli baharu perlu ada penarafan FIDE? J: Tidak. Pemain tanpa penarafan dialu-alukan. Kelab akan membantu mendaftarkan FIDE ID melalui MCF jika anda ingin bertanding.
        S: Bilakah sesi latihan diadakan? J: Setiap Rabu 8 malam hingga 11 malam dan Sabtu 2 petang hingga 6 petang di Bilik Aktiviti Tingkat 2, Kompleks Belia Seremban.
        S: Bolehkah saya membawa papan karom sendiri? J: Boleh, tetapi semua perlawanan rasmi menggunakan papan kelab bersaiz standard 74 cm x 74 cm dan buah karom yang diluluskan.
        S: Apakah dokumen yang diperlukan semasa pendaftaran? J: Salinan MyKad atau sijil kelahiran (untuk kanak-kanak), sekeping gambar berukuran pasport dan borang yang lengkap diisi.
        S: Adakah yuran dikembalikan jika saya berhenti? J: Yuran tahunan tidak akan dikembalikan. Keahlian boleh dipindahkan kepada ahli keluarga dengan kelulusan AJK.
        S: Bagaimana menghubungi kelab? J: Telefon pejabat 06-763 4409, WhatsApp Business 016-330 8812, atau e-mel setiausaha@kelabcaturseremban.org. Pejabat dibuka Selasa hingga Sabtu.
        S: Adakah kelab menyediakan kelas dam untuk kanak-kanak? J: Ya, kelas Dam Haji asas untuk umur 8-12 tahun setiap Ahad, 10 pagi. Yuran RM80 sebulan untuk 4 sesi.
        S: Apakah nombor pendaftaran kelab? J: Kelab berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia di bawah No. PPM-005-05-14082011 sejak tahun 2011.
        S: Adakah kelab mempunyai kumpulan WhatsApp? J: Ya. Pautan jemputan diberi selepas yuran dijelaskan. Hanya admin boleh menghantar pengumuman; perbincangan di kumpulan sembang berasingan.
        S: Bolehkah ibu bapa menunggu di dalam dewan semasa kelas? J: Ibu bapa boleh menunggu di ruang legar. Dewan permainan hanya untuk pemain dan jurulatih bagi menjaga ketenangan.
    """),
    ("ms", "senarai_harga_yuran"): _lines("""
        Papan Karom Saiz Pertandingan (kayu jati, bingkai 4 inci) - RM489.00 | Papan Latihan 28 inci - RM165.00 | Set Buah Karom Kayu (19 keping) - RM28.00
        Striker Karom Plastik kelulusan ICF (15 gram) RM18.50; Serbuk Karom Boric 200g RM6.90; Penutup Papan Kanvas RM35.00. Harga termasuk SST 8%.
        Set Catur Staunton No. 6 berpemberat + papan vinil gulung 50 cm: RM95. Jam catur digital DGT 2010: RM249. Set Dam Haji papan lipat 10x10: RM32.
        Yuran Keahlian 2027: Ahli Biasa RM60/tahun, Ahli Pelajar RM30/tahun, Ahli Keluarga (maksimum 4 orang) RM150/tahun, Ahli Seumur Hidup RM600 sekali bayar.
        Sewa meja karom di kelab: RM5 sejam untuk bukan ahli, percuma untuk ahli pada hari bekerja sebelum 6 petang. Sewa dewan untuk kejohanan: RM350 sehari.
        Kelas Catur Pemula (8 sesi x 90 minit) RM240; Kelas Pertengahan (8 sesi) RM320; Kelas Persendirian RM90 sejam. Diskaun 10% untuk adik-beradik.
        Yuran Penyertaan Liga Karom Beregu Musim 2027: RM200 sepasukan (4 pemain + 1 simpanan). Deposit pasukan RM100 dikembalikan jika tiada walkover sepanjang musim.
        Harga Buku: Asas Catur untuk Kanak-Kanak edisi ke-3 RM29.90; Logical Chess: Move by Move karya Irving Chernev RM72.00; My System oleh Aron Nimzowitsch RM85.00.
        Jersi Kelab 2027 (dri-fit, saiz XS-3XL) RM45 sehelai, cetakan nama di belakang tambahan RM8. Tempahan ditutup 15 Januari, pengambilan di kaunter kelab.
        SKU KRM-BRD-T32 Papan Karom Tournament 32mm stok: 12 unit | SKU CTR-CLK-DGT3000 Jam DGT 3000 stok: 4 unit | SKU DAM-SET-L10 stok: 27 unit
        Yuran Kejohanan Catur Rapid Terbuka: Dewasa RM50, Bawah 18 RM30, Wanita RM30, GM/IM/WGM/WIM percuma. Bayaran lewat selepas 5 Jan tambahan RM20.
        Caj penggantian kad ahli yang hilang RM10. Caj lewat bayar yuran tahunan RM5 sebulan, maksimum RM30. Cek tak laku dikenakan caj pentadbiran RM25.
        Pakej Latihan Cuti Sekolah (Dis 2026): 5 hari, 9 pagi-1 petang, termasuk makan tengah hari dan sijil penyertaan, RM380 seorang. Kuota 40 tempat sahaja.
    """),
    ("en", "tournament_regulations"): _lines("""
        Rule 4.2: A player may touch only their own pieces; a player who deliberately touches a piece must move or capture it, as set out in Article 4 of the FIDE Laws of Chess.
        Carrom Rule 7: A player pocketing the Queen must cover it by pocketing one of their own carrom men in the same or the next stroke, otherwise the Queen is returned to the centre.
        Mobile phones and electronic devices are strictly prohibited in the playing hall. Any player found carrying a switched-on device shall lose the game, per Article 11.3(b).
        Time control for the Standard section is 90 minutes for the whole game plus 30 seconds increment per move starting from move one. Default time is 30 minutes.
        Tie-breaks in order: (1) Direct encounter, (2) Buchholz Cut 1, (3) Buchholz, (4) Sonneborn-Berger, (5) greater number of wins. Tie-break rules follow FIDE Handbook C.07.
        In the Dam Haji event, capturing is compulsory and the maximum capture must be taken; disputes on multi-jumps shall be settled by the arbiter under the state association rules.
        Carrom strikers must not exceed 15 grams in weight and 41.3 mm in diameter. All strikers will be inspected and tagged at the arbiter's table before Round 1.
        Appeals against an arbiter's decision must be lodged in writing with the Appeals Committee within 30 minutes of the end of the game, accompanied by a deposit of RM100.
        Players rated 2000 FIDE or above may not enter the U1600 section. Ratings will be taken from the FIDE rating list published on 1 January 2027.
        In doubles carrom, partners sit opposite each other and strike in the order A1, B1, A2, B2 throughout the board. Coaching from the sidelines is not permitted.
        A draw offer may be made only after a player has made a move on the board and before pressing the clock. Draw offers before move 30 require the arbiter's consent.
        Junior players under 10 may be accompanied by one parent or guardian in the spectator area only. Parents may not speak to players during a round.
        The Chief Arbiter's decision on matters of pairings, scoring and conduct shall be final. The organiser reserves the right to refuse entry without giving reasons.
    """),
    ("mixed", "sembang_kumpulan_ajk"): _lines("""
        [14/12/26 21:03] AJK Peralatan: Boss, 6 jam DGT dah habis battery, esok pagi I beli AA kat Mr DIY Seksyen 13. Claim dengan bendahari ok?
        [14/12/26 21:05] Bendahari: Ok boleh, tapi tolong simpan resit ya. Audit tahun lepas kena tegur sebab resit hilang. Baki bajet peralatan Dis tinggal RM412.60.
        [14/12/26 21:10] Setiausaha: Reminder semua, mesyuarat AJK Sabtu ni 8 malam kat bilik mesyuarat kelab. Agenda: liga karom 2027, kenaikan yuran, sponsor Milo.
        Guys, dewan MBSA confirm booking for 16-17 Jan already. Invoice no. MBSA/DW/2026/08841 amount RM700, need to pay before 20 Dec okay.
        Printer kat pejabat jammed lagi lah. Scoresheet for Saturday I print kat kedai photostat Jalan Plumbum, 200 helai RM16. Anyone object?
        Swiss-Manager licence expire 31 Dec. Renewal quote is EUR 150, roughly RM770 with current rate. Setuju renew or we use Vega this year?
        Sponsor from Nestle Milo confirm 300 kotak Milo + 2 banner. They need logo placement on poster, send them the AI file by Monday can?
        Pusingan 5 board 1 ada dispute pasal touch-move. Arbiter dah decide, game continue. Appeal form not submitted so case closed, just record in logbook.
        Kunci stor karom tertinggal kat guard house. Pengawal shift malam akan pass kat AJK yang buka dewan esok 7.30 pagi. Jangan lupa tutup aircond before balik.
        Update: Pendaftaran online setakat 11.40 malam ni 146 orang, 38 dari sekolah. Google Form akan tutup auto bila sampai 180 penyertaan.
        Weh the WhatsApp group pengumuman dah 1,018 members, almost full. Admin team suggest we convert to WhatsApp Community, semua setuju?
        Trophy order from Kedai Piala Seng Huat Kajang dah siap, 24 piala + 60 pingat. Balance payment RM1,140 cash on collection Friday 3pm.
        Lunch for arbiters Saturday: order 12 nasi lemak ayam from Restoran Mak Teh Bangi, RM9.50 each, deliver to dewan by 12.30pm. Receipt please.
    """),
    ("en", "pairing_config_and_logs"): _lines("""
        2027-01-16 09:31:07 INFO pairing.swiss round=1 players=178 boards=89 bye=none algorithm=dutch_fide duration_ms=412
        2027-01-16 11:02:44 WARN results.import board=47 round=2 status=missing_result retry=1 source=arbiter_tablet_03
        [tournament] name='Shah Alam Rapid Open 2027' rounds=7 time_control='15+10' rating_type=RAPID federation=MAS chief_arbiter_id=TBD
        TRF16 header: 012 Shah Alam Rapid Open 2027 | 022 Shah Alam, MAS | 032 MAS | 042 2027/01/16 | 052 2027/01/17 | 062 178 | 092 Swiss Dutch
        CREATE TABLE members (member_id SERIAL PRIMARY KEY, full_name TEXT NOT NULL, mykad CHAR(14), phone VARCHAR(15), joined_on DATE, fee_status TEXT);
        csv header: member_no,nama_penuh,no_kp,tarikh_lahir,kategori,no_telefon,emel,yuran_2027,status_bayaran,catatan
        const DEFAULT_TIME_CONTROL = { base: 90 * 60, increment: 30, delayMode: 'fischer' }; // standard section, see rules v2.3
        GET /api/v1/tournaments/SAR-2027/standings?round=5 200 OK 38ms cache=HIT build=2.4.1 region=ap-southeast-1
        2027-01-17 16:45:12 INFO export.fide file=SAR-2027-rapid.trf rated_games=612 unrated=3 sha256=9f2c1a7e44b08d3e6a51c0f9b7d2e8a4c3f16b5d0e9a72c4b8f1d6e3a0c5b7d9
        payment.webhook provider=billplz bill_id=8kq2zr4x state=paid amount=5000 currency=MYR collection=yuran-2027 at=2026-12-05T14:22:09+08:00
        docker run -d --name pairing-server -p 8080:8080 -e TZ=Asia/Kuala_Lumpur -e DB_URL=postgres://app:changeme@db:5432/kelab ghcr.io/example/pairing:2.4.1
        pytest tests/test_swiss.py::test_no_repeat_pairings PASSED [ 42%] - 7 rounds, 64 dummy players (Player001..Player064), seed=20270116
        cron: 0 2 * * * /opt/kelab/bin/backup.sh --db kelab --keep 14 --dest s3://kelab-backup-apse1/daily >> /var/log/kelab/backup.log 2>&1
    """),
    ("ms", "sejarah_dan_berita"): _lines("""
        Permainan karom dipercayai berasal dari benua kecil India dan tersebar ke Tanah Melayu melalui pedagang serta pekerja, sebelum menjadi permainan popular di kedai kopi dan balai raya.
        Dam Haji dimainkan di atas papan 10x10 dengan 20 buah bagi setiap pemain. Permainan ini popular di kalangan warga emas di kampung-kampung Pantai Timur sejak sebelum merdeka.
        Magnus Carlsen kekal sebagai pemain nombor satu dunia selama lebih sedekad, manakala Gukesh Dommaraju menjadi juara dunia termuda pada Disember 2024 di Singapura.
        Mas Hafizulhelmi Agus merupakan antara pemain catur Malaysia terawal yang memperoleh gelaran Master Antarabangsa (IM) dan pernah mewakili negara di Olimpiad Catur.
        Siri Netflix The Queen's Gambit (2020) yang mengisahkan watak fiksyen Beth Harmon telah mencetuskan lonjakan pendaftaran kelas catur di Kuala Lumpur dan Petaling Jaya.
        Garry Kasparov tewas kepada komputer Deep Blue keluaran IBM pada tahun 1997, satu peristiwa yang sering dibincangkan dalam kelas sejarah catur di kelab ini.
        Judit Polgar, yang bersara daripada catur pertandingan pada 2014, dianggap pemain wanita terkuat dalam sejarah dan pernah berada di kedudukan ke-8 dunia.
        Olimpiad Catur 2024 di Budapest menyaksikan pasukan India memenangi pingat emas bagi kedua-dua kategori terbuka dan wanita buat kali pertama.
        Menteri Belia dan Sukan dalam ucapan perasmian Karnival Sukan Minda Kebangsaan menyeru agar catur, dam dan karom diperluas ke semua sekolah rendah.
        Ding Liren dari China menjadi juara dunia catur pada 2023 selepas mengalahkan Ian Nepomniachtchi di Astana melalui perlawanan tiebreak rapid.
        Bobby Fischer memenangi Kejohanan Dunia 1972 menentang Boris Spassky di Reykjavik, perlawanan yang digelar Match of the Century semasa Perang Dingin.
        Persekutuan Karom Antarabangsa (ICF) ditubuhkan pada tahun 1988 dan menganjurkan Kejohanan Karom Dunia; Sri Lanka, India dan Maldives sering mendominasi.
        Hou Yifan dari China memperoleh gelaran grandmaster ketika berusia 14 tahun dan kemudiannya memenangi Kejohanan Catur Wanita Dunia sebanyak empat kali.
    """),
    ("mixed", "ulasan_kedai_dan_produk"): _lines("""
        5 bintang! Kedai Sukan Ah Huat kat Jalan Pasar, Pudu ada stock papan karom jati yang memang smooth. Boss bagi free serbuk sekali. Recommended lah.
        Chess cafe The Rook & Kopi di Bangsar ok lah, set catur banyak, kopi RM12 a bit pricey. Weekend crowded, datang before 3pm kalau nak meja.
        3/5. Papan karom yang I beli dari Shopee shop KaromMaster Official sampai retak sikit di bucu. Seller replaced within a week, service ok.
        Jam catur DGT 2010 dari Kedai Catur Pak Abu memang tahan lasak, dah guna 4 tahun untuk blitz kelab tanpa masalah. Battery pun tahan lama.
        Kelab Karom Taman Melawati tempat best untuk weekend, aircond sejuk, meja banyak. Cuma parking susah sikit hari Sabtu malam sebab pasar malam.
        Product listing: Papan Dam Haji Kayu Lipat 10x10 dengan 40 buah dam, saiz 40cm x 40cm, berat 1.2kg. Harga RM39.90, free shipping Semenanjung.
        Kopitiam Uncle Lim di SS2 memang famous untuk geng catur. Every Tuesday night ada meja khas untuk blitz, teh tarik RM2.80 sahaja.
        Review for Lazada listing Carrom Board Premium 36 inch: packaging very solid, pocket nets strong. Colour slightly darker than photo. Would buy again.
        Don't go Sunday morning to Chess Hub KL at Mid Valley, kids class full-house, noisy gila. Weekday evening much better for serious games.
        Invoice INV-2026-11-0457 dari Syarikat Perabot Karom Sri Mutiara (SSM 201901023456) untuk 10 papan karom, jumlah RM4,290.00, terma 30 hari.
        Bought the Staunton set from Chess Mart Malaysia, weighted pieces feel premium, knight carving nice. J&T tracking 630012345678 sampai in 2 days.
        Kedai Mak Long Karom & Dam di Kota Bharu jual papan buatan tangan, setiap satu ada ukiran bunga. Tapi kena call kedai dulu 09-744 2150 sebab kadang tutup.
        Rating 4.5/5 untuk Gerai Striker Bro di Pasar Karat Johor Bahru. Striker import India, harga RM15-RM30, boleh tawar. Cash only, no e-wallet.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Faizal Rahimi bin Osman (MyKad 850412-10-5837) telah mendaftar sebagai ahli biasa Kelab Karom Klang pada 3 Disember 2026, yuran RM60 dibayar tunai.
        Anak saya Nur Alya Syuhada, 10 tahun, ada sawan (epilepsi). Tolong jurulatih perhatikan dia semasa kelas catur Ahad dan hubungi saya segera jika ada apa-apa.
        Yuran tertunggak: Sdr. Kamarul Ariffin Jaafar belum bayar yuran 2025 dan 2026, jumlah RM150 termasuk denda. Kali terakhir dihubungi 019-227 4051, tiada jawapan.
        Alamat penghantaran hadiah: Puan Rosnah binti Idris, No. 27, Jalan Cempaka 4/2, Taman Cempaka, 68000 Ampang, Selangor.
        Pemenang tempat ketiga Dam Haji veteran, Pak Cik Harun Mat Daud dari Kampung Gong Kapas, dimasukkan ke Hospital Raja Perempuan Zainab II akibat strok minggu lepas.
        No akaun untuk tuntutan hadiah: Maybank 1642 8830 5127 atas nama Muhammad Haziq bin Zulkifli.
        Aduan: Ahli bernama Tan Wei Jie didapati bertaruh wang semasa perlawanan karom di kelab pada 28/11. Beliau akan dipanggil ke mesyuarat tatatertib.
        Borang Pemain Muda | Nama: Aiman Danish bin Rosli | No. Sijil Lahir: BF29348812 | Tarikh Lahir: 14/03/2015 | Sekolah: SK Taman Permata | Penjaga: Rosli bin Ahmad 013-662 9184
        Saya nak tarik diri dari liga sebab gaji saya dipotong bulan ni dan tak mampu bayar yuran pasukan. - Hafiz, pemain simpanan Pasukan Karom Taman Sri Gombak
        Kak Ton yang selalu jaga kantin kelab tu baru bercerai dengan suami dia, tolong jangan tanya-tanya pasal hal keluarga bila dia datang esok ya.
        Nombor plat kereta yang langgar pagar dewan malam tadi: WVB 8823, Proton Saga putih. Pemiliknya ahli kelab, Encik Zainal Abidin Yusof.
        Tolong WhatsApp bapa pemain tu terus, nombor dia 016-408 7732, dia tak masuk group kelab.
        Siti Khadijah binti Mansor, 17, pemain catur bawah 18 negeri, disahkan mengandung dan menarik diri daripada kem latihan negeri bulan Januari.
        Senarai bayaran yuran: 2026-12-02, Lim Chee Keong, 900817-07-5429, Ahli Keluarga, RM150, FPX, rujukan FPX20261202558812
        Saudara Azman Shah bin Hamdan ditahan polis di Kuantan atas tuduhan pecah amanah duit kelab semasa memegang jawatan bendahari pada 2025.
        E-mel ibu bapa untuk laporan kemajuan kelas: norhayati.kassim82@gmail.com (Puan Norhayati, ibu kepada Irfan, kelas pemula Sabtu).
        Pemain muda Muhammad Adam Hakimi, 12 tahun, ada alahan kacang tanah yang teruk. EpiPen dalam beg biru, bapanya Encik Hakimi boleh dihubungi di 012-508 3317.
        Tuan Haji Ismail Che Mat, 71, dari Rantau Panjang berhutang RM2,000 kepada rakan sekelab selepas kalah bertaruh main dam, keluarganya minta kelab campur tangan.
        Alamat rumah jurulatih sambilan untuk surat lantikan: Cik Farah Nadia Razak, Blok C-12-07, Pangsapuri Seri Maya, Jalan Kuari, 56000 Cheras, Kuala Lumpur.
        Gaji jurulatih kelab Encik Ravindran a/l Subramaniam ditetapkan RM1,800 sebulan bermula Januari 2027, berserta elaun perjalanan RM200.
        Gambar Nurul Izzati sedang menangis selepas kalah pusingan akhir jangan dimuat naik ke Facebook kelab, ibunya tidak beri kebenaran.
        MyKad 070923-14-6618 didaftarkan dua kali dalam kategori bawah 18, sila padam satu rekod sebelum cabutan pusingan pertama.
    """),
    "en": _lines("""
        Member record: Name: Kevin Ong Boon Hock | NRIC: S8823417G | Mobile: +65 9123 4781 | Email: kevin.ongbh@outlook.com | Category: Open | Paid: SGD 45
        Please refund the entry fee to my account: Public Bank 3187 2245 09, holder Priya Devi a/p Krishnan. I withdrew because of my chemotherapy schedule.
        Parent consent: I, Wong Siew Ling (HKID Y647293(5)), allow my son Ethan Chan, 11, to travel with the club to the Penang junior chess camp 20-23 Dec.
        Our former treasurer Mr. Lee Kah Meng still owes the club RM3,450 from the 2025 Penang trip; he says his business went bankrupt and asks to pay in instalments.
        Can someone drop off the trophy at Aunty Jessie's house? 12, Lorong Kenari 7, Taman Bukit Indah, 81200 Johor Bahru. She couldn't stay for the prize giving.
        Just a heads up, Daniel Fernandez from the U16 squad has been diagnosed with ADHD and his mum asked that arbiters allow him short breaks between rounds.
        Missing-player alert: Ryan Tan, 9, last seen at Hall B wearing the red club jersey. Father Mr Tan Boon Seng on 017-334 9021. Please call if seen.
        Bank transfer received from account 7612 0043 8819 (RHB) with reference YURAN-2027-SIVA, please match to member Sivakumar Rajendran.
        FIN G5528174M belongs to the Myanmar player in the U1800 section; his work pass expires before the tournament so check with him before pairing.
        Complaint: Mrs. Chong Mei Fong shouted at a 12-year-old during the carrom final and later admitted she had been drinking. Committee to review her membership.
        Sarah Lim's divorce is finalised and the court gave custody to her ex-husband, so he will now collect Chloe after Saturday chess class, not Sarah.
        1047,Arjun Nair s/o Gopal,020511-08-4417,Ipoh,012-775 3104,arjun.nair02@yahoo.com,U18,PAID
        Plate JQW 5521 is the grey Myvi that keeps blocking the club entrance on league nights; owner is the coach's neighbour Mr. Azlan, please ask him to move it.
        Mei Ling told the committee she earns only RM2,300 a month as a nurse and cannot afford both kids' club fees, and asked if we have a hardship waiver.
    """),
    "mixed": _lines("""
        Eh bro, Ah Keong tu masuk hospital Sunway semalam, heart attack kata anak dia. Liga Sabtu ni kita kena cari pengganti for board 2 lah.
        Sis nak tanya, boleh refund yuran anak saya ke CIMB 7064 2211 83 (Nurul Ain Salleh) ke? Sebab I bayar double last month by mistake.
        Admin, pls remove nombor 011-2384 9905 from the group, that's my ex-husband's and he keeps texting the kids' coach. Thank you. - Mama Aisyah
        Sorry guys can't make it tonight, wife just told me she's pregnant and we going clinic tomorrow morning. Tell Coach I owe him RM80 for the class ok. - Jason Yap
        Member baru: Ahmad Syafiq bin Kamal, 23, IC 030718-01-6691, HP 014-920 3374, alamat No. 9, Jalan Bakawali 12, Taman Johor Jaya, 81100 JB. Dah bayar RM70.
        Uncle Ramasamy yang selalu main karom kat balai raya tu dah kena tangkap minggu lepas sebab kes dadah, jangan bagi dia masuk kelab dulu until AJK decide.
        Cikgu pesan, Kai Xuan's medical cert shows asthma, so no running in the hall and bring inhaler every class ok. Mak dia nombor 012-931 4468.
        Weh siapa ada gambar Amirul Hakim kena marah dengan arbiter tu, jangan share dalam group la, dia masih trauma lepas kes buli kat sekolah.
        Tolong check lah, ada orang guna email mohd.firdaus.karom@gmail.com daftar 3 kali untuk Under-12, I think it's the same parent.
        Yuran Dec: Chong Kah Wai RM60 paid, Lau Pei Shan RM30 belum, Muthu a/l Perumal RM60 belum - dia kata tunggu gaji 7hb. Follow up ya.
        Bro, the guy yang menang blitz semalam tu, Shahrul Nizam, dia actually bankrupt dah 2 tahun, MDI check confirm. Hadiah cash better bagi terus tangan dia.
        Auntie Mary Tan's address for the condolence wreath: 8, Jalan SS 2/55, 47300 Petaling Jaya. Her husband passed away Monday, funeral Wednesday.
        Slot kelas Isnin: Daniyal (8), bapa Encik Khairul Anuar 019-661 2049; Zara Sofea (9), ibu Puan Liyana 017-205 8813. Dua-dua dapat diskaun adik-beradik.
        New member dari Taiwan, 陳冠宇 (Chen Kuan-Yu), ID A128734560, tinggal dengan pakcik dia kat Bukit Mertajam, phone +886 912 345 678.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran Kelab Catur Bandar Baru Bangi. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp peringatan yuran kepada Encik Shamsul Bahri bin Yaakob, nombor 012-447 6290. Dia tertunggak RM120 untuk 2026 dan kami dengar dia baru diberhentikan kerja.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Shamsul Bahri. Ini peringatan mesra daripada Kelab Catur Bandar Baru Bangi bahawa yuran 2026 berjumlah RM120 masih belum dijelaskan. Jika ada kesulitan, kelab boleh berbincang tentang bayaran ansuran. Terima kasih.",
        ),
        ("user", "Bagus. Jangan sebut pasal dia diberhentikan kerja tu ya."),
        (
            "assistant",
            "Baik, mesej di atas tidak menyebut hal pekerjaan beliau. Cadangan: hantar secara peribadi ke 012-447 6290, bukan dalam kumpulan kelab.",
        ),
    ],
    [
        (
            "user",
            "I coach a junior carrom team. One of my players, Brandon Kok Jun Hao, 13, has type 1 diabetes. His mum Mrs. Kok (016-281 5530) asked what we should prepare for a two-day tournament. Any advice?",
        ),
        (
            "assistant",
            "Agree a plan with his mother in writing: where his glucose meter, insulin and fast-acting sugar are kept, what symptoms to look for, and when to call her or emergency services. Let the chief arbiter know privately so he can step away from the board if needed.",
        ),
        ("user", "Should I tell the other parents?"),
        (
            "assistant",
            "No. Brandon's condition is private health information. Only the people who need to act on it, such as you, the team manager and the arbiter, should know, and only with his mother's agreement.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian chess club clean up registration data. Reply in Manglish-friendly English.",
        ),
        (
            "user",
            "Sort these by category pls: Nurul Huda Azmi, 110304-03-5528, U16, 019-934 1172 | Teo Jia Hui, 090821-14-6034, U18, 012-605 8819 | Vikram a/l Muniandy, 130612-07-5591, U14, 011-1457 3360",
        ),
        (
            "assistant",
            "Sorted by category: U14: Vikram a/l Muniandy, 130612-07-5591, 011-1457 3360. U16: Nurul Huda Azmi, 110304-03-5528, 019-934 1172. U18: Teo Jia Hui, 090821-14-6034, 012-605 8819.",
        ),
        (
            "user",
            "Thanks, can you also check if anyone is too old for their category as of 1 Jan 2027?",
        ),
        (
            "assistant",
            "Based on the MyKad birth dates, Teo Jia Hui (born 21 Aug 2009) is 17 and fits U18; Nurul Huda (born 4 Mar 2011) is 15 and fits U16; Vikram (born 12 Jun 2013) is 13 and fits U14. No one is over age.",
        ),
    ],
    [
        (
            "user",
            "Saya setiausaha Kelab Karom Sungai Petani. Ahli kami, Encik Roslan bin Mat Saad, sudah tiga kali mengganggu pemain perempuan dengan mesej lucah melalui WhatsApp. Tolong tulis surat amaran rasmi.",
        ),
        (
            "assistant",
            "Boleh. Berikut draf ringkas: Kepada Encik Roslan bin Mat Saad. Perkara: Surat Amaran Berkaitan Salah Laku. AJK telah menerima tiga aduan bahawa tuan menghantar mesej tidak sopan kepada ahli perempuan. Tindakan ini melanggar Fasal 9 Perlembagaan Kelab. Sekiranya berulang, keahlian tuan akan digantung.",
        ),
        (
            "user",
            "Alamat dia No. 45, Lorong Bunga Raya 3, Taman Ria Jaya, 08000 Sungai Petani. Masukkan sekali.",
        ),
        (
            "assistant",
            "Baik, alamat penerima telah dimasukkan: Encik Roslan bin Mat Saad, No. 45, Lorong Bunga Raya 3, Taman Ria Jaya, 08000 Sungai Petani, Kedah. Simpan salinan surat dan bukti aduan dalam fail sulit.",
        ),
    ],
    [
        (
            "system",
            "Club roster for the assistant: Head coach Anand Pillai, 017-662 0914, anand.pillai.chess@gmail.com; Junior coach Chloe Ng, 012-330 7781; both teach at Kelab Catur Petaling Jaya.",
        ),
        ("user", "Who do I contact to swap my daughter's Saturday class to Sunday?"),
        (
            "assistant",
            "For the junior classes, please contact the junior coach, Chloe Ng, at 012-330 7781. If it involves the competitive squad, head coach Anand Pillai handles it.",
        ),
        ("user", "Ok, and can you remind me what time Sunday class starts?"),
        (
            "assistant",
            "I don't have the Sunday timetable in my notes. Please check the club notice board or ask Chloe when you message her.",
        ),
    ],
    [
        (
            "user",
            "Aku admin group WhatsApp Liga Karom Klang. Ada sorang member, Ah Boon, hutang duit pertaruhan RM500 dengan 3 orang lain, sekarang diorang gaduh dalam group. Should I kick him?",
        ),
        (
            "assistant",
            "Pertaruhan wang dalam kelab biasanya bercanggah dengan peraturan kelab, jadi elok bawa hal ini ke AJK dahulu. Dalam group, minta semua berhenti bincang hal hutang peribadi dan teruskan secara tertutup.",
        ),
        (
            "user",
            "Nombor dia 014-339 2087, boleh tak aku post dalam group supaya orang boleh tuntut terus?",
        ),
        (
            "assistant",
            "Tak digalakkan. Mendedahkan nombor telefon dan hutang Ah Boon kepada seluruh group boleh memalukan dia dan menimbulkan masalah undang-undang. Biar AJK hubungi dia secara peribadi.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat tuntutan pemulangan deposit pasukan liga. Nama saya Nor Azlina binti Hashim, kapten Pasukan Dam Kampung Kubang Kerian, akaun Bank Islam 03018020441726.",
        ),
        (
            "assistant",
            "Kepada Setiausaha Persatuan Dam Negeri. Perkara: Tuntutan Pemulangan Deposit Pasukan. Saya, Nor Azlina binti Hashim, kapten Pasukan Dam Kampung Kubang Kerian, memohon deposit RM100 dipulangkan ke akaun Bank Islam 03018020441726 kerana pasukan kami tidak pernah walkover sepanjang musim.",
        ),
        ("user", "Terima kasih. Tambah nombor telefon saya 013-904 6617."),
        (
            "assistant",
            "Sudah ditambah di bahagian akhir surat: Untuk sebarang pertanyaan, sila hubungi saya di 013-904 6617. Yang benar, Nor Azlina binti Hashim.",
        ),
    ],
    [
        (
            "user",
            "I'm from Singapore and want to join the Penang Open in March. My details: Goh Wei Ming Marcus, NRIC T0312458J, born 2003, FIDE rated 1742. How do I register as a foreign player?",
        ),
        (
            "assistant",
            "Foreign players usually register through the organiser's online form and pay the entry fee by card or bank transfer. You will need your full name as in your passport, your FIDE ID and federation (SGP). Your NRIC is not normally required, so you can leave it out.",
        ),
        ("user", "Ok. Do I need a visa to enter Malaysia?"),
        (
            "assistant",
            "Singapore citizens generally do not need a visa for a short visit to Malaysia, but check the current rules with the Immigration Department of Malaysia before you travel.",
        ),
    ],
    [
        ("system", "Anda membantu AJK Kelab Dam Haji Pasir Mas menulis hebahan."),
        (
            "user",
            "Ahli paling senior kami, Tok Wan Yusof bin Awang, 84, meninggal dunia pagi tadi di rumahnya di Kampung Tok Uban. Tolong tulis takziah untuk group WhatsApp kelab.",
        ),
        (
            "assistant",
            "Innalillahi wa inna ilaihi raji'un. Kelab Dam Haji Pasir Mas mengucapkan takziah kepada keluarga Allahyarham Tok Wan Yusof bin Awang yang kembali ke rahmatullah pagi tadi. Allahyarham ahli paling senior kelab dan guru dam kepada ramai pemain muda. Al-Fatihah.",
        ),
        ("user", "Boleh tambah waktu solat jenazah? Zohor di Masjid Kampung Tok Uban."),
        (
            "assistant",
            "Ditambah: Solat jenazah akan diadakan selepas Zohor di Masjid Kampung Tok Uban. Ahli yang berkelapangan dijemput hadir.",
        ),
    ],
    [
        (
            "user",
            "Hi, anak I Lee Yi Xuan, MyKad 140227-10-6342, sekolah SJKC Chung Hwa Klang. Dia main U12 last month tapi tak dapat ranking. Can check why?",
        ),
        (
            "assistant",
            "Biasanya ranking kebangsaan hanya dikemas kini selepas penganjur menghantar keputusan kepada persekutuan, jadi mungkin ada kelewatan. Boleh semak dengan penganjur kejohanan dan beri mereka nama penuh Yi Xuan serta kategori yang dimainkan.",
        ),
        ("user", "Ok noted. Should I send them her IC number too?"),
        (
            "assistant",
            "Hanya jika mereka minta untuk pengesahan identiti. Hantar melalui saluran rasmi seperti e-mel penganjur, bukan dalam group WhatsApp terbuka.",
        ),
    ],
]
