# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms79: Bahasa Melayu recruitment agencies and hiring (job ads, resumes, interviews, offers, foreign worker permits). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms79
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan jawatan"): _lines("""
        JAWATAN KOSONG: Pembantu Tadbir (Kontrak) | Kelayakan: SPM/SVM | Gaji RM1,800 – RM2,200 | Hantar resume ke hr@pelangiresources.com.my sebelum 20 Disember 2026.
        Syarikat logistik di Port Klang memerlukan 15 orang Pemandu Lori GDL (Lesen E). Elaun lebih masa + KWSP + PERKESO. Hubungi pejabat HR 03-3165 2280 (waktu pejabat sahaja).
        Kekosongan: Juruteknik Elektrik Chargeman A4 | Lokasi: Senai, Johor | Rujukan: JOB-2026-0417 | Tarikh tutup: 31/12/2026.
        WE'RE HIRING! Barista & Crew (Part-time/Full-time) di outlet Mid Valley. RM9/jam, training disediakan. Walk-in interview setiap Sabtu 10am–1pm di Level 2, Kopi Senja HQ.
        Iklan ini dikeluarkan oleh Agensi Pekerjaan Bestari Maju Sdn Bhd (No. Lesen JTKSM 1234A). Kami tidak mengenakan sebarang bayaran kepada calon.
        Jurujual Hartanah (Komisen) – tiada pengalaman? Tiada masalah! Latihan penuh diberi. Syarat: warganegara Malaysia, umur 21–40, ada kenderaan sendiri.
        Operator Pengeluaran Wanita x 50 kosong | Kilang elektronik Prai | Shift 12 jam, 4 hari kerja 2 hari cuti | Bas kilang disediakan | Gaji pokok RM1,700.
        Hotel 4 bintang di Kota Kinabalu mencari Housekeeping Attendant dan Front Office Executive. Mohon melalui portal MYFutureJobs, ID iklan 2026-KK-88412.
        Kerani Akaun (Sementara 6 bulan) – mahir UBS / AutoCount, boleh mula segera. E-mel: careers@tekunindah.my | Tel pejabat: 04-5087 3311.
        Guru Tadika – Taman Melawati. Diploma ECE diutamakan. Gaji RM2,000 + KWSP. Talian pejabat tadika: 03-4108 6720 (Isnin–Jumaat, 9 pagi – 5 petang).
        Pengawal Keselamatan (Lelaki/Wanita) – bekas tentera/polis digalakkan memohon. Tiada kos pendaftaran. Temu duga terbuka di Dewan Serbaguna MPKj, 15 Jan 2027, 9 pagi.
        Senior Recruiter (Agency) – KL Sentral | Min 3 years recruitment, target-driven | RM4,500–RM6,000 + incentive | Apply via LinkedIn job ID 3981204776.
        Tukang Masak Restoran (Masakan Panas) – makan & tempat tinggal disediakan, cuti 4 hari sebulan. Lokasi: Bandar Baru Bangi, 43650.
        Jawatan Pegawai Tadbir dan Diplomatik Gred M9 dibuka melalui portal SPA sehingga 8 Januari 2027.
        Pekerja ladang kelapa sawit diperlukan (Kluang). Keutamaan kepada pekerja tempatan; majikan hanya memohon kuota pekerja asing jika kekosongan tidak diisi.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PERMOHONAN JAWATAN | Nama Penuh (seperti dalam MyKad): ____________ | No. MyKad: ______-__-____ | Jantina: L / P | Tarikh Lahir: __/__/____
        Surat Tawaran Pelantikan | Kepada: [NAMA CALON] | No. KP: [XXXXXX-XX-XXXX] | Jawatan: [JAWATAN] | Gaji Pokok: RM[JUMLAH] sebulan | Tarikh Lapor Diri: [TARIKH]
        Maklumat Waris Untuk Dihubungi Semasa Kecemasan: Nama ________ Hubungan ________ No. Telefon ________ Alamat ________
        Senarai semak dokumen PLKS: (1) salinan semua muka surat pasport (2) keputusan FOMEMA 'Sesuai' (3) gambar berukuran pasport latar putih (4) bukti bayaran levi (5) polisi insurans dan pendaftaran PERKESO.
        Penilaian Temu Duga (skala 1–5): Penampilan __ | Komunikasi __ | Pengetahuan Teknikal __ | Sikap __ | Jumlah __/20 | Syor: Diterima / Senarai Menunggu / Ditolak
        {{candidate_name}}, terima kasih kerana memohon jawatan {{job_title}}. Sila hadir temu duga pada {{date}} jam {{time}} di {{venue}}. Bawa MyKad asal dan sijil.
        Pengakuan Calon: Saya mengaku bahawa semua maklumat yang diberikan adalah benar dan lengkap. Tandatangan: ________ Tarikh: ________
        Surat Pengesahan Majikan (contoh): "Dengan ini disahkan bahawa Encik/Puan ________ (No. KP: ________) telah berkhidmat dengan syarikat kami sebagai ________ dari ________ hingga ________."
        Butiran Bank Untuk Gaji: Nama Bank ________ No. Akaun ________ (akaun mesti atas nama pekerja sendiri; akaun bersama tidak diterima).
        Borang Kebenaran Potongan Gaji (Seksyen 24 Akta Kerja 1955) – diisi oleh pekerja; jumlah potongan tidak boleh melebihi 50% daripada upah bulanan.
        Resume template: NAME | Phone: 01X-XXX XXXX | Email: yourname@email.com | Objective | Education | Experience | Skills | References available upon request
        Senarai Semak Hari Pertama Kerja: kad pekerja, akaun e-mel, taklimat KKP, pendaftaran KWSP & PERKESO, penerangan SOP cuti dan tuntutan.
    """),
    ("ms", "soalan lazim permit"): _lines("""
        S: Berapakah levi pekerja asing bagi sektor perkilangan? J: Kadar levi bergantung pada sektor; sila rujuk jadual levi terkini di laman Jabatan Imigresen Malaysia.
        S: Bolehkah pekerja asing bertukar majikan? J: Boleh dalam keadaan tertentu dengan kelulusan Jabatan Imigresen dan JTKSM; majikan baharu perlu mempunyai kuota yang sah.
        Pemeriksaan perubatan FOMEMA mesti dibuat dalam tempoh 30 hari selepas pekerja tiba di Malaysia dan diulang mengikut syarat pembaharuan PLKS.
        Apakah beza PLKS dengan Employment Pass? PLKS untuk pekerja separuh mahir dan tidak mahir dalam sektor yang dibenarkan; EP untuk ekspatriat profesional melalui MyXpats.
        Majikan wajib menyediakan penginapan yang mematuhi Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990 (Akta 446) dan mendapatkan Perakuan Penginapan.
        Gaji minimum ialah RM1,700 sebulan di bawah Perintah Gaji Minimum 2024; majikan dengan kurang daripada lima pekerja diberi tempoh pelaksanaan yang lebih lewat.
        Majikan tidak dibenarkan menyimpan pasport pekerja tanpa persetujuan – perbuatan ini boleh menjadi petunjuk buruh paksa dan satu kesalahan undang-undang.
        Tempoh maksimum pekerja asing bekerja di Malaysia secara umumnya ialah 10 tahun, tertakluk kepada dasar semasa Kementerian Dalam Negeri.
        Caruman KWSP wajib bagi pekerja bukan warganegara dilaksanakan pada kadar 2% bahagian majikan dan 2% bahagian pekerja.
        Pekerja asing perlu didaftarkan dengan PERKESO di bawah Skim Bencana Pekerjaan; caruman dibayar sepenuhnya oleh majikan.
        Agensi pekerjaan swasta wajib berlesen di bawah Akta Agensi Pekerjaan Swasta 1981 (Akta 246); semak status lesen di laman JTKSM sebelum membayar apa-apa yuran.
        Notis berhenti kerja mengikut Seksyen 12 Akta Kerja: 4 minggu (kurang 2 tahun), 6 minggu (2–5 tahun), 8 minggu (lebih 5 tahun), kecuali kontrak menyatakan lain.
        Cuti bersalin ialah 98 hari dan cuti paterniti 7 hari bagi pekerja lelaki yang layak, selepas pindaan Akta Kerja 2022.
    """),
    ("mixed", "sembang kumpulan HR"): _lines("""
        guys, walk-in interview esok start 9am ya, please standby kat lobby, bawa borang kosong lebih sikit
        boss the FOMEMA appointment for the new batch all confirm already, clinic will send result by Friday
        anyone knows JTK portal down ke today? cannot submit the kuota application since pagi tadi
        reminder: semua resume yang masuk untuk post admin tu kena screen before Thursday, pastu shortlist max 10 je
        candidate for 2pm slot cancel last minute, so we push the 3pm one earlier la
        Team, ada calon tanya gaji boleh nego tak. Kita stick to range RM2.5k–3k ok, jangan commit lebih.
        lunch hari ni siapa order? nasi kandar again ke 😂
        eh the offer letter template yang baru tu sapa update? the clause pasal probation 6 bulan hilang
        Client from Klang nak 20 general workers by January. Source kena legal punya, no 'calling visa' nonsense ok.
        Just FYI, portal MYFutureJobs ada maintenance Sabtu ni 12am–6am.
        boleh tak kita pakai Google Form for pre-screening? then auto-filter yang takde SPM
        haha this week dah 3 orang ghosted after accept offer. market tengah panas betul
        Lepas ni semua job post kena letak gaji range, HQ punya arahan. No more "gaji kompetitif" je.
        pls check tracking no. ER123456789MY for the sijil yang courier ke Penang branch, dah 5 hari tak sampai
        Dorm inspection Selasa depan, make sure tilam, kipas dan alat pemadam api semua ok before JTK datang.
        ok noted, nanti I forward the JD to all branch managers, deadline submit candidates Friday 5pm
        kalau calon tanya pasal EPF for foreign workers, just say 2% each side, details refer HQ circular
    """),
    ("ms", "notis dan pekeliling"): _lines("""
        NOTIS: Pejabat agensi ditutup pada 25 Disember 2026 sempena Hari Krismas. Urusan permohonan akan disambung pada 26 Disember.
        Makluman: Semua permohonan kuota baharu mesti disertakan dengan Perakuan Penginapan Akta 446 yang sah. Rujukan pekeliling: JTKSM/BPA/600-2/3/1 Jld. 5 (12).
        Kes No. IP/2026/JTK/04412 telah selesai disiasat; syarikat berkenaan dikenakan kompaun kerana kegagalan menyediakan penginapan yang diperakui.
        Pengumuman: Sesi taklimat pematuhan buruh paksa untuk majikan akan diadakan di Dewan Seminar, Menara PERKESO, Jalan Tun Razak, pada 20 Januari 2027.
        Invois INV-2026-11-0093 bagi yuran pemprosesan 12 permit telah dijelaskan. Jumlah: RM8,640.00. Terima kasih.
        Pemberitahuan perubahan alamat: Agensi kami kini beroperasi di Lot 3-07, Menara Mutiara, Jalan Sultan Ismail, 50250 Kuala Lumpur. Talian am: 03-2145 7788.
        Makluman kepada semua pekerja: Slip gaji bulan November boleh dimuat turun di portal HR mulai 28/11/2026. Sebarang pertanyaan hubungi payroll@kilangjaya.com.my.
        Polisi syarikat: Semua calon temu duga wajib membawa MyKad asal untuk pengesahan; salinan tidak akan disimpan selepas proses pengambilan selesai.
        PERINGATAN SCAM: Kami TIDAK pernah meminta bayaran deposit untuk tawaran kerja melalui WhatsApp. Laporkan kepada talian NSRC 997.
        Jadual pemeriksaan FOMEMA kumpulan B: 14/01/2027, 8:00 pagi, klinik panel (Kod Klinik: FM-SEL-0421). Pengangkutan disediakan dari asrama.
        Untuk pertanyaan caruman, hubungi Pusat Pengurusan Perhubungan Pelanggan KWSP di 03-8922 6000 atau PERKESO di 1-300-22-8000.
        Mesyuarat Jawatankuasa KKP suku tahun keempat: 18 Disember 2026, 3 petang, Bilik Mesyuarat Cempaka, Aras 5.
    """),
    ("en", "resume and interview tips"): _lines("""
        Keep your resume to two pages; recruiters in Malaysia typically spend under a minute on the first screen.
        Don't put your MyKad number, religion or marital status on your CV – employers only need them after an offer is made.
        Common interview question: "Why do you want to leave your current company?" Focus on growth, not on complaining about your boss.
        For fresh grads: list your latihan industri (internship), final year project and co-curricular roles with measurable results.
        When negotiating salary, anchor on the market range from published salary guides rather than on your last pay slip.
        Send a thank-you email within 24 hours of the interview; keep it to three or four sentences.
        How do I check the status of a PLKS application? Log in to the employer account on the immigration portal and search by the application reference number.
        If an agency asks for a "processing fee" before any offer letter, walk away and check the agency's licence on the JTKSM website.
        STAR method: Situation, Task, Action, Result – use it for behavioural questions like "Tell me about a conflict at work".
        Use a professional e-mail address; firstname.lastname at a free provider is fine, avoid nicknames like cutegurl99.
        Probation periods in Malaysia are usually three to six months; confirmation should come in writing.
        Recruiters: keep candidate data only as long as needed under the PDPA 2010 and purge unsuccessful applicants after a fixed period.
        A good job ad states the salary range, location, working hours and whether the role is permanent or contract.
    """),
    ("ms", "log sistem ATS"): _lines("""
        [2026-12-04 09:12:33] INFO ats.import: 148 resume diproses, 12 gagal (format .pages tidak disokong), batch_id=b7e1c9a2
        2026-12-04T10:05:17+08:00 WARN quota-sync: timeout selepas 30s, cuba semula 3/5, endpoint=/api/v2/quota/status
        job_id=JOB-2026-0521 status=CLOSED applicants=87 shortlisted=9 hired=2 time_to_fill_days=34
        sha256(resume_export_2026-11.zip)=3f9a0c1e6b7d4a2f8e5c9b1d0a7e6f4c2b8d9e1a3c5f7b0d2e4a6c8f1b3d5e7a
        cron: 0 2 * * * /opt/ats/bin/purge_rejected --older-than 180d --dry-run=false
        ERROR parse_mykad: input tidak sah (panjang 11 aksara, dijangka 12) – rekod dilangkau, row=3321
        config: {"retention_days": 180, "mask_ic": true, "allowed_upload": ["pdf", "docx"], "max_size_mb": 5}
        SELECT job_id, COUNT(*) FROM applications WHERE status='INTERVIEW' AND created_at >= '2026-11-01' GROUP BY job_id;
        release v3.4.2: tambah medan 'No. Pasport' untuk calon asing, pembetulan pepijat eksport CSV.
        audit: user_role=recruiter action=EXPORT records=0 reason="tiada calon sepadan" req=7d2f-11aa-9c30
    """),
    ("ms", "berita tenaga kerja"): _lines("""
        Menteri Sumber Manusia Steven Sim berkata kerajaan akan memperketat pemantauan agensi pekerjaan yang mengenakan yuran berlebihan kepada pekerja asing.
        Kadar pengangguran negara dilaporkan sekitar 3.0% pada suku ketiga 2026 menurut Jabatan Perangkaan Malaysia.
        Kerajaan membuka semula permohonan kuota pekerja asing bagi sektor perladangan dan pertanian untuk tempoh terhad.
        Menurut laporan Bank Dunia, kebergantungan kepada pekerja asing berkemahiran rendah melambatkan automasi dalam sektor pembuatan.
        Tunku Abdul Rahman, Perdana Menteri pertama, pernah berkhidmat sebagai pegawai tadbir di Kedah sebelum menceburi politik.
        Universiti Tunku Abdul Rahman (UTAR) menganjurkan karnival kerjaya tahunan dengan lebih 120 majikan di kampus Kampar.
        Perdana Menteri Anwar Ibrahim mengumumkan kenaikan gaji minimum kepada RM1,700 dalam pembentangan Belanjawan 2025.
        Hospital Sultanah Aminah Johor Bahru membuka 40 jawatan jururawat kontrak bagi mengurangkan beban wad kecemasan.
        Laporan ILO mengenai hutang pengambilan mendapati pekerja migran membayar purata beberapa bulan gaji kepada ejen di negara asal.
        Program insentif pengambilan PERKESO menawarkan subsidi gaji kepada majikan yang menggaji penganggur berdaftar.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        RESUME | NURUL AINA BINTI KAMARUDIN | No. KP: 960417-10-5428 | Tel: 017-328 4410 | Alamat: No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam | Objektif: Eksekutif Sumber Manusia
        Keputusan temu duga 03/12: Muhammad Haziq bin Rosli – gagal, datang lewat 40 minit dan tidak dapat menjawab soalan asas Excel. Jangan panggil semula.
        Surat Tawaran: Kepada Cik Lim Pei Shan, dengan sukacitanya kami menawarkan jawatan Eksekutif Akaun dengan gaji pokok RM3,800 sebulan, lapor diri 5 Januari 2027.
        Senarai pembaharuan PLKS: 1) MD RAHIM UDDIN, Bangladesh, Pasport A04719362 2) SURESH TAMANG, Nepal, Pasport PA2209814 3) AUNG KYAW MOE, Myanmar, Pasport MG418273
        FOMEMA: Pekerja BUDI SANTOSO (Pasport C4829173) keputusan TIDAK SESUAI – TB positif, perlu dihantar pulang dalam tempoh 30 hari.
        Rujukan majikan untuk Siti Hajar binti Ismail: bekerja di sini 2019–2024 sebagai kerani, berhenti kerana bersalin, prestasi baik, boleh diambil semula.
        Tolong kemas kini akaun bank gaji saya: Maybank 1620 4473 8815, nama Mohd Faizal bin Abdullah, ID staf K-2231.
        Calon jawatan pemandu: Rajendran a/l Muniandy, lesen GDL, kereta sendiri WKP 7312, tinggal di Klang, minta gaji RM3,000.
        Aduan: Ejen bernama Encik Zul (011-2378 9045) minta RM4,500 daripada adik saya untuk 'proses permit' tapi sampai sekarang tiada kerja.
        Nota temu duga – Puan Kavitha d/o Subramaniam, 34 tahun, 2 anak kecil, tidak boleh kerja syif malam, pengalaman 8 tahun QC di kilang semikonduktor Bayan Lepas.
        NAMA: TAN WEI JIE | MYKAD: 991205-07-5213 | JAWATAN DIPOHON: JURUTEKNIK | KELULUSAN: DIPLOMA KEJURUTERAAN MEKANIKAL, POLITEKNIK SEBERANG PERAI
        Borang maklumat waris: Pekerja Ahmad Fadzli bin Che Mat; waris: Rosnah binti Yusof (ibu), 013-944 2157, Kampung Padang Kerasak, 16800 Pasir Puteh, Kelantan.
        Pekerja Nepal Bishnu Gurung (pasport 10948372) lari dari asrama pada 28/11; laporan polis telah dibuat di IPD Kajang.
        Slip gaji Nov 2026 – Norhayati binti Jaafar – Gaji pokok RM2,150, OT RM386.40, potongan KWSP RM240, PERKESO RM10.75, bersih RM2,285.65.
        Tolong hubungi saya untuk jawatan kerani, nama saya Farah Izzati, e-mel farahizzati.kerja@gmail.com, boleh mula bulan depan.
        Permohonan pertukaran majikan: pekerja SITI AMINAH (WNI), pasport E1957284, dari Ladang Sri Kenanga ke Kilang Mutiara Plastik, sebab majikan lama tidak bayar gaji 3 bulan.
        Amaran bertulis kali kedua kepada Encik Hairul Anuar bin Saad (No. pekerja 0457) kerana ponteng kerja tanpa sebab pada 14 dan 15 November 2026.
        Calon dari Sabah, Jessica Liew Mei Ling, IC 000823-12-0394, minta elaun penempatan semula ke KL.
        Pemohon: Vanessa anak Jimbun, SPM 2024, tinggal di Rumah Panjang Nanga Entabai, Julau, Sarawak; berminat jawatan pembantu jualan.
        Bayaran yuran agensi oleh pekerja Kamal Hossain: RM1,200 tunai, diterima 02/12/2026, baki RM600 akan dipotong daripada gaji.
        SULIT: Dr. Ong Kah Seng dilantik Pengurus Kilang berkuat kuasa 1 Februari 2027 dengan gaji RM14,500; jangan hebahkan sehingga pengumuman rasmi.
        Sijil cuti sakit: Pekerja Mohd Syafiq bin Azmi MC 3 hari (02–04/12/2026) kerana demam denggi, dikeluarkan oleh klinik panel Seri Kembangan.
        Senarai calon dipanggil temu duga 10/12: 1. Aisyah Humaira binti Roslan 2. Gan Jia Hui 3. Prakash a/l Ramasamy 4. Wong Kar Lok
        Saya Hafiz, pemandu lori di Klang, ada rekod saman JPJ 2 kali, plat lori saya BNF 4428 – boleh mohon lagi tak?
        Surat berhenti kerja: Saya, Yusri bin Mahmud (IC 870912-02-5677), ingin meletak jawatan sebagai Penyelia Stor berkuat kuasa 31 Disember 2026 atas sebab kesihatan.
        Pekerja Indonesia atas nama ENDANG SUSILOWATI, tarikh lahir 14/03/1991, alamat asal Desa Karangrejo, Kecamatan Kesamben, Blitar, Jawa Timur, no. HP +62 812-3354-0917.
        Akaun CIMB untuk bayaran komisen ejen: 8010 2398 45 (atas nama Ravi s/o Govindasamy).
        Gaji pembantu rumah Maria Luz Santos dari Filipina belum dibayar 2 bulan; majikannya Puan Rohaya yang tinggal di Taman Tun Dr Ismail.
        Penginapan pekerja: Bilik 3, Asrama Jalan Kebun, blok B – Rahman Ali, Shahidul Islam, Abul Kalam (semua dari Sylhet, permit tamat Mac 2027).
        Semakan latar belakang: calon Chong Kah Yee mempunyai tunggakan PTPTN RM18,400 menurut laporan CTOS; disyorkan tidak ditawarkan jawatan kewangan.
        Kad pekerja hilang – Amira binti Hashim, jabatan QA, syif B; kos kad ganti RM20 akan dipotong daripada gaji Disember.
    """),
    "mixed": _lines("""
        bro the guy from interview tadi, Danial Hakim, dia punya number 012-776 3051, call him back tomorrow confirm start date
        Sis Mira, your offer letter dah sent to miraaziz.hr@yahoo.com, please sign and return by Friday ok
        eh that Bangla worker Rashed, permit expired last week dah, passport no BX0934712, pls settle before ada operasi imigresen
        FYI Mr Kumar Selvaraj (the supervisor at Prai) resigned, last day 15 Dec, his wife sakit kanser so he going back to Ipoh
        candidate Chloe Tan, expected salary 6.5k, currently at Maybank, notice 2 months, can interview only after 6pm
        Kak Lina, tolong transfer advance RM500 to Siva's acc Public Bank 6372 8814 09, dia urgent nak bayar sewa rumah
        telegram dia @amirul_jobhunter, dia tanya jawatan storekeeper masih ada tak. nama penuh Amirul Hakimi bin Razali
        ni IC candidate untuk background check: 010528-14-1167, Irfan Haikal, pls check dengan CTOS
        Wei that Myanmar worker Zaw Min Htet kena accident kat line 3 tadi, jari putus, dah hantar Hospital Seberang Jaya
        Jeff (Jeffrey Sta Maria) from our Penang branch asked if we can hire his nephew Ryan, SPM result 2A 5C, rumah kat Bayan Lepas
        pls courier the original passport balik to worker Nguyen Thi Hoa, address No. 8, Lorong Cempaka 2, Taman Desa Jaya, 81100 Johor Bahru, hp 016-735 2290
        found MyKad tertinggal kat interview room: NUR SYAFIQAH BINTI MOHD NOOR, 030114-03-0788, owner please collect at reception
    """),
    "en": _lines("""
        Reference check notes – Ms. Priya Nair (former team lead of the candidate) says Jonathan Lim was let go in 2025 after repeated absenteeism; do not proceed.
        Employment Pass application for Mr. Daniel Whitaker, British passport 538291047, salary RM18,000, wife Emily and two children to be included as dependants.
        Transferring staff from our Singapore office: Goh Siew Ling, NRIC S8812345Z, start date in KL 1 March 2027, needs housing allowance.
        Candidate contact: Arvind Pillay, +60 19-288 4730, arvind.pillay88@outlook.com, 6 years in payroll, based in Seremban.
        Card on file for contractor Hannah Rodrigues: Visa 4556 3312 3456 7898, exp 09/28 – please stop charging her for the uniform deposit.
        Background screening result: Marcus Fernandez (MyKad 880217-08-6231) – criminal record clear; degree certificate could not be verified with the university.
        Offer declined by Ms. Sarah Chandran; she accepted a counter-offer from her current employer at RM9,200/month.
        Worker grievance #G-118: Abdul Karim (Bangladesh, passport A09348215) reports that his supervisor kept his passport and deducted RM300 for hostel fees not in his contract.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu HR untuk sebuah agensi pekerjaan di Johor."),
        (
            "user",
            "Tolong tulis surat tawaran untuk calon Nur Izzati binti Zakaria, jawatan Pembantu Akaun, gaji RM2,300, lapor diri 2 Jan 2027.",
        ),
        (
            "assistant",
            "Baik, berikut draf surat tawaran untuk Cik Nur Izzati binti Zakaria bagi jawatan Pembantu Akaun dengan gaji pokok RM2,300 sebulan.",
        ),
        (
            "user",
            "Tambah no IC dia 980311-01-6124 dan alamat No. 45, Jalan Kenanga 7, Taman Universiti, 81300 Skudai.",
        ),
    ],
    [
        (
            "user",
            "My foreign worker's passport is expiring soon, what should I do about his permit?",
        ),
        (
            "assistant",
            "He needs to renew the passport at his embassy first; the PLKS can only be renewed or endorsed on a passport with enough validity remaining.",
        ),
        (
            "user",
            "His name is Suman Rai, Nepali, passport PA1973620, expires 20 Jan 2027 and his PLKS ends in February.",
        ),
    ],
    [
        (
            "user",
            "boleh bantu saya buat resume? nama saya Muhammad Aiman bin Jusoh, umur 23, diploma perakaunan UiTM, no tel 019-457 2803",
        ),
        (
            "assistant",
            "Boleh! Mari mulakan dengan bahagian maklumat peribadi dan objektif kerjaya. Apa pengalaman kerja atau latihan industri anda?",
        ),
        ("user", "saya intern 6 bulan kat pejabat LHDN Kuala Terengganu, bahagian pungutan"),
    ],
    [
        (
            "user",
            "I interviewed a candidate today, Felicia Ng, and she told me she's 4 months pregnant. Can I reject her because of that?",
        ),
        (
            "assistant",
            "No. Rejecting a candidate because of pregnancy is discriminatory and exposes the company to legal risk; assess her on the job requirements only.",
        ),
        (
            "user",
            "ok. she also asked for flexible hours because of her gestational diabetes, how should I reply?",
        ),
    ],
    [
        (
            "user",
            "Kawan saya kena tipu ejen kerja ke Kemboja. Nama dia Khairul Nizam bin Osman, keluarga last contact 10 hari lepas.",
        ),
        (
            "assistant",
            "Sila segera buat laporan polis dan hubungi Kedutaan Besar Malaysia di Phnom Penh. Simpan semua bukti perbualan dengan ejen.",
        ),
        ("user", "ejen tu guna WhatsApp +60 11-3192 5864, Telegram @kerjaluar_gaji5k"),
    ],
    [
        ("system", "You are a recruitment assistant that summarises candidate profiles."),
        (
            "user",
            "Summarise this candidate: Lee Hui Min, 29, BSc Computer Science UM, 5 yrs React at a ride-hailing company, current RM8.5k, expected RM11k, notice 1 month, lives in Puchong.",
        ),
        (
            "assistant",
            "Lee Hui Min – frontend engineer, 5 years React, expects RM11k (from RM8.5k), 1-month notice, Puchong-based.",
        ),
    ],
    [
        ("user", "Nak kira gaji akhir pekerja yang berhenti, boleh tolong?"),
        (
            "assistant",
            "Boleh. Saya perlukan gaji pokok, tarikh akhir bekerja dan baki cuti tahunan pekerja tersebut.",
        ),
        (
            "user",
            "Zaiton binti Hamid, gaji RM1,900, kerja sampai 18 Dis, baki cuti tahunan 6 hari, dia berhenti sebab jaga suami strok.",
        ),
    ],
    [
        (
            "user",
            "Check this FIN for me: F2387654W. Worker Rizal Mahendra wants to move from Singapore to our JB plant.",
        ),
        (
            "assistant",
            "The FIN format and checksum look valid, but you will still need a Malaysian work permit for him.",
        ),
        ("user", "He's Indonesian, passport C7710394, currently a welder in Tuas."),
    ],
    [
        (
            "user",
            "ada calon nama Thivya a/p Rajan, resume dia cakap CGPA 3.85 UPM tapi sijil tak sama",
        ),
        (
            "assistant",
            "Anda boleh minta calon bawa sijil dan transkrip asal, atau sahkan terus dengan pejabat pendaftar universiti dengan persetujuan calon.",
        ),
        ("user", "ok, no phone dia 014-602 8817, saya nak call minta sijil asal"),
    ],
    [
        ("user", "Please draft a warning letter for one of our staff."),
        ("assistant", "Sure. Who is it for, what is their position, and what happened?"),
        (
            "user",
            "Ahmad Zaki bin Harun, forklift operator, tested positive for methamphetamine in the random urine test on 1 Dec 2026.",
        ),
    ],
]
