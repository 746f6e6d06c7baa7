# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms159: klinik gigi dan ortodontik di Malaysia (temujanji, rawatan pendakap gigi, bayaran ansuran, aduan, rekod pesakit, kumpulan WhatsApp staf). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_klinik"): _lines("""
        NOTIS: Klinik akan ditutup pada 31 Ogos 2026 sempena Hari Kebangsaan dan dibuka semula pada 1 September jam 9.00 pagi. Untuk kecemasan, sila hubungi talian 03-7865 2210.
        Pesakit pendakap gigi dimohon tiba 10 minit lebih awal untuk sesi adjustment. Kelewatan melebihi 15 minit akan dijadualkan semula mengikut slot kosong.
        Mulai 1 Januari 2027, bayaran boleh dibuat melalui DuitNow QR, kad kredit Visa/Mastercard dan Atome. Cek peribadi tidak lagi diterima di kaunter.
        Klinik Pergigian Senyum Ceria Sdn. Bhd. (No. Syarikat 201901023456 (1331045-K)), Lot 1-12, Tingkat 1, Wisma Aman, Jalan Tun Razak, 50400 Kuala Lumpur.
        Waktu operasi bulan Ramadan: Isnin hingga Jumaat 9.00 pagi - 4.30 petang, Sabtu 9.00 pagi - 1.00 petang. Ahad dan cuti umum tutup.
        Untuk temujanji, WhatsApp talian rasmi klinik di 011-2687 4410 (waktu pejabat sahaja). Mesej di luar waktu operasi akan dibalas pada hari bekerja berikutnya.
        Peringatan: Sila pakai pelitup muka di ruang menunggu jika anda mengalami batuk atau selesema. Terima kasih atas kerjasama anda.
        Cawangan baharu kami di Aras 2, Sunway Pyramid, Bandar Sunway kini beroperasi! Promosi pembukaan: scaling & polishing RM80 sehingga 30 November.
        Klinik ini berdaftar dengan Majlis Pergigian Malaysia di bawah Akta Pergigian 2018 (Akta 804). Sijil pendaftaran dipamerkan di kaunter hadapan.
        Pesakit Invisalign: sila bawa semua aligner lama dan kotak simpanan semasa temujanji semakan. Jangan buang aligner set terdahulu.
        Parkir percuma disediakan di basement B1 untuk pesakit. Sila cop tiket parkir di kaunter pendaftaran sebelum keluar.
        Aduan atau maklum balas boleh diemel ke aduan@senyumceria.com.my atau diisi melalui borang di laman web. Kami akan membalas dalam tempoh 3 hari bekerja.
        Kanak-kanak bawah 12 tahun mesti ditemani ibu bapa atau penjaga sepanjang rawatan. Terdapat sudut bermain bertema Upin & Ipin di ruang menunggu.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama tempoh rawatan pendakap gigi? J: Secara purata 18 hingga 24 bulan, bergantung kepada tahap kes dan kerjasama pesakit memakai getah elastik.
        S: Adakah pendakap gigi sakit? J: Rasa tidak selesa biasanya berlaku 3-5 hari selepas pemasangan atau adjustment. Ubat tahan sakit seperti paracetamol boleh membantu.
        S: Bolehkah saya bayar secara ansuran? J: Ya, kami menawarkan pelan ansuran 0% sehingga 24 bulan dengan deposit minimum RM1,000.
        S: Apakah beza pendakap metal, seramik dan self-ligating? J: Metal paling jimat, seramik kurang ketara, manakala self-ligating seperti Damon System kurang geseran.
        S: Perlukah saya cabut gigi sebelum pasang braces? J: Tidak semestinya. Keputusan dibuat selepas X-ray OPG, lateral ceph dan analisis model gigi.
        S: Berapa kerap perlu datang untuk adjustment? J: Setiap 4 hingga 6 minggu. Bagi aligner jernih, semakan dibuat setiap 8 hingga 10 minggu.
        S: Makanan apa yang perlu dielakkan? J: Elakkan makanan keras dan melekit seperti kacang, ais batu, gula-gula getah dan kerepek keras yang boleh menanggalkan bracket.
        S: Adakah rawatan ortodontik dilindungi insurans? J: Kebanyakan polisi perubatan tidak melindungi rawatan kosmetik. Sila semak dengan syarikat insurans anda.
        S: Bolehkah saya guna simpanan KWSP untuk rawatan gigi? J: Pengeluaran kesihatan KWSP tertakluk kepada syarat penyakit kritikal; rawatan ortodontik biasa tidak layak.
        S: Apakah retainer dan berapa lama perlu pakai? J: Retainer mengekalkan kedudukan gigi selepas braces dibuka. Pakai sepenuh masa 6 bulan, kemudian waktu malam sahaja.
        S: Adakah braces dari kedai online selamat? J: Tidak. Pemasangan pendakap gigi oleh individu tanpa pendaftaran adalah satu kesalahan di bawah Akta Pergigian 2018.
        S: Umur paling sesuai untuk rawatan ortodontik? J: Pemeriksaan awal disyorkan pada umur 7 tahun, tetapi orang dewasa juga boleh menjalani rawatan pada bila-bila umur.
        S: Jika bracket tercabut, apa perlu buat? J: Simpan bracket tersebut dan hubungi klinik di 03-5632 8891. Jika wayar mencucuk, tutup dengan lilin ortodontik.
    """),
    ("ms", "senarai_harga"): _lines("""
        Konsultasi & pemeriksaan pergigian: RM50 | X-ray OPG: RM120 | X-ray lateral cephalometric: RM150 | Gambar intraoral & model digital: RM200
        Pendakap gigi metal konvensional (dua rahang): RM4,800 - RM6,500 termasuk adjustment bulanan, tidak termasuk retainer.
        Pendakap seramik: RM6,800 - RM8,500 | Self-ligating (Damon Clear): RM9,500 - RM11,800 | Lingual braces: dari RM18,000
        Invisalign Express: RM9,900 | Invisalign Lite: RM14,500 | Invisalign Comprehensive: RM19,800 - RM23,000 (harga termasuk scan iTero)
        Retainer Hawley (satu rahang): RM450 | Retainer jernih Essix: RM350 | Fixed retainer wayar lingual: RM600 setiap rahang
        Scaling & polishing: RM90 - RM150 | Tampalan komposit: RM100 - RM250 setiap gigi | Cabutan biasa: RM80 - RM150
        Rawatan saluran akar (gigi hadapan): RM900 - RM1,200 | gigi geraham: RM1,500 - RM2,200 | Crown porselin: RM1,800 ke atas
        Pakej pelajar IPTA/IPTS: diskaun 10% untuk braces metal dengan kad matrik sah. Tidak boleh digabung dengan promosi lain.
        Pelan ansuran 12 bulan: deposit RM1,500, baki RM300 sebulan. 24 bulan: deposit RM1,000, baki RM210 sebulan. Caj lewat bayar RM20.
        Penggantian bracket tertanggal (selepas 2 kali percuma): RM30 setiap satu | Wayar ganti NiTi: RM80 | Getah elastik sepaket 100 biji: RM15
        Pemutihan gigi Philips Zoom di klinik: RM1,200 | Kit pemutihan rumah: RM650 | Pakej kombinasi: RM1,650
        Harga berkuat kuasa 1 Mac 2026 dan tertakluk kepada jadual fi di bawah Akta Kemudahan dan Perkhidmatan Jagaan Kesihatan Swasta 1998 (Akta 586).
        Implan gigi tunggal (Straumann, Switzerland): RM6,500 - RM8,000 | Osstem (Korea): RM4,800 - RM5,800 termasuk abutment dan crown.
    """),
    ("en", "clinic_reviews"): _lines("""
        5 stars. Staff at the Bangsar branch were friendly and explained the Invisalign treatment plan clearly with the 3D ClinCheck simulation. Parking is a bit tight though.
        Been going to Klinik Pergigian Dr. Lim & Rakan for my braces adjustments for a year. Always on time, never waited more than 10 minutes. Recommended!
        3/5. Treatment was fine but the front desk kept forgetting to send appointment reminders. Please fix your SMS system, it's 2026.
        Prices are transparent, the price list is posted online and matches what I paid. Instalment plan via Maybank EzyPay was easy to set up at the counter.
        Went to Smile Avenue Dental at Mid Valley Megamall for a quick scaling. Clean, modern, and the hygienist was gentle. RM120 total, reasonable for KL.
        1 star. Called their hotline 03-2282 6100 four times and no one answered. Ended up walking in and they said the system was down. Not professional.
        Great for kids! The clinic has a Doraemon-themed room and they hand out stickers after every check-up. Little ones actually look forward to going.
        The orthodontist here is clearly experienced. Braces off after 20 months, teeth look straight and bite feels natural. Retainer included in the package.
        Would not recommend the aligner promo at this branch. The 'RM5,999 all-in' package excluded refinement trays, which cost an extra RM1,800.
        Clinic is near the LRT Taman Jaya station, convenient if you work in PJ. Saturday slots fill up fast, book at least two weeks ahead.
        Honest review: ceramic brackets stain if you drink teh tarik every day like me. Clinic warned us beforehand so no complaints.
        Reply from the owner: Thank you for your feedback. We have upgraded our booking system and reminders are now sent via WhatsApp 24 hours before each visit.
        Loved that they accept Atome and ShopBack PayLater. Paid for my retainer in 3 parts without interest. Receptionist was super helpful.
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        Morning all, chair 3 suction tak berapa kuat today. Dah report kat supplier, technician datang lepas lunch. Please guna chair 1 dan 2 dulu ya.
        Reminder: stock elastik 3/16 medium dah tinggal 2 paket. Siapa on duty petang tolong order dari Dentsply portal before 5pm.
        Autoclave cycle pagi ni pass, printout dah tampal dalam log book. Spore test next Monday, jangan lupa.
        Guys, iTero scanner update firmware v5.3.1 malam ni. Jangan off PC kat surgery 2 until tomorrow morning ok.
        Today appointment quite packed, 28 patients total. Walk-in kita redirect ke slot Sabtu or cawangan Sunway Pyramid ya.
        Boss cakap mesyuarat staf Jumaat ni tukar ke 2.30pm sebab ada audit KKM pagi tu. Pastikan semua rekod sterilization up to date.
        Sapa yang last guna printer kat kaunter? Paper jam lagi. Dah call Canon service, tiket no. CSR-2611-0457.
        Invoice from Ormco dah sampai, total RM7,842.60. Accounts tolong verify dengan PO-2026-118 before bayar.
        FYI, mulai minggu depan SOP baru: semua patient Invisalign kena sign consent form versi 2026-03 sebelum scan. Form dalam folder shared drive.
        Lunch hari ni kita order Nasi Lemak Antarabangsa through GrabFood? Collect duit RM12 seorang, min order RM60.
        Aircond waiting area bocor lagi. Dah WhatsApp building management 03-7955 1200, diorang hantar orang esok pagi 10am.
        Tolong semua update Google Calendar klinik, slot orthodontist on leave 15-19 Dis dah block. Any reschedule refer master list kat kaunter.
        Staff uniform baru dah sampai, saiz S-XL ada dalam stor. Ambil 2 helai sorang, sign dalam borang inventori.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-11-04T09:15:22+08:00 INFO booking-svc: slot released chair=3 branch=BSR appt_id=APT-20261104-0087 reason=no_show_timeout
        reminder.sms.sender_id=SENYUMCERIA, reminder.hours_before=24, reminder.template_id=TPL_ORTHO_ADJ_v3, reminder.provider=twilio
        CSV header: appt_id,branch_code,chair_no,treatment_code,start_time,end_time,status,fee_rm,instalment_plan_id
        WARN payment-gw: webhook retry 3/5 for txn TXN-8F3A2C91 provider=ipay88 status=pending amount=300.00 currency=MYR
        treatment_codes = {'ORTHO_MTL': 'Metal braces', 'ORTHO_CER': 'Ceramic braces', 'ALN_CMP': 'Clear aligner comprehensive', 'RET_ESX': 'Essix retainer'}
        docker compose up -d clinic-api:2.14.0 clinic-db:postgres-16.4 redis:7.2 # staging only, do not point at prod DB
        ERROR imaging-bridge: DICOM C-STORE failed ae_title=OPG_BSR_01 host=10.20.3.41 port=104 sha256=9f2c4e1b7a0d5c33e8f1a6b2d4c7e9f0
        installment_plan: {id: INS24-DEP1000, months: 24, deposit_rm: 1000, monthly_rm: 210, late_fee_rm: 20, grace_days: 7}
        SELECT branch_code, COUNT(*) AS no_shows FROM appointments WHERE status = 'NO_SHOW' AND start_time >= '2026-10-01' GROUP BY branch_code;
        pip install fhir.resources==7.1.0 && python manage.py migrate ortho_records 0042_add_retainer_stage
        2026-11-04 18:02:11 INFO backup: nightly snapshot clinicdb_20261104.sql.gz size=2.31GB uploaded to s3://sc-backup-apse1/daily/ ok
        Release notes v2.14.0: added aligner tray tracker, fixed timezone bug for Asia/Kuala_Lumpur, removed legacy fax integration.
        cron: 0 8 * * 1-6 /opt/clinic/bin/send_reminders --branch=ALL --channel=whatsapp --dry-run=false
    """),
    ("ms", "invois_syarikat"): _lines("""
        INVOIS No. INV-DS-2026-04521 | Tarikh: 12/10/2026 | Daripada: Dentalink Supplies Sdn. Bhd. (199801012345) | Kepada: Klinik Pergigian Senyum Ceria Sdn. Bhd.
        Item: Bracket metal MBT 0.022 slot, 5x5 kit, kod SKU BR-MBT22-55, kuantiti 20 kit @ RM185.00 = RM3,700.00
        Item: Wayar NiTi 0.014 upper, pek 10, SKU NT-014U-10, kuantiti 15 @ RM42.00 = RM630.00 | Wayar SS 0.019x0.025 lower, kuantiti 10 @ RM38.00
        Jumlah kecil: RM7,386.00 | Diskaun pelanggan tetap 5%: -RM369.30 | SST 0% (bekalan perubatan dikecualikan) | Jumlah perlu dibayar: RM7,016.70
        Bayaran ke: Maybank Berhad, akaun semasa syarikat Dentalink Supplies Sdn. Bhd. 5141 2233 0987. Sila nyatakan no. invois sebagai rujukan.
        Terma: 30 hari bersih dari tarikh invois. Faedah lewat 1.5% sebulan dikenakan ke atas baki tertunggak selepas tarikh matang.
        Nota Kredit CN-2026-0188: pemulangan 3 kotak aligner chewie (rosak semasa penghantaran), nilai RM96.00 ditolak daripada invois INV-DS-2026-04521.
        Pesanan Belian PO-2026-118 | Pembekal: Ormco Malaysia | Penghantaran ke: Lot 1-12, Wisma Aman, Jalan Tun Razak, 50400 Kuala Lumpur | Tarikh jangka tiba: 20/10/2026
        Resit Rasmi No. OR-004417 diterima daripada Klinik Pergigian Senyum Ceria Sdn. Bhd. sebanyak RM7,016.70 melalui DuitNow (ruj. bank 2026101588412).
        e-Invois LHDN MyInvois: UUID 7F3K9Q2M8X1P4R6T, status Sah, dihantar 12/10/2026 14:22. Kod QR pengesahan dicetak di bahagian bawah invois.
        Invois No. SVC-2026-0931: Servis tahunan autoclave W&H Lisa 22L, penggantian gasket pintu, ujian Bowie-Dick. Jumlah RM1,250.00 termasuk caj pengangkutan.
        Makmal Precision Ortho Lab (Puchong): 6 unit retainer Hawley @ RM160, 4 unit Essix @ RM110, penghantaran RM25. Jumlah RM1,425.00.
        Invois langganan perisian: ClinicCloud Pro, pelan 3 cawangan, tempoh 01/11/2026-31/10/2027, RM8,640.00 setahun. Ruj. langganan SUB-CC-55910.
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Di bawah Akta Pergigian 2018, hanya pengamal pergigian berdaftar dengan Majlis Pergigian Malaysia dibenarkan memasang pendakap gigi; pelanggaran boleh membawa denda atau penjara.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad mengingatkan orang ramai agar tidak mendapatkan perkhidmatan braces palsu yang dipromosikan di media sosial.
        Pierre Fauchard, doktor gigi Perancis abad ke-18, dianggap bapa pergigian moden. Bukunya Le Chirurgien Dentiste (1728) menerangkan alat bandeau untuk meluruskan gigi.
        Edward Hartley Angle memperkenalkan klasifikasi maloklusi Kelas I, II dan III pada tahun 1899, yang masih digunakan oleh pakar ortodontik hingga hari ini.
        Perkhidmatan Pergigian Sekolah Kementerian Kesihatan Malaysia menyediakan saringan gigi percuma kepada murid sekolah rendah dan menengah di seluruh negara.
        Persatuan Ortodontik Malaysia menganjurkan kongres tahunan di Kuala Lumpur Convention Centre pada bulan Julai dengan penyertaan lebih 600 pengamal.
        Mengikut Akta Kemudahan dan Perkhidmatan Jagaan Kesihatan Swasta 1998 (Akta 586), setiap klinik pergigian swasta wajib berdaftar dan memaparkan perakuan pendaftaran.
        Pindaan Akta Perlindungan Data Peribadi 2010 mewajibkan pengguna data melantik pegawai perlindungan data dan memaklumkan pelanggaran data kepada Pesuruhjaya.
        Align Technology, syarikat di sebalik jenama Invisalign, diasaskan pada tahun 1997 di California oleh Zia Chishti dan Kelsey Wirth.
        Fakulti Pergigian Universiti Malaya, yang ditubuhkan pada 1972, merupakan sekolah pergigian pertama di Malaysia dan kini menawarkan program sarjana ortodontik.
        Tinjauan Kesihatan Mulut Kebangsaan menunjukkan sebahagian besar remaja berumur 16 tahun memerlukan rawatan ortodontik pada tahap tertentu.
        Bulan Kesihatan Mulut disambut setiap tahun dengan kempen memberus gigi dua kali sehari menggunakan ubat gigi berfluorida 1,000-1,500 ppm.
        Kod Etika Profesional Majlis Pergigian Malaysia tidak membenarkan klinik menggunakan testimoni pesakit yang mengelirukan dalam iklan perkhidmatan pergigian.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pesakit: Nurul Aina binti Rosli, No. MyKad 990713-10-5628, temujanji pemasangan braces metal pada 14/11/2026 jam 3.30 petang, cawangan Bangsar.
        Encik Hafiz Zulkarnain masih tertunggak 4 bulan bayaran ansuran Invisalign, jumlah baki RM3,360. Surat peringatan kedua dihantar ke rumahnya di Taman Melawati.
        Tolong call balik Puan Rohani, nombor dia 013-428 7719, dia nak tukar temujanji anak dia ke hari Sabtu.
        Alamat surat-menyurat pesakit: No. 27, Jalan Mawar 3/2, Taman Seri Mawar, 43000 Kajang, Selangor (pesakit: Tan Wei Ling).
        Rekod perubatan: Siti Khadijah Omar, 34 tahun, hamil 20 minggu, tangguhkan X-ray OPG sehingga selepas bersalin. Alahan penisilin.
        Kak Ros dari kaunter maklumkan pesakit Muthu Krishnan menghidap diabetes jenis 2 dan makan warfarin, kena rujuk doktor dia sebelum cabut gigi.
        Ibu bapa Adam Haikal (8 tahun) sedang dalam proses perceraian; hanya ibunya, Puan Farah Diana, dibenarkan ambil anak selepas rawatan mengikut perintah mahkamah.
        Bayaran deposit braces RM1,500 dari akaun CIMB 7012 3344 5581 atas nama LEE CHEE KEONG diterima 02/11/2026.
        Nombor kenderaan pesakit untuk pas parkir bulanan: WXY 4827 (Honda City kelabu), pemilik Amirul Hakim bin Saad.
        Aduan: Puan Jamilah Yusof mendakwa gusi bengkak dan berdarah selepas pemasangan fixed retainer dan menuntut bayaran balik RM600 penuh.
        Emel pesakit untuk hantar pelan rawatan ClinCheck: syafiqah.nordin92@gmail.com, pastikan lampirkan sebut harga Invisalign Lite.
        No. telefon kecemasan penjaga: 019-655 3021 (bapa, Encik Ganesan a/l Ramasamy).
        Pesakit Zulaikha Hamdan minta diskaun sebab baru diberhentikan kerja dan gaji suaminya hanya RM2,300 sebulan.
        Borang pendaftaran: Nama: Wong Mei Fong | MyKad: 870225-08-6142 | Tel: 012-736 9050 | Alamat: 15, Lorong Seri Ampang 2, 31400 Ipoh, Perak | Alahan: tiada
        Sila padam gambar intraoral pesakit Nur Iman Batrisya dari telefon peribadi anda; gambar tersebut hanya boleh disimpan dalam sistem klinik.
        Ansuran bulan Oktober untuk Ahmad Fauzi belum masuk, dia kata gaji lambat sebab syarikat dia ada masalah. Bagi tempoh sampai 15hb.
        Pesakit ID SC-2026-00412 (Chong Kah Wai) mengalami keresahan teruk dan fobia jarum, perlukan sedasi ringan; surat pakar psikiatri dilampirkan.
        Tolong hantar resit kepada suami pesakit, Encik Rizal Mansor, di pejabatnya Tingkat 8, Menara Hap Seng; dia yang bayar semua rawatan isterinya.
        Semakan MyKad untuk tuntutan panel syarikat: 880531-14-6027, sila sahkan dengan dokumen asal di kaunter sebelum proses.
        Anak Puan Salmah, Danish, 13 tahun, ada ADHD dan susah duduk diam di kerusi; jadualkan slot pagi yang paling awal.
        Pesakit dari Singapura, Lim Jia Hui, NRIC S9234567Z, minta resit dalam Bahasa Inggeris untuk tuntutan insurans majikannya.
        Pindahan ansuran braces RM210 dibuat oleh Norhayati bt Ismail melalui Maybank2u, rujukan: BRACES NORHAYATI NOV.
        Pesakit Kamarul Ariffin ditahan polis minggu lepas, isterinya telefon untuk batalkan semua temujanji dan minta deposit dipulangkan.
        Untuk tuntutan panel, No. pekerja pesakit EMP-44821 dan No. KWSP 18452937; nama pesakit Suraya Abdul Latif, jabatan kewangan.
        Peringatan temujanji gagal dihantar ke 017-53** *882 (pesakit A. Razak), sila kemas kini nombor dalam sistem bila dia datang Selasa.
    """),
    "en": _lines("""
        Patient Daniel Ong Jun Hao, DOB 04/03/2009, presents with Class II div 1 malocclusion, overjet 9mm; mother consents to extraction of upper 4s.
        Please email the treatment quote to priya.menon.88@yahoo.com, she is comparing prices with a clinic in Johor Bahru.
        Mr. Hendry Tan, FIN G5039127U, paid the aligner deposit in SGD via PayNow; his Singapore contact is +65 9736 4218.
        Follow-up note: Karen Yeoh is undergoing chemotherapy for breast cancer; postpone bracket bonding until her oncologist clears her.
        Refund request from Mrs. Sharon Lau: RM2,400 deposit, she is moving to Perth after her divorce and cannot continue aligner treatment.
        Home address for retainer courier: 12A, Jalan Kenanga 5, Taman Bukit Indah, 81200 Johor Bahru. Recipient: Farid Iskandar, tel 016-772 3048.
        Overdue instalments: Jonathan Raj, 5 months, RM1,050 outstanding. Collections agency to be appointed if unpaid by 30 Nov.
        HKID Y482913(4), patient visiting from Hong Kong, Mr. Chan Ka Ho, needs an English medical certificate for his employer.
        Can someone check why +60 11-2793 4506 keeps getting two reminder messages? It's the same patient, Aaron, and he's annoyed.
        Intraoral photos of Melissa Goh (IMG_4471.jpg to IMG_4480.jpg) were accidentally shared to the marketing folder, please remove ASAP.
        APT-20261105-0031,BSR,2,ORTHO_MTL,2026-11-05 10:00,2026-11-05 10:30,BOOKED,300.00,INS24-DEP1000,Nadia Kamal,012-880 4517
        Nurse's note: patient Vincent Teoh is 6 months sober after rehab and asked us not to prescribe any opioid painkillers after the extraction.
    """),
    "mixed": _lines("""
        Eh guys, Mr. Lim Boon Keat punya cheque bounce lagi, RM1,800. Dia kata next week baru boleh bayar, boss suruh hold dulu his next adjustment.
        Aunty Mei Ling call tadi, dia cakap her husband just passed away, so cancel all her appointments this month ya.
        Tolong WhatsApp Encik Hairul at 012-319 4476, his retainer dah siap, boleh collect any time this week.
        Ah Boy's mother (Mrs. Koh) complain the brackets cut his cheek until ulcer, she want to speak to the doctor directly, very angry.
        Nota: Kumar's son Arvind, 15, ada epilepsy, kalau seizure during appointment terus call 999 and his dad 017-264 8803.
        Bank-in slip dari patient Tan Siew Lan, Public Bank acc 3198 7764 21, RM420 for retainer, tolong match dengan invoice.
        Can update address for Puan Liyana? New one is No. 8, Jalan Delima 1/4, Seksyen 1, 40000 Shah Alam. Old one dah tak pakai.
        That patient Ravi tak datang 3 kali dah, I heard dia kena buang kerja. Should we terminate his ansuran plan or give grace period?
        Scan consent form for Chloe Ng, MyKad 020918-14-0336, mother signed as guardian. File under ortho/2026/NG_CHLOE.pdf.
        Mdm Wong's daughter pregnant 3 months, doctor say cannot do X-ray now, reschedule her braces after confinement.
        The guy with plate VBK 7712 parked at our loading bay again, that's our patient Jason Lee, tolong remind him nicely.
        陈太 call 来 say 她的 braces 很痛, wire poke until bleed, 要 reschedule to Saturday morning, her number 016-338 2714.
        Patient Low Kian Seng minta tukar nama pembayar to his girlfriend sebab dia bankrap, cannot use his own card.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk kaunter Klinik Pergigian Senyum Ceria. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada pesakit Nor Azlina binti Hamzah (012-904 3371) untuk ingatkan ansuran braces RM300 bulan November belum dibayar.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Nor Azlina, ini peringatan mesra daripada Klinik Pergigian Senyum Ceria bahawa ansuran rawatan pendakap gigi sebanyak RM300 bagi bulan November masih belum diterima. Mohon jelaskan sebelum 15 Disember. Terima kasih.",
        ),
        ("user", "Buat lebih lembut sikit, dia baru keluar hospital lepas operation appendix."),
        (
            "assistant",
            "Assalamualaikum Puan Nor Azlina, semoga puan semakin sihat selepas pembedahan. Sekadar makluman, ansuran RM300 bulan November belum diterima. Tiada sebarang tekanan, puan boleh hubungi kami jika perlukan tempoh tambahan. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "A patient, Gerald Fernandez, left a 1-star Google review saying our braces gave him jaw pain (TMJ) and he wants RM5,000 compensation. Help me write a calm public reply.",
        ),
        (
            "assistant",
            "Here is a suggested reply that avoids disclosing any treatment details in public: 'Thank you for sharing your concerns. We take every report of discomfort seriously and would like to review this with you personally. Please contact our patient care team at the clinic so we can arrange an assessment.'",
        ),
        ("user", "Good. Should I mention that he missed 4 adjustments in a row?"),
        (
            "assistant",
            "No. Details of his attendance are part of his patient record and should not be posted publicly. Raise them privately when you meet him, and keep notes in his file.",
        ),
    ],
    [
        (
            "system",
            "You summarise clinical notes for an orthodontic clinic in Malaysia. Keep summaries short.",
        ),
        (
            "user",
            "Ringkaskan: Pesakit Hidayah Sulaiman, 16 thn, MyKad 100322-10-4458, maloklusi Kelas III rangka, crossbite anterior, ibu minta rawatan tanpa pembedahan. Cadangan: kamuflaj ortodontik atau pembedahan rahang selepas umur 18.",
        ),
        (
            "assistant",
            "Ringkasan: Hidayah Sulaiman (16), Kelas III rangka dengan crossbite anterior. Pilihan: kamuflaj ortodontik sekarang, atau pembedahan ortognatik selepas 18 tahun. Ibu lebih suka tanpa pembedahan.",
        ),
    ],
    [
        (
            "system",
            "Context for this session: billing record. Patient: Tan Ah Huat, tel 012-557 8309, plan INS24-DEP1000, paid 9 of 24 instalments, last payment 03/09/2026.",
        ),
        ("user", "Uncle ni berapa lagi balance dia? Dia datang kaunter nak settle semua sekali."),
        (
            "assistant",
            "Berdasarkan rekod, Encik Tan Ah Huat telah bayar 9 daripada 24 ansuran RM210. Baki 15 ansuran = RM3,150. Jika ada caj lewat bayar untuk Oktober dan November, tambah RM40, jadi jumlah RM3,190.",
        ),
        ("user", "Ok, can waive late fee tak?"),
        (
            "assistant",
            "Pengecualian caj lewat bayar biasanya perlu kelulusan pengurus cawangan. Anda boleh minta kelulusan dan rekodkan sebab pengecualian dalam nota akaun beliau.",
        ),
    ],
    [
        (
            "user",
            "My daughter Sofea Qistina is 14 and getting ceramic braces. Total is RM7,400, I paid RM1,000 deposit. If I pay over 18 months, how much per month?",
        ),
        (
            "assistant",
            "The balance is RM7,400 - RM1,000 = RM6,400. Over 18 months that is about RM355.56 per month, so most clinics would set it at RM356 with a slightly lower final payment. Please confirm whether the clinic charges any admin fee for an 18-month plan.",
        ),
        (
            "user",
            "Thanks. Also she has asthma and uses a Ventolin inhaler, do I need to tell the clinic?",
        ),
        (
            "assistant",
            "Yes, tell the clinic about her asthma and inhaler so they can note it in her medical history and have it ready during appointments.",
        ),
    ],
    [
        (
            "user",
            "Boleh tak saya share X-ray OPG Encik Roslan Abu dalam group WhatsApp staf supaya doktor lain boleh tengok? Dia ada kista besar kat rahang bawah.",
        ),
        (
            "assistant",
            "Lebih baik jangan. Imej X-ray dan diagnosis adalah data peribadi sensitif di bawah Akta Perlindungan Data Peribadi 2010. Kongsikan melalui sistem rekod klinik atau emel dalaman yang selamat, dan hanya kepada doktor yang terlibat dalam rawatan.",
        ),
        ("user", "Kalau saya padam nama dia dulu?"),
        (
            "assistant",
            "Itu mengurangkan risiko, tetapi imej OPG biasanya ada nama dan tarikh lahir tertanam dalam metadata DICOM. Gunakan saluran rasmi klinik.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Rachel Sim, NRIC S7734021A, living in Woodlands. Is it cheaper to do Invisalign in Johor Bahru? I can cross over on weekends.",
        ),
        (
            "assistant",
            "Many Singaporeans do get orthodontic treatment in Johor Bahru because fees are often lower. Compare the total package price, number of refinements included, and how emergencies are handled if you are back in Singapore. You also don't need to share your NRIC with me for this.",
        ),
        (
            "user",
            "Ok. My phone is +65 8421 7736 if any clinic wants to contact me, can you pass it on?",
        ),
        (
            "assistant",
            "I can't pass your number to clinics. You can contact the clinics directly through their official websites or WhatsApp business lines.",
        ),
    ],
    [
        (
            "user",
            "Translate to BM for WhatsApp: Dear Mr. Chan Wai Keong, your aligner set 12 is ready. Please collect at our Puchong branch before 20 Dec. Your outstanding balance is RM1,260.",
        ),
        (
            "assistant",
            "Encik Chan Wai Keong yang dihormati, set aligner ke-12 anda telah siap. Sila ambil di cawangan Puchong sebelum 20 Disember. Baki tertunggak anda ialah RM1,260.",
        ),
        ("user", "Add that he can pay by DuitNow to the clinic account."),
        (
            "assistant",
            "Encik Chan Wai Keong yang dihormati, set aligner ke-12 anda telah siap. Sila ambil di cawangan Puchong sebelum 20 Disember. Baki tertunggak RM1,260 boleh dibayar melalui DuitNow ke akaun klinik.",
        ),
    ],
    [
        (
            "system",
            "Jadual esok (Cawangan Bangsar): 10.00 pagi - Muhammad Irfan (adjustment); 3.00 petang - Puan Kalaivani a/p Subramaniam, 017-306 5592, pasang braces seramik; 4.30 petang - kosong.",
        ),
        ("user", "Siapa pesakit jam 3 petang esok? Saya nak call confirm."),
        (
            "assistant",
            "Jam 3.00 petang esok ialah Puan Kalaivani a/p Subramaniam untuk pemasangan braces seramik. Nombor beliau 017-306 5592.",
        ),
        ("user", "Ok thanks, slot 4.30 boleh bagi walk-in kan?"),
        ("assistant", "Ya, slot 4.30 petang masih kosong dan boleh diberikan kepada walk-in."),
    ],
    [
        (
            "user",
            "I'm visiting KL from Hong Kong next month. My name is Leung Siu Fung, HKID K735201(2). I broke a bracket, can a Malaysian clinic fix braces fitted in HK?",
        ),
        (
            "assistant",
            "Yes, most orthodontic clinics in Malaysia can rebond a loose bracket or clip a poking wire as an emergency visit. Bring your treatment details or a letter from your Hong Kong orthodontist. You don't need to share your HKID here.",
        ),
        (
            "user",
            "Thanks. My orthodontist said I have mild bone loss from gum disease, does that matter?",
        ),
        (
            "assistant",
            "It can. Tell the Malaysian clinic about the gum disease so they handle the bracket gently and avoid adding force until your own orthodontist reviews it.",
        ),
    ],
]
