# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms80: Bahasa Melayu kelab bola sepak dan liga amatur (pendaftaran, yuran, kecederaan, pemindahan, tatatertib, WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms80
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kelab"): _lines("""
        NOTIS: Latihan skuad U14 dan U16 minggu ini dipindahkan ke Padang MPKj Seksyen 9 kerana padang utama sedang ditanam rumput baharu. Masa kekal 5.30 ptg – 7.00 mlm.
        Makluman kepada semua ibu bapa: Yuran bulanan Disember boleh dijelaskan sebelum 10 Disember 2026. Resit akan dikeluarkan melalui aplikasi kelab.
        Kelab FC Taman Melawati membuka pengambilan pemain baharu kategori U8 hingga U17. Sesi pemilihan pada Sabtu, 9 pagi di Padang Kompleks Sukan Melawati. Sila bawa kasut but dan botol air.
        Pemakluman: Jersi musim 2027 sudah tiba. Pengambilan di bilik persatuan setiap Rabu 8–10 malam. Saiz yang telah ditempah tidak boleh ditukar.
        Semua pemain wajib memakai pelindung tulang kering (shin guard) semasa latihan dan perlawanan. Pemain tanpa pelindung tidak dibenarkan turun padang.
        Mesyuarat Agung Tahunan Kelab Bola Sepak Sri Gombak akan diadakan pada 14 Februari 2027 di Dewan Serbaguna Taman Sri Gombak. Usul hendaklah dihantar kepada setiausaha sebelum 31 Januari.
        Perlawanan persahabatan menentang Akademi Bola Sepak Kuantan dibatalkan kerana amaran cuaca buruk daripada MetMalaysia. Tarikh baharu akan dimaklumkan kemudian.
        Klinik kejurulatihan Lesen D AFC anjuran persatuan negeri dibuka kepada jurulatih kelab. Tempat terhad kepada 30 peserta sahaja, siapa cepat dia dapat.
        Peringatan: Dilarang merokok dan vape di kawasan padang dan bangku simpanan. Kelab akan didenda RM200 oleh penganjur liga bagi setiap kesalahan.
        Kelab memerlukan sukarelawan untuk menjaga kaunter tiket semasa perlawanan akhir Piala Presiden Liga Amatur Daerah. Sila tulis nama di meja urusetia.
        Bas kelab akan bertolak dari Dataran Majlis pada 6.45 pagi tepat. Pemain yang lewat perlu menguruskan pengangkutan sendiri ke Stadium Tuanku Abdul Rahman, Paroi.
        Tahniah kepada skuad Veteran 40+ yang layak ke separuh akhir Liga Veteran Selangor selepas menang 3-1 semalam!
        Pejabat kelab ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Pertanyaan boleh dihantar melalui e-mel rasmi urusetia@fcsrigombak.org.my dan akan dijawab selepas cuti.
        Kelab Bola Sepak Seri Kembangan — Talian pejabat: 03-8945 2210 (Isnin–Jumaat, 9 pagi–5 ptg). Untuk kecemasan di padang, terus hubungi 999.
    """),
    ("ms", "peraturan_tatatertib"): _lines("""
        Perkara 12.3: Pemain yang menerima dua kad kuning dalam perlawanan yang sama akan dibuang padang dan digantung secara automatik untuk satu perlawanan berikutnya.
        Setiap pasukan dibenarkan mendaftar maksimum 30 pemain dan minimum 18 pemain bagi satu musim liga.
        Rayuan terhadap keputusan Jawatankuasa Tatatertib hendaklah dikemukakan secara bertulis dalam tempoh 7 hari bersama fi rayuan RM300 yang tidak akan dikembalikan.
        Jendela perpindahan pemain pertengahan musim dibuka dari 1 hingga 30 Jun. Permohonan di luar tempoh ini tidak dipertimbangkan kecuali bagi penjaga gol gantian kecemasan.
        Pemain bawah umur 18 tahun memerlukan borang kebenaran ibu bapa atau penjaga yang ditandatangani sebelum boleh didaftarkan.
        Kesalahan menyerang pengadil secara fizikal boleh membawa hukuman penggantungan minimum 12 bulan di samping denda kepada kelab.
        Pasukan yang gagal hadir tanpa sebab munasabah dianggap kalah 0-3 dan didenda RM500.
        Pemain import dalam liga amatur terhad kepada 3 orang bagi setiap pasukan, dan hanya 2 orang boleh berada di padang pada satu masa.
        Protes rasmi mengenai kelayakan pemain mesti dibuat kepada pesuruhjaya perlawanan sebelum sepakan mula separuh masa kedua.
        Kad pemain asal hendaklah ditunjukkan kepada pegawai perlawanan 30 minit sebelum sepakan mula; salinan fotostat atau tangkapan skrin tidak diterima.
        Pemain yang berpindah kelab dalam musim yang sama tidak boleh beraksi untuk kelab baharu menentang kelab lamanya dalam tempoh 30 hari.
        Semua kecederaan serius di padang mesti direkodkan dalam Borang Laporan Insiden (BLI-3) dan diserahkan kepada urusetia dalam masa 48 jam.
        Perlakuan rasis, sama ada oleh pemain, pegawai atau penyokong, akan dirujuk terus kepada Jawatankuasa Tatatertib persatuan negeri.
        Kelab yang menunggak yuran penyertaan lebih 60 hari akan dibekukan daripada sistem pendaftaran sehingga tunggakan dijelaskan sepenuhnya.
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        Guys training malam ni on ke? Hujan lebat gila kat Bangi sekarang
        Coach kata training cancel, padang banjir. Esok same time ok
        Sapa nak tumpang pergi game Ahad ni boleh reply sini, kereta ada 2 seat kosong
        Reminder: bawak jersey putih (away) untuk match vs Puchong Utd. Jangan lupa stokin biru
        Bro lineup untuk Sabtu dah keluar ke belum? Nak tau main starting ke bangku je 😂
        Ok noted. Nanti sy forward poster tournament futsal ni kat group parents
        Line-up esok 4-3-3. GK standby 2 orang sebab final. Datang 45 min awal untuk warm up
        Sape ada spare shin guard saiz M? Yg lama dah pecah
        Padang Presint 11 dah book 8-10 malam Khamis, RM120 split 12 org = RM10 sorang
        Congrats team! Juara Liga Amatur Hulu Langat 2026 🏆🔥 terima kasih semua parents yg support
        Jangan lupa bawak air dan isotonik, cuaca panas gila petang ni
        Ada sesiapa tau cara nak renew lesen pengadil Level 3? Website persatuan down dari semalam
        Sorry lambat reply, tengah drive. Set, kita jumpa kat parking Stadium Shah Alam
        Match tadi memang referee berat sebelah la, tapi takpe, fokus game next week
        Admin: Group ni untuk info latihan & perlawanan sahaja. Jual beli dan politik sila elak ya 🙏
        Weh kad kuning ke-5 musim ni kena gantung satu game kan? Just nak confirm
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PENDAFTARAN PEMAIN MUSIM 2027 | Nama Penuh (seperti dalam MyKad): ____________ | No. MyKad: ______-__-____ | Tarikh Lahir: __/__/____ | Posisi: ______
        Nama Ibu/Bapa/Penjaga: [NAMA] | No. Telefon: [01X-XXX XXXX] | Hubungan dengan pemain: [ ]
        SURAT KEBENARAN IBU BAPA: Saya, ________________ (No. K/P: ________________), ibu/bapa/penjaga kepada ________________, membenarkan anak saya menyertai aktiviti kelab.
        Borang Pelepasan Pemain (Form T-2): Kelab Asal: ______ | Kelab Baharu: ______ | Nama Pemain: ______ | Tandatangan Setiausaha: ______ | Cop Kelab
        Laporan Kecederaan: Tarikh: {tarikh} | Pemain: {nama_pemain} | Bahagian cedera: {bahagian} | Tindakan awal: {rawatan}
        Pengakuan kesihatan: Adakah pemain mempunyai sebarang penyakit kronik (asma, jantung, epilepsi)? Ya / Tidak. Jika ya, nyatakan: ____________
        Dear {parent_name}, yuran bulan {bulan} untuk {player_name} sebanyak RM{amount} masih belum dijelaskan. Sila buat bayaran sebelum {due_date}.
        Lampiran wajib: (1) salinan MyKad/MyKid, (2) gambar berukuran pasport latar biru, (3) sijil kesihatan, (4) bukti bayaran yuran pendaftaran.
        Nama Kelab: ______ | No. Pendaftaran ROS: ______ | Warna Jersi Utama: ______ | Warna Jersi Pelawat: ______
        NOTIS TATATERTIB: Pemain [Nama] daripada [Kelab] dikenakan hukuman [penggantungan/denda] berkuat kuasa [tarikh]. Rayuan boleh dibuat dalam tempoh 7 hari.
        Kenalan kecemasan: Nama ________ | Telefon ________ | Kumpulan darah ____ | Alahan ____
        Emergency contact (wajib untuk U18): Name / Phone / Relationship — biarkan kosong jika pemain berumur 18 tahun ke atas.
    """),
    ("en", "soalan_nasihat"): _lines("""
        How long should a U12 player rest after a grade 1 ankle sprain before returning to full training?
        What's the standard procedure if a player collapses during a match and there's no medic at the field?
        Can an amateur league club charge a transfer fee when a youth player moves to another academy?
        Is it allowed under the PDPA for our club to keep scanned copies of players' MyKad in a shared Google Drive folder?
        Best way to collect monthly fees from 60 parents without chasing everyone on WhatsApp? We're thinking DuitNow QR or a simple billing app.
        What are the RICE steps for a suspected hamstring strain on the sideline?
        How do I appeal a red card in a district amateur league when the referee report seems wrong?
        Any tips on running a club WhatsApp group so parents don't message the coaches at midnight?
        Should kids under 10 play on a full-size pitch or small-sided 7v7?
        What's a fair refund policy for annual fees if a player gets a long-term injury mid-season?
        If a teenage player shows even one concussion symptom, should they be kept off the pitch for the rest of the day?
        Does the club need insurance for friendly matches, or only for sanctioned league fixtures?
    """),
    ("ms", "berita_sukan"): _lines("""
        Mokhtar Dahari kekal dikenang sebagai penjaring terbanyak dalam sejarah pasukan kebangsaan Malaysia dan digelar "Supermokh".
        Piala Malaysia mula dipertandingkan pada tahun 1921 dan merupakan antara kejohanan bola sepak tertua di Asia.
        Harimau Malaya menjuarai Piala AFF buat kali pertama pada tahun 2010 di bawah bimbingan K. Rajagobal.
        Aksi Safawi Rasid dalam final Piala AFF 2018 menjadi inspirasi ramai pemain muda di liga amatur.
        Stadium Nasional Bukit Jalil boleh memuatkan lebih 85,000 penonton dan menjadi gelanggang utama pasukan kebangsaan.
        Siri anime Kapten Tsubasa menjadi sebab ramai kanak-kanak tahun 90-an mula bermain bola sepak.
        Upin dan Ipin pernah digambarkan bermain bola di padang Kampung Durian Runtuh bersama Ehsan dan Fizi.
        Johor Darul Ta'zim menjuarai Liga Super Malaysia berturut-turut sejak musim 2014.
        Lionel Messi memenangi Piala Dunia 2022 bersama Argentina selepas menewaskan Perancis menerusi sepakan penalti.
        Mantan jurulatih kebangsaan Kim Pan Gon membawa Malaysia layak ke Piala Asia 2023 di Qatar.
        Liga M3 dan Liga M4 ialah peringkat separa profesional dan amatur dalam struktur bola sepak Malaysia.
        Skuad Harimau Muda pernah beraksi dalam S.League Singapura sebagai sebahagian program pembangunan pemain muda.
    """),
    ("mixed", "rekod_sistem"): _lines("""
        Resit No: YR-2026-004187 | Yuran bulanan Nov | RM50.00 | Kaedah: DuitNow QR | Status: BERJAYA
        INV/KBSSK/2026/0312 — Yuran penyertaan Liga Amatur Daerah Petaling, RM1,500.00, tarikh akhir 15/01/2027
        Kes Tatatertib No. JTT-LAD/25/117 — status: keputusan ditangguhkan ke mesyuarat 18 Disember.
        Tiket sokongan #SUP-88213: aplikasi pendaftaran pemain crash bila upload gambar lebih 5MB
        Order #MY-2611-773920 | 25 helai jersi custom | Penghantaran J&T, tracking 630027781145
        config: league_id=LAD-PTG-2027, max_squad=30, min_age=16, transfer_window=["2027-06-01","2027-06-30"]
        SELECT club_name, COUNT(*) FROM players WHERE season = 2027 AND status = 'active' GROUP BY club_name;
        Poskod padang latihan: 47301 Petaling Jaya. Parking percuma selepas 6 petang.
        FPX ref 2611290847331 | Amaun RM360.00 | Penerima: Kelab Bola Sepak Seri Kembangan | Status: Successful
        Akaun rasmi kelab: Maybank 5621 0033 7718 atas nama PERSATUAN BOLA SEPAK AMATUR SERI KEMBANGAN. Jangan bayar ke akaun peribadi AJK.
        Bola Molten F5A3550 saiz 5 x 20 biji @ RM189 = RM3,780 (PO-2026-0091)
        App versi 3.4.1 (build 2026.11.28) — fix: pemain yang digantung kini disekat daripada senarai line-up automatik
        SHA-256 fail senarai_pemain_2027.xlsx: 885f3e805b58985b5726f6ad52c6dc12dda96c27b8e3df58f509596948f5c4d9
        Jadual MD7 | 14/12/2026 | 20:45 | FC Kajang Jaya vs Bandar Baru Bangi Rovers | Padang MPKj
        Statistik musim 2025/26: 418 pemain berdaftar, 1,126 kad kuning, 47 kad merah, 9 kes rayuan, 3 diterima.
        ISBN 978-983-46-2215-2 — Buku Panduan Jurulatih Akar Umbi (edisi ke-2), RM45
    """),
    ("ms", "soalan_nasihat"): _lines("""
        Macam mana nak buat surat pelepasan pemain kalau kelab lama tak nak tandatangan?
        Berapa lama tempoh pemulihan biasa untuk kecederaan ligamen ACL bagi pemain amatur?
        Adakah kelab boleh menahan pemain daripada berpindah kerana yuran masih tertunggak?
        Apakah langkah pertama jika pemain disyaki mengalami gegaran otak (concussion) di padang?
        Bagaimana cara terbaik menguruskan kutipan yuran bulanan supaya telus kepada semua ahli?
        Perlu ke kelab amatur daftar dengan Pesuruhjaya Sukan atau cukup dengan ROS sahaja?
        Apa hukuman biasa untuk pemain yang bergaduh dengan pemain lawan selepas wisel penamat?
        Tips untuk jurulatih baharu: bagaimana nak bina disiplin tanpa menengking budak U10?
        Boleh ke pemain berumur 15 tahun bermain dalam liga terbuka dewasa?
        Apa beza kad hijau (fair play) dalam liga remaja dengan kad kuning biasa?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN PEMAIN 2027 | NAMA: MUHAMMAD HAZIQ BIN ROSLAN | NO. MYKAD: 030117-01-6243 | POSISI: PERTAHANAN TENGAH | NO. TEL: 013-882 4107 | KATEGORI: BELIA B21
        Surat pelepasan: Kelab FC Bukit Beruntung dengan ini melepaskan pemain Mohd Faizal bin Abdullah (No. K/P 870605085161) untuk menyertai Rawang City FC berkuat kuasa 1 Julai 2027 tanpa sebarang tuntutan.
        Laporan kecederaan 14/12: Daniel Lim Wei Jie (jersi no. 14, U17) — disyaki koyak ligamen ACL lutut kanan selepas terjatuh di minit ke-63, dihantar ke Hospital Serdang untuk imbasan MRI.
        KEPUTUSAN JAWATANKUASA TATATERTIB: Pemain Arif Iskandar bin Zainal (Kota Damansara United) didapati bersalah menolak pengadil dan digantung 6 perlawanan serta didenda RM400.
        Senarai tunggakan yuran Nov: Kumaresan a/l Selvam RM150 (3 bulan), Nur Aisyah binti Kamal RM50, Jason Tan Kok Leong RM100. Sila jelaskan segera.
        Yuran tahunan boleh dibayar terus ke akaun peribadi bendahari, Rosli bin Hamzah, Maybank 1140 2261 8873. Hantar resit ke group.
        Untuk urusan pemindahan, boleh hubungi setiausaha kelab En. Shamsul Bahrin terus di talian 019-662 4053 selepas jam 6 petang.
        Pemain U12 Muhammad Aiman Hakimi bin Azlan ada asma teruk — inhaler biru dalam beg galas, jika sesak nafas beri 2 sedutan dan hubungi ibunya Puan Norhayati.
        Alamat surat-menyurat pemain: Nurul Syafiqah binti Zulkifli, No. 23, Jalan Mawar 4/2, Taman Sri Mawar, 43000 Kajang, Selangor.
        Pemain import Chukwuemeka Obi (Nigeria), No. Pasport A07731452, permit kerja tamat 30/06/2027 — perlu diperbaharui sebelum jendela perpindahan.
        Rekod kad: Ravindran a/l Muniandy — kuning (MD2, MD5, MD9, MD11), merah terus (MD13, terjah lawan dari belakang). Jumlah gantung: 4 perlawanan.
        Makluman: Penjaga gol Amirul Hakim bin Che Mat tidak dapat bermain hingga Februari kerana patah jari manis tangan kiri, sudah bersimen di Klinik Kesihatan Bangi.
        Permohonan pemindahan ditolak: Tengku Ahmad Faris bin Tengku Azman masih berhutang yuran RM480 kepada kelab asal, Shah Alam Warriors.
        KAD PEMAIN | NAMA: NUR FARHANA BINTI MOHD YUSRI | K/P: 050822-14-0918 | KELAB: SRI GOMBAK LADIES FC | NO. PEMAIN: SGL-0917
        Pemain Heng Jia Xuan (Cheras Phoenix) disahkan positif ganja dalam ujian air kencing selepas perlawanan akhir; beliau digantung sementara sehingga pendengaran kes.
        Kereta Myvi putih WVA 4418 milik coach Zulkarnain tu bocor tayar kat parking padang, sesiapa nampak dia tolong bagitau.
        Minit mesyuarat AJK 3/2026: Bendahari Puan Lim Siew Ling melaporkan beliau telah mendahulukan wang sendiri RM2,300 untuk sewa bas; tuntutan akan dibayar balik Januari.
        Bayaran yuran pendaftaran Danish Iskandar bin Razak (U10) menggunakan kad 4570 1837 9774 5276 gagal diproses, mohon ibu bapa cuba semula.
        Salinan MyKid: RAYYAN ADAM BIN SHAHRIL, No. 100507-10-1423, lahir di Hospital Ampang, untuk pendaftaran kategori U16.
        Pemain veteran Selvaraj a/l Krishnan, 38, ditahan polis selepas pergaduhan di tempat letak kereta Padang Taman Connaught; keahliannya digantung sehingga siasatan selesai.
        Surat amaran kedua kepada Mohd Ikhwan bin Jaafar kerana tidak hadir latihan 5 kali berturut-turut tanpa sebab dan bersikap kurang ajar terhadap jurulatih.
        Pemain Dayang Nurul Izzati binti Awang Bujang, K/P 011129-13-0474, diluluskan untuk beraksi dalam Liga Wanita Amatur sebagai pemain tempatan.
        Ibu kepada Ahmad Zikri bin Sulaiman (U14, SMK Seksyen 7) memaklumkan anaknya akan dibedah apendiks Isnin ini dan tidak dapat menyertai kem latihan.
        Penjaga gol Gan Chee Keong (Kepong Lions) berpindah ke Puchong Utd dengan yuran pindah RM3,000 dan elaun RM800 sebulan.
    """),
    "en": _lines("""
        Player registration — Name: Marcus Fernandez | DOB: 14 Mar 1999 | MyKad: 990314-10-5527 | Position: winger | Emergency contact: Mrs Agnes Fernandez 012-738 4410
        Injury log: Ryan De Souza, U19, suspected concussion after a header clash at 34', kept off for the rest of the match; mum informed; return to play only with a doctor's letter.
        Hi Coach, this is Priya, Arjun's mum (Arjun Nair, U11 Blue). He has a peanut allergy, please don't let the boys share snacks at tomorrow's tournament.
        Transfer request from Lee Jun Hao (Singapore NRIC S9834512D) to join Johor Bahru Amateur FC for the 2027 season; he works in Tuas and crosses the Causeway daily.
        Disciplinary note: Kevin Ong Jia Le spat at an opposing player in the U21 match on 7 Dec. Banned for 8 matches, parents called in for a meeting.
        Please refund the double charge — my card 5407 1153 1897 9345 was billed RM120 twice for my son Ethan Chong's December training. Thanks, Michelle Chong.
        Emergency contact for Farah Ain binti Hashim (U15 girls): father Hashim bin Yusof, +60 11-2345 8871, lives at Blok C-12-3, Pangsapuri Seri Cempaka, Cheras.
        Scout report: Thaddeus Anthony, 17, St. John's Institution, quick left-back, lives with his single father who can't afford boots — recommend full fee waiver.
        Goalkeeper Benjamin Gomez's work permit (Philippine passport P4417290A) expires 31 Jan; manager to submit renewal with the club letter.
        Reminder to Mr. Wong Kah Meng: your son Wong Zhi Xuan's outstanding fees are RM300 (Sep–Nov). He will be benched until paid.
        please send Aqil's birth cert and IC copy to my email nurulhuda.aqilmum88@gmail.com, I'll forward to the league admin — Aqil Haikal's mum, U9 squad
        Incident report: Ganesh s/o Ramasamy, 58, veteran team, collapsed with chest pain during the second half, CPR given, taken to Hospital Sultanah Aminah by ambulance.
    """),
    "mixed": _lines("""
        guys aiman hakim bin rosdi tu dah sign dgn kelab lain, dia tak bagitau coach pun. contract dgn kita habis bulan 6. nak buat report ke persatuan tak?
        Sape nak contact referee tadi? Nombor dia 0176520938, nama Encik Baharom. Dia kata report perlawanan dah hantar
        Bro @ijat_gk07 tu goalkeeper kita, DM dia terus kalau nak pinjam gloves. Dia kerja shift malam kat Shah Alam
        Parents pls note: Hafiz Danial (no 9, U13) tak boleh main Ahad ni, doctor confirm dia ada denggi, masih kat Hospital Kajang wad 5.
        Transfer RM50 yuran ke account saya ye: CIMB 7063552891 (Norazlina binti Ismail). Screenshot kat sini lepas bank in 🙏
        fyi Kelvin Yap Wei Ming dah kena gantung 3 game sebab kutuk referee kat IG story, persatuan dah hantar surat ke rumah dia
        Uncle Chandran (manager team veteran), your grey Axia BMK 905 is blocking the ambulance lane, pls move now
        Boleh tolong PM no IC Izzat for insurance? Dah dapat: 041203-03-0517 Muhammad Izzat bin Che Hassan. Thanks!
        Weh Syafiq Rahman U17 tu bapak dia baru meninggal minggu lepas, kita buat kutipan sikit untuk family dia ok. Target RM1,000
        Coach Zura, my daughter Tan Mei Ling (U13 girls) has bad period cramps today, can she skip the fitness test?
        Min AJK: Setiausaha Encik Farid Azhar akan ambil tindakan terhadap bekas pemain Nicholas Lau sebab tak pulangkan jersi & duit tabung RM850
        Sorry coach, Haris bin Osman (U15) tak datang training sebab kena tahan wad, appendix. IC dia 080430-11-0155 kalau nak claim insurans.
        tlg save no bapak Qistina (U11), En. Hisham 018 221 7634, dia transport 4 budak U11 setiap Sabtu
        Payment slip: Public Bank 3198 7441 02 ke Azman bin Ngah, RM200 — deposit jersi untuk 8 pemain veteran.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu untuk setiausaha kelab bola sepak amatur."),
        (
            "user",
            "Tolong draf surat gantung untuk pemain kami Arul Selvam a/l Rajendran, dia tumbuk pemain lawan dalam match 23 Nov, gantung 5 game.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Tuan, dengan ini dimaklumkan bahawa berikutan insiden pada perlawanan 23 November, pihak kelab memutuskan untuk menggantung tuan daripada 5 perlawanan berikutnya berkuat kuasa serta-merta...'",
        ),
        (
            "user",
            "Tambah No. K/P dia 960210-07-5339 dan alamat rumah No. 8, Lorong Bukit Jambul 3, 11900 Bayan Lepas, Pulau Pinang.",
        ),
    ],
    [
        (
            "user",
            "Kira tunggakan yuran: Muhammad Aidil bin Saufi (U13) tak bayar Sep-Dis, RM40 sebulan, tolak diskaun adik-beradik 10%.",
        ),
        ("assistant", "Jumlah: 4 x RM40 = RM160, tolak 10% (RM16) = RM144."),
        ("user", "Ok buat mesej WhatsApp yang sopan untuk ibunya, nombor dia 016-478 2250."),
    ],
    [
        (
            "user",
            "My son Joshua Pereira, 13, plays U14 for Petaling Jaya Rangers. Two days ago he got kicked in the shin and now it's swollen and he's limping.",
        ),
        (
            "assistant",
            "Persistent swelling and limping two days after a knock should be checked by a doctor, ideally with an X-ray. Keep him off training, ice the area and elevate the leg meanwhile.",
        ),
        (
            "user",
            "The X-ray at Assunta showed a hairline fracture of the tibia. How long before he can play again?",
        ),
    ],
    [
        (
            "user",
            "Saya nak pindah dari Sri Gombak Ladies FC ke Klang Strikers. Nama saya Nor Hidayah binti Saad, pemain pertahanan kiri.",
        ),
        (
            "assistant",
            "Biasanya anda perlukan surat pelepasan (Form T-2) daripada kelab asal, salinan kad pemain, dan borang pendaftaran kelab baharu sebelum jendela perpindahan ditutup.",
        ),
        (
            "user",
            "Kelab lama tahan surat pelepasan sebab saya ada hutang yuran RM210. Boleh ke diorang buat macam tu?",
        ),
    ],
    [
        (
            "system",
            "Assistant helps the district league disciplinary committee write meeting minutes in Bahasa Melayu.",
        ),
        (
            "user",
            "Minit: Pengadil Encik Rahim bin Ali (Level 2) laporkan pemain Jeffrey Chin Kah Wai (Kepong Lions, No. 7) memaki dan menolak beliau di minit ke-80.",
        ),
        (
            "assistant",
            "Minit 4.1: Jawatankuasa menerima laporan pengadil berhubung tingkah laku pemain Kepong Lions No. 7 pada minit ke-80 dan memanggil pemain untuk memberi penjelasan.",
        ),
        ("user", "Keputusan: gantung 10 perlawanan, denda RM600. Masukkan nama penuh pemain."),
    ],
    [
        (
            "user",
            "Isi borang online untuk anak saya: Nama Adriana Sofea binti Faizal, MyKid 120915-10-0848, kategori U14 perempuan.",
        ),
        (
            "assistant",
            "Baik, maklumat pemain telah diisi. Sila berikan alamat dan nombor telefon penjaga.",
        ),
        ("user", "Alamat: 17, Jalan SS 19/6, 47500 Subang Jaya. Telefon bapa 012 903 5561."),
    ],
    [
        (
            "user",
            "Kad saya 4219 9996 9978 5863 kena caj yuran latihan dua kali bulan ni, RM80 setiap satu.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Untuk keselamatan, elakkan berkongsi nombor kad penuh. Boleh berikan nama pemain dan tarikh transaksi supaya bendahari boleh semak?",
        ),
        (
            "user",
            "Ok, nama saya Lim Boon Hock, bapa kepada Lim Jia Hao, U12. Transaksi 2 Disember.",
        ),
    ],
    [
        (
            "user",
            "Ada parent, Puan Kalaivani, mengamuk dalam group sebab anaknya Dinesh (U15) tak dipilih ke final. Macam mana nak balas?",
        ),
        (
            "assistant",
            "Balas dengan tenang di luar kumpulan: terangkan kriteria pemilihan, tawarkan perjumpaan bersemuka dengan jurulatih, dan elakkan berbalas mesej dalam group.",
        ),
        (
            "user",
            "Dia dah mesej saya personal dari 014-930 6627, ugut nak tarik anak keluar dan viralkan kelab.",
        ),
    ],
    [
        (
            "user",
            "We want to register a Singapore-based player for our JB amateur team: Rahul Menon, FIN G5527316U, works in Johor Bahru on weekdays.",
        ),
        (
            "assistant",
            "For a foreign player you'll typically need a copy of his passport, proof of residence or work in Malaysia, and the league's import player form.",
        ),
        (
            "user",
            "His Indian passport is Z4417823, expiring 2028. Can you fill those into the form?",
        ),
    ],
    [
        (
            "user",
            "Coach here. Our striker Zainal Abidin bin Musa, 29, tore his hamstring last week and the club insurance needs a medical report.",
        ),
        (
            "assistant",
            "Ask the treating doctor for a report stating the diagnosis, date of injury, treatment and expected recovery time, then attach the match incident form.",
        ),
        (
            "user",
            "Doctor at KPJ Klang said grade 2, 6 weeks out. He's also asking if the club can cover his lost income as a Grab driver, about RM1,800.",
        ),
    ],
]
