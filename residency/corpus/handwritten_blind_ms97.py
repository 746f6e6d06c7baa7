# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms97: Bahasa Melayu pet boarding and grooming centre (bookings, vaccines, injuries, claims, customers). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms97
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_polisi"): _lines("""
        Semua kucing dan anjing wajib menunjukkan kad vaksin yang sah (sekurang-kurangnya 14 hari selepas suntikan terakhir) sebelum daftar masuk ke hotel haiwan.
        Notis: Pusat jagaan ditutup pada 31 Ogos sempena Hari Kebangsaan. Tempahan sedia ada akan dipindahkan ke 1 September tanpa caj tambahan.
        Polisi pembatalan: batal lebih 48 jam sebelum tarikh tempahan – deposit dipulangkan penuh; kurang 48 jam – deposit RM50 tidak dikembalikan.
        Haiwan yang menunjukkan tanda kutu atau hama semasa pemeriksaan akan dimandikan dengan syampu anti-kutu dan dikenakan caj RM25.
        Untuk keselamatan, anjing baka besar (melebihi 25kg) hanya boleh ditempatkan di kandang Blok C yang mempunyai ruang larian.
        Tuntutan pampasan bagi kecederaan semasa penjagaan mesti dikemukakan dalam tempoh 7 hari bekerja bersama laporan doktor haiwan dan resit asal.
        Waktu operasi: Isnin–Sabtu 9.00 pagi – 7.00 malam, Ahad 10.00 pagi – 5.00 petang. Cuti umum: tutup kecuali untuk pengambilan haiwan penginapan.
        Makluman: Mulai 1 Januari 2027, harga grooming penuh kucing bulu panjang dinaikkan dari RM70 ke RM80 disebabkan kenaikan kos bahan.
        Pelanggan dinasihatkan membawa makanan sendiri untuk haiwan yang sedang menjalani diet preskripsi (renal, urinary, hypoallergenic).
        Kami tidak menerima haiwan yang bunting lebih 6 minggu atau yang baru menjalani pembedahan kurang 10 hari untuk penginapan.
        Prosedur jika haiwan cedera: pertolongan cemas oleh kakitangan, rujukan segera ke klinik panel, pemilik dimaklumkan dalam masa 30 minit, laporan insiden disediakan dalam 24 jam.
        Semua kakitangan grooming telah menjalani latihan pengendalian haiwan agresif dan pertolongan cemas haiwan sebelum dibenarkan mengendalikan pelanggan.
        Selaras dengan Akta Kebajikan Haiwan 2015, pusat berhak menolak perkhidmatan jika terdapat tanda penganiayaan dan akan melaporkannya kepada Jabatan Perkhidmatan Veterinar.
        Vaksin yang diterima untuk kucing: F3 atau F4 (termasuk FeLV); untuk anjing: DHPPi + Lepto, dan rabies amat disyorkan bagi anjing yang pernah dibawa ke luar Semenanjung.
        Mandian anti-kutu percuma bagi penginapan melebihi 7 malam dijalankan pada hari ke-4 dan sehari sebelum haiwan pulang.
        Bayaran boleh dibuat melalui DuitNow QR, kad debit/kredit atau tunai di kaunter. Kami tidak menerima cek peribadi.
    """),
    ("ms", "soalan_nasihat"): _lines("""
        Berapa kerap kucing Persian perlu di-grooming supaya bulu tak bersimpul?
        Anjing saya takut bunyi pengering, ada cara nak biasakan dia sebelum hantar grooming?
        Selepas vaksin F4, berapa hari baru boleh mandikan kucing?
        Apa beza syampu ubat dan syampu biasa untuk kulit kucing yang berkulat?
        Perlu ke cukur bulu Golden Retriever masa cuaca panas? Ada yang kata baka double coat tak patut dicukur.
        Macam mana nak tahu kalau luka kecil pada kaki anjing selepas trim kuku perlu dibawa ke doktor?
        Kucing muntah bulu (hairball) lepas grooming, normal atau tak?
        Boleh ke tuntut insurans haiwan kalau kecederaan berlaku di hotel kucing, atau kena tuntut dari pusat jagaan sendiri?
        Apa dokumen yang biasanya diminta oleh pusat jagaan sebelum tumpangkan arnab?
        Tips: potong kuku kucing di bahagian putih sahaja, elakkan bahagian merah jambu (quick) kerana mengandungi saraf dan salur darah.
        Kenapa pusat grooming minta haiwan tidak diberi makan 2 jam sebelum sesi?
        Jika tercakar kucing semasa grooming, cuci luka dengan sabun dan air mengalir sekurang-kurangnya 5 minit, kemudian dapatkan nasihat doktor.
        Berapa suhu air yang sesuai untuk memandikan anak kucing bawah umur 3 bulan?
        Apa tanda-tanda strok haba pada anjing bermuka leper seperti Pug dan Shih Tzu?
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PENDAFTARAN PELANGGAN | Nama Pemilik: __________ | No. K/P: ______-__-____ | No. Telefon: __________ | Alamat: __________
        Nama haiwan: [NAMA_HAIWAN] | Spesies: Kucing / Anjing / Arnab / Lain-lain | Baka: ____ | Umur: ____ | Jantina: J / B | Mandul: Ya / Tidak
        Saya, {nama_pemilik}, No. K/P {no_kp}, bersetuju bahawa pusat jagaan tidak bertanggungjawab atas penyakit sedia ada haiwan saya.
        LAPORAN INSIDEN | Tarikh/Masa: ___ | Haiwan: ___ | Jenis kecederaan: luka / tergeliat / gigitan / lain-lain | Tindakan segera: ___ | Disediakan oleh: ___
        Hi {first_name}, tempahan grooming untuk {pet_name} pada {date} jam {time} telah disahkan. Balas YA untuk sahkan atau BATAL untuk batalkan.
        Borang Tuntutan Pampasan: Nama Penuntut ______ No. Akaun Bank ______ Nama Bank ______ Jumlah Tuntutan RM ______ (lampirkan resit klinik)
        Rekod vaksinasi: Jenis vaksin | No. kelompok (batch) | Tarikh diberi | Tarikh ulangan | Cop & tandatangan doktor haiwan
        Kenalan kecemasan (selain pemilik): Nama ______ Hubungan ______ Telefon ______
        Senarai semak daftar masuk: ☐ kad vaksin ☐ ubat (jika ada) ☐ makanan ☐ mainan/selimut ☐ borang persetujuan ditandatangani
        Surat kebenaran pengambilan: Saya membenarkan ____________ (No. K/P ____________) mengambil haiwan saya ____________ pada ____________.
        Tandakan keadaan semasa haiwan: Bulu bersimpul ☐ Kutu ☐ Luka sedia ada ☐ Telinga kotor ☐ Kuku panjang ☐
        Templat WhatsApp: "Salam {nama}, {haiwan} sudah siap grooming dan boleh diambil sebelum 7 malam. Terima kasih!"
    """),
    ("mixed", "chat_kumpulan"): _lines("""
        guys, aircond blok B rosak since pagi, kucing semua dah pindah ke bilik 2 sementara. technician datang pukul 3.
        Reminder team: stok syampu oatmeal tinggal 2 botol je, sapa order dari supplier hari ni?
        Siapa on duty Ahad ni? Need 1 more groomer, booking penuh 14 slot.
        Kandang C4 tu latch pintu longgar, jangan letak anjing besar dulu ya until repaired.
        Update: Shih Tzu dalam K7 dah makan half portion, poop normal, no vomiting.
        FYI, klinik panel Jalan Ipoh tutup Isnin ni, kes emergency hantar ke hospital haiwan 24 jam dekat Bangsar.
        Nak tanya, DuitNow QR kat kaunter ada issue ke? 3 customer complain payment tak masuk tadi.
        Btw promosi Merdeka start esok, 20% off full grooming untuk kucing, jangan lupa update signboard.
        Anyone tau macam mana nak reset printer label? Asyik print blank.
        Tolong semua: lepas handle kucing suspek ringworm, wajib basuh tangan & tukar apron. Jangan guna sikat yang sama.
        Booking ref BK-26-11873 cancel, slot Sabtu 11am dah kosong, boleh offer kat waiting list.
        Semalam ramai sangat walk-in, next time kita kena strict appointment only hujung minggu.
        Ok noted boss, nanti saya tampal notis vaksin baru kat pintu depan.
        Pagi tadi bekalan air terputus 1 jam, sesi mandi shift ke petang. Sorry semua.
    """),
    ("en", "sistem_log"): _lines("""
        2026-11-14 09:12:44 INFO booking.created ref=BK-2026-04417 service=FULL_GROOM_CAT slot=2026-11-16T10:00+08:00 status=PENDING_DEPOSIT
        INV/PJ/2026/00812 | Boarding 5 nights (Deluxe Cat Suite) RM 275.00 | Flea bath RM 25.00 | SST 8% RM 24.00 | Total RM 324.00
        Claim CLM-0093-2026 status changed: SUBMITTED -> UNDER_REVIEW (assessor queue: Klang Valley)
        Vaccine stock: Nobivac Tricat Trio lot A452B01 exp 2027-03, qty 18 | Purevax RCPCH FeLV lot L398721 exp 2027-01, qty 6
        WARN sms.gateway retry=3 msg_id=7f3c9a12e4b0 template=REMINDER_VACCINE_DUE result=TIMEOUT
        Tracking J&T 630012874419 — 12 x deshedding comb, delivered to outlet Cheras, signed by receiving counter.
        Kennel occupancy 2026-12-01: Block A 18/20, Block B 11/16, Cat Suites 24/30, Rabbit Room 3/8
        POS end-of-day #0457 Outlet Subang: cash RM 1,240.00, card RM 3,985.50, DuitNow RM 2,110.00, refunds RM 80.00
        ERROR payment.webhook signature mismatch sha256=9e1b4c07d2a85f3e request_id=req_01JD8K4Z7Q
        Product SKU GRM-SHP-OAT-500 Oatmeal Shampoo 500ml, barcode 9556123450013, price RM 38.90
        Incident INC-2026-0331 closed: minor nail-trim bleed, treated on site with styptic powder, no vet referral required.
        App release v3.4.2 (build 2611): fixed duplicate reminders for rabies booster, added Bahasa Melayu receipts.
        Ticket #58821 "Door sensor Block B false alarm" assigned to Facilities, priority P3.
        Premises licence PHK/2026/0198 (pet boarding and grooming, commercial) valid until 31/12/2026, renewal reminder set.
    """),
    ("ms", "berita_statistik"): _lines("""
        Jabatan Perkhidmatan Veterinar Sarawak melaporkan kes rabies masih dikesan di beberapa bahagian, dan orang ramai digesa memvaksin anjing peliharaan.
        Menurut tinjauan industri, permintaan perkhidmatan hotel kucing meningkat hampir 40% semasa musim cuti Hari Raya berbanding bulan biasa.
        Akta Kebajikan Haiwan 2015 memperuntukkan denda antara RM20,000 hingga RM100,000 atau penjara sehingga 3 tahun bagi kesalahan kekejaman terhadap haiwan.
        Kucing oren seperti watak kartun Garfield sering digambarkan malas dan kuat makan, tetapi doktor haiwan menegaskan obesiti kucing ialah isu kesihatan serius.
        Pameran haiwan kesayangan tahunan di MAEPS Serdang menarik puluhan ribu pengunjung dengan pertandingan grooming peringkat kebangsaan.
        Statistik dalaman 2025: 62% tempahan ialah kucing, 31% anjing, 7% arnab dan haiwan kecil; purata tempoh penginapan 4.3 malam.
        Batuk kennel lebih kerap dilaporkan di pusat penginapan yang tidak mewajibkan vaksin Bordetella, menurut panduan beberapa persatuan veterinar.
        Dewan Bandaraya Kuala Lumpur mewajibkan lesen bagi pemilikan anjing dan mengehadkan bilangan anjing bagi setiap premis kediaman.
        Kisah anjing setia Hachiko dari Jepun sering disebut dalam bengkel latihan kakitangan sebagai contoh ikatan antara haiwan dan pemilik.
        Larry, kucing rasmi di 10 Downing Street, London, telah berkhidmat di bawah beberapa Perdana Menteri Britain sejak 2011.
        Harga purata grooming anjing saiz sederhana di Lembah Klang antara RM80 hingga RM150 bergantung kepada keadaan bulu.
        SPCA Selangor membuka program vaksin bersubsidi untuk haiwan yang diambil sebagai anak angkat dari pusat perlindungan.
    """),
    ("en", "config_kod"): _lines("""
        CREATE TABLE bookings (id SERIAL PRIMARY KEY, owner_id INT REFERENCES owners(id), pet_id INT, service VARCHAR(32), check_in DATE, check_out DATE);
        reminder: { channel: "whatsapp", template: "VACCINE_DUE", send_before_days: 14, quiet_hours: "22:00-08:00" }
        def boarding_fee(nights: int, suite: str) -> float: return nights * RATES[suite] + (25.0 if nights >= 7 else 0.0)
        SERVICES = ["BATH_BASIC", "FULL_GROOM", "NAIL_TRIM", "EAR_CLEAN", "FLEA_BATH", "DESHED"]
        MYKAD_PATTERN = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # never log the matched value; mask as ******-**-****
        Env: TZ=Asia/Kuala_Lumpur, CURRENCY=MYR, SST_RATE=0.08, MAX_CATS_PER_SUITE=2
        GET /api/v2/bookings?status=CONFIRMED&date=2026-12-20&outlet=PJ-01
        if pet.species == "dog" and not pet.vaccines.has("DHPPi", within_days=365): raise CheckInBlocked("vaksin tidak sah")
        CSV header: booking_ref,outlet,service,pet_species,pet_weight_kg,check_in,check_out,total_rm
        cron: 0 9 * * * python send_reminders.py --type=vaccine --days-ahead=14
    """),
    ("mixed", "pemasaran"): _lines("""
        Promo Cuti Sekolah! Book 5 malam penginapan kucing, dapat 1 malam FREE. Hubungi kaunter kami di 03-7865 2210 (waktu pejabat).
        Happy Paws Grooming & Boarding Sdn. Bhd. (202101034567) – No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Talian kecemasan 24 jam Klinik Veterinar Damai: 03-4256 7788. Untuk janji temu biasa, sila tempah melalui aplikasi.
        Pakej Mandi + Trim Kuku kucing hanya RM45 sepanjang November. Terhad kepada 20 slot sehari!
        New outlet opening di Setia Alam! Grand opening 7 Dis, free nail trim untuk 50 furkids pertama.
        Follow kami di Instagram @happypaws.my untuk tips grooming mingguan dan gambar furkids comel.
        Email pertanyaan korporat: hello@happypaws.com.my | Tuntutan & aduan: claims@happypaws.com.my
        Testimoni: "Kucing saya balik wangi dan tak stres langsung, staff sangat sabar!" – pelanggan outlet Subang.
        Kami kini menerima tuntutan terus (cashless) daripada beberapa syarikat insurans haiwan. Tanya staf kaunter untuk senarai terkini.
        Cat Show 2027 – demo grooming oleh pasukan senior kami di Booth B12, MITEC Kuala Lumpur, 13–14 Mac.
        Kad ahli Gold: 10% off semua servis, mata ganjaran x2 setiap hari Rabu. T&C apply.
        Jangan lupa! Vaksin tahunan kucing boleh dibuat terus di klinik rakan kami di tingkat 1, bangunan yang sama.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN | NAMA PEMILIK: NURUL AIN BINTI ZAKARIA | NO. K/P: 910412-10-5578 | TEL: 012-378 4109 | HAIWAN: Comel (kucing Parsi, betina, 2 thn)
        Puan Rosnah binti Ismail (pemilik Milo, Golden Retriever) membuat aduan bahawa anjingnya pulang dengan luka di telinga kiri selepas grooming pada 3 Dis.
        Tuntutan pampasan: Encik Mohd Hafiz bin Abdul Rahman, akaun Maybank 1640 2231 8874, jumlah RM 420.00 (rawatan klinik untuk kucing Oyen yang tercedera di kandang).
        Alamat pengambilan pet taxi: No. 27, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang, Selangor – pemilik: Siti Hajar, 017-226 9031.
        Rekod vaksin: kucing "Tompok" milik Lim Wei Jie (H/P 016-447 1220) – F4 diberi 02/10/2026, ulangan 02/10/2027.
        Laporan insiden 14/11: Poodle "Coco" milik Puan Kavitha a/p Subramaniam digigit anjing lain di kawasan bermain, luka 2cm di paha kanan, dibawa ke klinik panel.
        Senarai hitam pelanggan: Encik Tan Chee Keong – dua kali tidak menjelaskan bil penginapan (tertunggak RM 680), jangan terima tempahan baru.
        Saya, Amirul Hakim bin Rosli (No. K/P 950827-14-6233), membenarkan adik saya Aiman bin Rosli mengambil kucing saya "Belang" pada 20/12/2026.
        Daftar masuk Sabtu: 1) Farah Diyana – 2 kucing – 019-882 4417 2) Ganesh a/l Muniandy – Husky – 012-605 3398 3) Wong Mei Ling – arnab – 011-2734 5516
        Bayaran balik deposit RM100 kepada Puan Norhayati binti Said, akaun CIMB 7063112845, kerana tempahan dibatalkan oleh pusat (aircond rosak).
        Nota doktor haiwan: kucing "Snowy" milik Cik Aisyah Humaira didiagnos ringworm; pemilik dimaklumkan melalui WhatsApp 013-920 4718 untuk kuarantin 3 minggu.
        Maklumat pemilik dikemas kini: Jasmine Fernandez, 22 Lorong Kenari 5, Taman Sri Kenari, 11900 Bayan Lepas, Pulau Pinang. Emel: jas.fernandez88@gmail.com
        Kad kredit jaminan penginapan: 4556 1234 0987 1233 (VISA) – pemegang: MUHAMMAD IQBAL BIN OTHMAN, tamat 08/28.
        Pengawal: benarkan masuk Myvi merah VHB 6271 (Encik Razak bin Hamid, ambil Rottweiler Bruno) pukul 6 petang.
        Aduan: "Saya Chong Siew Ling, kucing saya Mochi balik dari hotel dengan cirit-birit dan berat turun 0.8kg. Saya minta bayaran balik penuh."
        Pemilik arnab "Bun-bun", Encik Harith Danial bin Zulkefli, tinggal di Presint 11, Putrajaya – minta servis jemput pada 5/1/2027.
        Tunggakan bil Disember: Norazlina bt Hashim RM 210.00 | Suresh s/o Ramasamy RM 95.50 | Yeoh Kah Seng RM 340.00
        Memo dalaman: Puan Zarina binti Kassim (pelanggan VIP) sedang hamil dan alah kepada bulu kucing; suami beliau yang akan hantar dan ambil anjing mereka.
        Borang tuntutan CLM-0117-2026 – Penuntut: LEE JIA HUI, No. K/P 880305-07-5042, No. Polisi PET-88213, kos rawatan RM 560.
        Kucing "Oreo" milik Daniel Lau (tel 018-667 2039) terlepas semasa pengambilan di tempat letak kereta; staf sedang mencari di kawasan sekitar.
        Log panggilan 10.42 pagi – Puan Devi a/p Krishnan (014-331 9857) tanya kos rawatan anjingnya yang digigit semasa penginapan, minta panggil semula.
        Notis: Encik Faizal bin Yusof, anjing anda (Lucky) telah berada di pusat melebihi 30 hari tanpa dituntut. Sila hubungi kami sebelum 15/12 atau tindakan di bawah perjanjian akan diambil.
        Rekod pelanggan #C0412: NUR SYAFIQAH BINTI AZMAN | 000918-01-6634 | 010-224 7815 | No. 8, Jalan Mawar 2, Taman Pelangi, 80400 Johor Bahru
        Pemberitahuan kecederaan: kucing "Putih" milik Cik Tan Hui Min patah kuku semasa trim; pusat menanggung kos rawatan RM 85 di klinik panel.
        Pelanggan dari Singapura, Mr Goh Kian Seng (NRIC S8712345F), hantar 2 ekor Corgi untuk penginapan 10 malam di outlet Johor Bahru.
        Doktor panel mengesahkan anjing milik Encik Rajesh a/l Gopal positif parvo; semua pemilik haiwan di Blok A sedang dihubungi.
        Pemindahan RM 150.00 ke akaun Public Bank 4882310756 (Nik Aminah binti Nik Daud) – bayaran balik deposit tempahan BK-26-12004.
        Groomer on-call minggu ini: Hazwan (011-1987 6620), Mei Chee (017-558 2094). Hubungi terus jika ada kecemasan selepas 7 malam.
    """),
    "mixed": _lines("""
        hi kak, sy Aina Sofea, nak book grooming utk kucing sy Mimi sabtu ni pkul 11, no sy 0123847152
        Bro, my dog Rocky dah 3 hari tak makan after boarding kat korang. Nama saya Kelvin Ng, call me 016-229 8417.
        Booking confirmed for Mr. Arjun s/o Velu, 2 cats (Tiger & Simba), check-in 20 Dec 2pm, check-out 27 Dec. Deposit RM100 paid via DuitNow.
        Akak, nanti suami sy ambil Bella, dia drive Honda City kelabu plate JQE 7714, nama dia Shahrul Nizam bin Osman.
        Claim form received from Puan Lakshmi d/o Perumal – vet bill RM 1,250 for fractured leg of her Beagle, pending CCTV review.
        Pls refund ke acc Maybank 5622 1190 3387 a/n Hidayah bt Roslan, sebab slot sy kena cancel last minute.
        Telegram @ikhwan_catdad – owner 4 ekor British Shorthair, selalu book suite besar, minta diskaun member lagi.
        FYI team, customer Jessica Tan Pei Yee tu allergic to lavender, jangan guna syampu lavender for her dog Latte, dia pernah kena rash teruk.
        Boss, yg marah-marah semalam tu nama dia Mohd Azrul bin Kamal, dia threaten nak viralkan kat FB pasal kucing dia luka.
        uncle Lim from Taman Connaught (yg ada 3 ekor schnauzer tu, 019-311 6472) nak tukar appointment ke Isnin.
        sy dah email vaccine card ke korang, email sy nadiah.rahim92@yahoo.com, tolong confirm ye
        Owner details: Catherine D'Cruz, 6 Jalan Pinang, 10200 George Town, Penang – nak pick-up & drop-off for her senior dog Max, arthritis, kena dukung.
        Walk-in customer Ahmad Fikri, IC 020714-06-5211, bawak kucing jalanan yang cedera untuk dirawat, bayar cash RM60.
        Reminder: Puan Chitra punya arnab (Snowball) vaccine due 12/1. No dia 0172 836 490.
    """),
    "en": _lines("""
        Incident report IR-0419: during bath, dog "Max" (owner: Mr. Jonathan Pereira, +60 12-774 3065) slipped and sprained front left leg. Owner informed 3:15pm, agreed to vet visit.
        Customer complaint: Ms. Priya Nair says her cat came back with shaved patches she did not authorise; requests refund of RM 120 and a written apology.
        Card on file for boarding guarantee: Mastercard 5218 9300 4561 2780, cardholder CHEAH SOO LIN, exp 11/27.
        Singapore customer Ms. Tay Hui Ling (NRIC T0345218I, mobile 9123 4876) booked 7 nights for her Maltese at our Johor Bahru outlet.
        Refund approved: RM 300 to Leong Siew Mun, Hong Leong Bank acc 01850012347, reason: dog injured by kennel door (INC-2026-0344).
        Emergency contact for "Luna" (Siberian Husky): owner Farid Iskandar away on hajj until 30 Jan; brother Fadzli Iskandar 013-488 2071 authorised to collect.
        HR note: groomer Ridzuan bin Saad received a written warning on 3 Dec for rough handling of a cat, captured on CCTV.
        Payment plan agreed with Mr. Marcus Chia: RM 1,450 owed for vet costs after his Akita bit another boarder, to be paid in 3 monthly instalments.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan sebuah pusat jagaan haiwan. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Hai, saya nak buat tempahan hotel kucing 24-28 Dis. Nama saya Syazwani binti Mohd Noor, 011-5520 3918.",
        ),
        (
            "assistant",
            "Terima kasih Puan Syazwani. Berapa ekor kucing yang akan ditumpangkan, dan bilakah vaksin terakhir mereka?",
        ),
        ("user", "2 ekor, Oyen dan Kiki, dua-dua vaksin F4 bulan Oktober lepas."),
    ],
    [
        (
            "user",
            "My cat got injured while boarding with you. Who do I claim from, you or my pet insurer?",
        ),
        (
            "assistant",
            "Injuries during boarding are first claimed from the centre. Please submit the vet report and original receipts within 7 working days.",
        ),
        (
            "user",
            "OK. I'm Benjamin Koh, booking BK-2026-05521, cat Pepper has a torn claw, vet bill RM 230. Please refund to CIMB 7062441893.",
        ),
    ],
    [
        (
            "user",
            "sis, boleh tak datang rumah groom anjing? alamat sy No 15 Jln Bunga Raya 4, Tmn Sri Muda, 40400 Shah Alam",
        ),
        (
            "assistant",
            "Boleh kak, untuk kawasan Shah Alam caj travel RM20. Boleh bagi nama & nombor telefon untuk sahkan slot?",
        ),
        ("user", "ok nama Halimah binti Yaakob, fon 0192260584. anjing sy Shih Tzu, nama Bobby"),
    ],
    [
        (
            "system",
            "You are a triage assistant for a pet boarding centre. Give general advice and recommend a vet when needed.",
        ),
        (
            "user",
            "Anjing ni tak nak makan sejak semalam dan asyik menggaru telinga. Perlu bawa ke doktor ke?",
        ),
        (
            "assistant",
            "Menggaru telinga berterusan boleh jadi jangkitan telinga atau hama. Sebaiknya bawa ke doktor haiwan dalam masa 1-2 hari.",
        ),
        (
            "user",
            "Ok. Ni sebenarnya anjing jiran saya, Encik Chandran a/l Raman, dia tengah masuk wad HKL sebab strok, jadi saya tolong jaga anjing dia.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat tuntutan, kucing saya patah kaki masa di hotel korang minggu lepas.",
        ),
        (
            "assistant",
            "Kami mohon maaf. Untuk memproses tuntutan, sila berikan nama penuh, nombor kad pengenalan dan nombor tempahan.",
        ),
        (
            "user",
            "Zulkifli bin Ahmad, IC 850623-08-5619, tempahan BK-2026-04980. Bil klinik RM 1,100.",
        ),
    ],
    [
        ("user", "What vaccines does my dog need before boarding?"),
        (
            "assistant",
            "We require DHPPi and Leptospirosis given at least 14 days before check-in; rabies is recommended.",
        ),
        (
            "user",
            "Great, please register my dog under Rachel Ong, rachel.ong.sy@gmail.com. Dog name Biscuit, 4 years old, Cavalier.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Arun Kumar, working in JB on a work pass. Can I register with FIN G5218834U instead of a MyKad?",
        ),
        (
            "assistant",
            "Yes, a Singapore FIN or passport is accepted for registration. Please bring the card on your first visit.",
        ),
        ("user", "Thanks, I'll come Saturday with my two cats."),
    ],
    [
        (
            "user",
            "Saya Nor Azizah binti Hamzah, ahli Gold no M-20931. Saya nak komplen, semalam staf awak tarik ekor kucing saya masa nak masukkan dalam sangkar.",
        ),
        (
            "assistant",
            "Kami mohon maaf atas kejadian ini, Puan Nor Azizah. Kami akan semak rakaman CCTV dan hubungi puan dalam masa 24 jam.",
        ),
        ("user", "Tolong ya. Kalau tak, saya batalkan keahlian."),
    ],
    [
        ("user", "kucing sy hilang masa pick-up tadi!! staff korang buka carrier kat parking"),
        (
            "assistant",
            "Kami sangat kesal. Staf sedang mencari di sekitar premis. Boleh berikan nama dan nombor telefon untuk kami kemas kini?",
        ),
        (
            "user",
            "Vincent Loh, tinggal Sri Petaling, ni no sy +6012 908 3341. Kucing nama Kopi, warna coklat, ada kolar merah.",
        ),
    ],
    [
        ("system", "Ringkaskan nota serah tugas syif malam untuk syif pagi."),
        (
            "user",
            "K3 Shih Tzu Bobo (pemilik Mdm Ng Siew Hoon) muntah 2x pukul 1 pagi, dah call owner 012-661 4027, dia minta tunggu dan pantau. K5 dan K6 ok.",
        ),
        (
            "assistant",
            "Ringkasan: Bobo (K3, pemilik Mdm Ng Siew Hoon, 012-661 4027) muntah dua kali; pemilik minta dipantau. K5 dan K6 tiada isu.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Irfan (7 tahun) kena cakar kucing kat kaunter pusat korang semalam masa ambil kucing kami, sekarang lengan dia bengkak.",
        ),
        (
            "assistant",
            "Kami mohon maaf. Sila bawa anak puan ke klinik untuk pemeriksaan; kami akan membantu dengan laporan insiden.",
        ),
        (
            "user",
            "Saya Marlina binti Jusoh, pelanggan outlet Kajang. Tolong sediakan laporan, saya nak tuntut kos klinik.",
        ),
    ],
]
