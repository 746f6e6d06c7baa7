# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms164: syarikat takaful dan ejen takaful di Malaysia (pendaftaran sijil, penama, tuntutan hospital, sijil lupus, aduan, kumpulan WhatsApp ejen). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pelanggan"): _lines("""
        Notis: Kaunter Khidmat Pelanggan Cawangan Shah Alam akan ditutup pada 25 Disember 2026 sempena Hari Krismas dan dibuka semula pada 26 Disember, 8.30 pagi.
        Peserta yang sijil takafulnya lupus boleh memohon pemulihan (reinstatement) dalam tempoh 24 bulan dari tarikh lupus, tertakluk kepada pengisytiharan kesihatan dan bayaran tunggakan caruman.
        Untuk pertanyaan tuntutan hospital, sila hubungi Pusat Panggilan kami di 1-300-88-2525 (Isnin hingga Jumaat, 8.45 pagi - 5.30 petang) atau e-mel claims@takafulnurharapan.com.my.
        Berkuat kuasa 1 Januari 2027, kadar caruman pelan perubatan MediNur Plus akan disemak semula sebanyak purata 8% selaras dengan kenaikan kos rawatan perubatan di hospital swasta.
        Amaran penipuan: Syarikat tidak pernah meminta nombor TAC atau kata laluan perbankan melalui WhatsApp. Laporkan mesej mencurigakan ke 03-2162 7000 atau fraud@takafulnurharapan.com.my.
        Pejabat Pusat Takaful Nur Harapan Berhad (201401023456 / 1098765-K) berpindah ke Aras 18, Menara Nur Harapan, No. 161B Jalan Ampang, 50450 Kuala Lumpur mulai 3 November 2026.
        Penyelenggaraan portal peserta i-Nur dijadualkan pada Sabtu 14/11/2026 dari 11.00 malam hingga Ahad 4.00 pagi. Pembayaran caruman dalam talian tidak dapat dibuat sepanjang tempoh ini.
        Peringatan: Penyata tahunan sijil 2026 akan dihantar melalui e-mel berdaftar sebelum 31 Januari 2027. Resit caruman boleh dimuat turun untuk tuntutan pelepasan cukai LHDN.
        Jika tidak berpuas hati dengan keputusan tuntutan, rujuk Ombudsman Perkhidmatan Kewangan (OFS), Aras 14, Main Block, Menara Takaful Malaysia, No. 4 Jalan Sultan Sulaiman, 50000 Kuala Lumpur.
        Kad perubatan baharu siri MC-2027 sedang dihantar melalui Pos Laju mulai 1 Disember. Kad lama masih sah digunakan di hospital panel sehingga 31 Januari 2027.
        Hospital panel baharu di Johor: KPJ Johor Specialist Hospital, 39-B Jalan Abdul Samad, 80100 Johor Bahru. Surat jaminan (GL) boleh dimohon terus di kaunter kemasukan.
        Mulai 2027, notis peringatan caruman tertunggak hanya dihantar melalui SMS daripada nombor rasmi 62233. Abaikan mesej daripada nombor lain yang mendakwa mewakili syarikat.
        Cuti Umum: Semua cawangan di Sabah dan Labuan ditutup pada 30 dan 31 Mei sempena Pesta Kaamatan. Tuntutan kecemasan boleh dibuat melalui talian 24 jam 1-800-22-6868.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Apakah itu penama? J: Penama ialah individu yang dilantik oleh peserta untuk menerima manfaat takaful apabila peserta meninggal dunia, sama ada sebagai penerima hibah atau wasi.
        S: Bolehkah saya menukar penama selepas berkahwin? J: Boleh. Isi Borang Penamaan N-02 dan hantar di mana-mana cawangan atau muat naik melalui portal peserta i-Nur.
        S: Berapa lama tempoh bertenang (free-look)? J: Anda mempunyai 15 hari dari tarikh penerimaan sijil untuk membatalkan dan mendapat bayaran balik caruman, tolak kos pemeriksaan perubatan jika ada.
        S: Apakah tempoh ihsan bayaran caruman? J: Tempoh ihsan ialah 30 hari dari tarikh matang caruman. Sijil akan lupus jika caruman masih tidak dijelaskan selepas tempoh tersebut.
        S: Adakah penama bukan Islam dibenarkan? J: Ya, penamaan secara hibah bersyarat boleh dibuat kepada sesiapa sahaja tanpa mengira agama, tertakluk kepada Jadual 10 Akta Perkhidmatan Kewangan Islam 2013.
        S: Apakah dokumen untuk tuntutan kematian? J: Sijil kematian asal, salinan MyKad penama, laporan polis jika melibatkan kemalangan, dan borang tuntutan C-11 yang lengkap diisi.
        S: Bagaimana menyemak status tuntutan? J: Log masuk ke portal i-Nur, pilih Tuntutan > Status, atau hubungi 1-300-88-2525 dengan nombor rujukan tuntutan yang tertera pada e-mel pengesahan.
        S: Apakah maksud tabarru'? J: Tabarru' ialah sumbangan sukarela peserta ke dana risiko untuk membantu peserta lain yang ditimpa musibah, berdasarkan konsep ta'awun (saling membantu).
        S: Adakah lebihan (surplus) dana risiko dikongsi? J: Lebihan yang diisytiharkan selepas audit tahunan boleh diagihkan kepada peserta layak, biasanya dikreditkan ke akaun pelaburan peserta (PIA).
        S: Saya bekerja di Singapura, boleh sertai? J: Pelan ini untuk pemastautin Malaysia. Warganegara yang bekerja di Singapura perlu mempunyai alamat surat-menyurat di Malaysia dan membayar dalam ringgit.
        S: Adakah caruman layak untuk pelepasan cukai? J: Ya, caruman takaful keluarga layak sehingga RM3,000 dan takaful pendidikan/perubatan sehingga RM4,000 setahun mengikut peruntukan LHDN semasa.
        S: Bolehkah saya dirawat di hospital bukan panel? J: Boleh secara bayaran balik (reimbursement). Hantar bil asal terperinci dalam tempoh 30 hari selepas discaj bersama borang H-07.
        S: Apa berlaku jika ejen saya berhenti? J: Sijil anda kekal aktif. Syarikat akan melantik ejen penjaga (servicing agent) baharu dan notis dihantar melalui e-mel berdaftar anda.
    """),
    ("en", "claims_system_log"): _lines("""
        2026-11-03T09:14:22+08:00 INFO gl-service batch=GLB-20261103-007 hospital=HSP-KL-0142 requests=37 approved=31 pending=6 avg_turnaround=42m
        2026-11-03T09:15:01+08:00 WARN gl-service upstream timeout calling tpa-gateway.mediassist.local:8443/v2/eligibility after 30000ms, retry 2/3
        2026-11-03T10:02:47+08:00 ERROR lapse-job run_id=7f3c9a1e cert_batch=LAPSE-2026-11 failed: psycopg2.OperationalError could not connect to server at 10.24.8.15:5432
        2026-11-03T10:05:12+08:00 INFO lapse-job run_id=7f3c9a1e resumed; certificates_evaluated=12840 lapsed=412 grace_extended=96 duration=318s
        [2026-11-04 02:00:00 MYT] cron: nightly_surplus_calc v3.8.1 started on node takaful-batch-02 (pid 22817), fund list loaded from funds_2026.yaml
        [2026-11-04 02:41:19 MYT] cron: nightly_surplus_calc finished, fund=FAMILY_RISK_01 surplus_myr=1842570.33 distributable_ratio=0.45 exit=0
        2026-11-04T11:20:33+08:00 INFO sms-gateway sender=62233 template=CONTRIB_REMINDER_V4 queued=5120 delivered=4987 failed=133 provider=Macrokiosk
        2026-11-04T11:21:02+08:00 DEBUG nominee-api POST /api/v1/nominations 201 Created latency=184ms request_id=req_9b41c0de7a client=agent-app/5.12.0 (Android 14)
        2026-11-04T14:07:55+08:00 WARN fraud-rules rule=FR-019 (same hospital bill submitted twice within 7 days) hits=3 action=route_to_SIU queue=siu-review
        2026-11-05T08:00:03+08:00 INFO etl export=claims_monthly_2026_10.parquet rows=58213 sha256=3b9f0c2ad41e7785c1e0a9f6d2b47c13e8a5f0d9b6c2e41a7d3f8b0c9e1a2d44
        2026-11-05T08:30:17+08:00 ERROR pdf-renderer template=SIJIL_TAKAFUL_BM_v12 missing font NotoSansJawi-Regular.ttf, falling back to DejaVuSans
        2026-11-05T16:45:09+08:00 INFO deploy claims-portal v2026.11.2 -> prod (commit a91d4e7) approved under change CR-4471, rollback plan RB-118
        2026-11-06T07:12:40+08:00 WARN hospital-feed hospital=HSP-PNG-0031 sent 0 admission records in last 24h, expected >= 15, alert routed to #ops-claims
    """),
    ("mixed", "kumpulan_whatsapp_ejen"): _lines("""
        Assalamualaikum semua ejen unit, reminder closing Q4 pada 15/12. Semua borang cadangan kena submit sebelum 5pm, lepas tu sistem lock ya.
        Guys, agent-app down dari pagi. IT kata fix by 3pm. Kalau urgent nak quote, guna calculator Excel versi Nov yang admin share semalam.
        Underwriting baru update: BMI atas 35 kena buat full medical untuk sum covered lebih RM500k. Senarai klinik panel ada dalam shared drive.
        Reminder CPD: setiap ejen perlu 30 jam kredit sebelum pembaharuan lesen MTA. Kursus online Fiqh Muamalat dalam LMS dikira 6 jam.
        Tahniah Unit Bintang Timur capai 148% sasaran bulan Oktober! Trip Umrah insentif tinggal 9 slot je lagi, jom kejar 👏
        Jangan sesekali share gambar MyKad customer dalam group ni ye. Semua dokumen upload terus dalam agent-app, ikut polisi PDPA syarikat.
        FYI hospital panel Pantai Hospital Ayer Keroh dah resume terima GL mulai Isnin. Masalah dengan TPA dah settle, boleh proceed macam biasa.
        Training produk baru Hasanah Wasiat Plus hari Sabtu 9am di Dewan Seminar, Aras 3, Menara Nur Harapan, Jalan Ampang. Bawa laptop sekali.
        Siapa ada stok brochure MediNur Plus versi BM? Cawangan Seremban dah habis, nanti admin courier guna J&T, tracking no. akan share dalam group.
        Komisen bulan November akan dikreditkan pada 28/11. Penyata komisen boleh download dari menu Earnings > Statement dalam agent-app v5.12.
        Quick tip: kalau customer tanya pasal hibah vs wasiat, guna slide 14-19 dalam deck training. Jangan janji apa-apa pasal faraid, refer peguam syarie.
        Makluman: kod promosi CNY27 untuk waive fi pendaftaran hanya valid 1/1 hingga 28/2. Tak boleh combine dengan campaign Raya.
        Lapse report bulan ni dah keluar, unit kita ada 23 sijil lupus. Tolong follow up customer masing-masing sebelum reinstatement window tamat.
    """),
    ("ms", "jadual_caruman"): _lines("""
        Pelan MediNur Plus (Had Tahunan RM1,000,000), Umur 0-5: RM85.00 sebulan; Umur 6-17: RM62.00 sebulan; Umur 18-30: RM118.00 sebulan.
        Pelan MediNur Plus, Umur 31-40: RM156.00; Umur 41-50: RM238.00; Umur 51-60: RM395.00 sebulan. Caruman sudah termasuk caj wakalah 25%.
        Rider Penyakit Kritikal 45 (CI45), Jumlah Perlindungan RM100,000, umur masuk 30 tahun, bukan perokok: RM42.50 sebulan; perokok: RM61.80 sebulan.
        Hasanah Wasiat Plus: Fi penulisan wasiat RM350 sekali bayar, fi simpanan tahunan RM60, kemas kini wasiat pertama percuma dalam tempoh 12 bulan.
        Takaful Kemalangan Diri AmanRide: RM120 setahun untuk penunggang motosikal, perlindungan kematian RM50,000 dan elaun hospital RM100 sehari.
        Caj pendaftaran sijil baharu: RM0. Caj penggantian sijil hilang: RM20. Caj salinan penyata tahunan: RM10 setiap tahun. Harga termasuk cukai perkhidmatan 8%.
        Diskaun caruman 5% untuk bayaran tahunan melalui FPX atau kad kredit; 2% untuk bayaran separuh tahunan; tiada diskaun untuk potongan gaji Biro Angkasa.
        Pelan Pendidikan Cahaya Ilmu: caruman minimum RM100 sebulan, matang ketika anak berumur 18 atau 21 tahun, anggaran manfaat matang RM45,000 hingga RM60,000.
        Jadual Yuran Ejen 2027: Fi pendaftaran ejen RM100, fi peperiksaan TBE RM80 setiap modul, fi pembaharuan lesen tahunan RM50, kursus CPD percuma dalam LMS.
        Pakej Korporat SME Amanah (10-49 pekerja): RM38 sebulan seorang untuk hospital dan pembedahan, bilik dan makan RM200 sehari, had tahunan RM80,000.
        Tambahan caruman (loading) untuk pekerjaan Kelas 3 seperti penghantar makanan: +50%; Kelas 4 seperti kerja di pelantar minyak: +100% ke atas kadar asas.
        Pemulihan sijil lupus: tiada caj faedah (riba) dikenakan, hanya tunggakan caruman tertunggak dan kos pemeriksaan perubatan sebenar jika diperlukan.
        Kadar tukaran bagi peserta yang membayar dalam SGD: 1 SGD = RM3.45 (semakan suku tahunan). Caj bank luar negara ditanggung sepenuhnya oleh pembayar.
    """),
    ("en", "config_and_code"): _lines("""
        CLAIM_PORTAL_BASE_URL=https://claims.takafulnurharapan.com.my/api/v2  # staging: https://uat-claims.takafulnurharapan.com.my/api/v2
        MYKAD_REGEX = '^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$'  # validate format only; never log the matched value
        lapse_policy: {grace_period_days: 30, reinstatement_window_months: 24, auto_lapse_cron: '0 2 * * *', notify_channels: [sms, email, agent_app]}
        def is_lapsed(cert, today): return cert.status == 'IF' and (today - cert.paid_to_date).days > GRACE_PERIOD_DAYS
        CREATE TABLE nominee (id BIGSERIAL PRIMARY KEY, cert_no VARCHAR(12) NOT NULL, nominee_name TEXT, id_type CHAR(2), share_pct NUMERIC(5,2) CHECK (share_pct <= 100));
        SMTP_HOST=smtp.office365.com SMTP_PORT=587 SMTP_FROM=no-reply@takafulnurharapan.com.my SMTP_USER=${SMTP_USER} SMTP_PASS=${SMTP_PASS}
        fixtures/participant.yaml: name: 'PESERTA UJIAN 01', id_no: '<faker:mykad>', mobile: '<faker:msisdn>', email: 'qa+01@example.com'  # synthetic only
        cert_no,participant_name,nric,dob,plan_code,sum_covered,nominee_count,agent_code,status,paid_to_date
        SELECT hospital_code, COUNT(*) AS gl_count, AVG(approved_amount) FROM gl_requests WHERE created_at >= '2026-10-01' GROUP BY hospital_code ORDER BY gl_count DESC LIMIT 20;
        CONTRIB_REMINDER_V4 = 'Caruman sijil {cert_no} sebanyak RM{amount} belum dijelaskan. Bayar sebelum {due_date} untuk elak lupus. Info: 1-300-88-2525'
        pip install takaful-calc==1.6.2  # wakalah_fee=0.25, tabarru_ratio varies by age band, see docs/tables/tabarru_2027.csv
        curl -s 'https://api.takafulnurharapan.com.my/v1/hospitals?state=SGR&panel=true' -H 'Authorization: Bearer $API_TOKEN' | jq '.items[].name'
        logging: {pii_redaction: true, redact_fields: [nric, passport_no, mobile, email, bank_acct, address_line1], log_level: INFO, retention_days: 90}
    """),
    ("ms", "sejarah_dan_berita"): _lines("""
        Akta Takaful 1984 diluluskan oleh Parlimen bagi membolehkan penubuhan syarikat takaful pertama di Malaysia, iaitu Syarikat Takaful Malaysia Sdn. Bhd., pada tahun yang sama.
        Konsep takaful dikaitkan dengan amalan al-aqilah dalam kalangan kabilah Arab, di mana ahli kabilah menyumbang untuk membayar diyat bagi pihak anggota yang melakukan kesalahan.
        Akta Perkhidmatan Kewangan Islam 2013 (IFSA) menggantikan Akta Takaful 1984 dan mewajibkan pengendali takaful komposit memisahkan perniagaan takaful keluarga dan takaful am.
        Gabenor Bank Negara Malaysia, Datuk Seri Abdul Rasheed Ghaffour, dalam ucapan di sebuah forum industri menyeru pengendali takaful memperluas perlindungan kepada golongan B40.
        Tan Sri Dr. Zeti Akhtar Aziz, Gabenor BNM dari 2000 hingga 2016, banyak dikreditkan kerana membangunkan Malaysia sebagai hab kewangan Islam antarabangsa.
        Skim perlindungan mySalam dilancarkan pada 2019 oleh Kementerian Kewangan dengan dana awal RM2 bilion daripada Great Eastern, dan ditadbir oleh Great Eastern Takaful Berhad.
        Inisiatif Perlindungan Tenang diperkenalkan pada 2017 untuk menyediakan produk insurans dan takaful mampu milik bagi golongan berpendapatan rendah dengan caruman yang kecil.
        Laporan tahunan Persatuan Takaful Malaysia (MTA) mencatatkan pertumbuhan caruman baharu takaful keluarga, didorong oleh saluran bancatakaful dan ejen digital.
        Buku Muqaddimah karya Ibn Khaldun sering dipetik dalam kursus ekonomi Islam untuk membincangkan peranan solidariti sosial (asabiyyah) dalam pembangunan masyarakat.
        Etiqa Family Takaful dan Prudential BSN Takaful antara pengendali yang menawarkan pelan takaful melalui rangkaian bank, atau bancatakaful, sejak awal tahun 2000-an.
        Menteri Kewangan II, Datuk Seri Amir Hamzah Azizan, menyentuh isu inflasi kos perubatan dan kesannya terhadap caruman takaful perubatan dalam sesi soal jawab Dewan Rakyat.
        Watak Kak Ros dan Opah dari animasi Upin & Ipin pernah dijadikan inspirasi kempen kesedaran perlindungan keluarga di media sosial oleh beberapa agensi takaful.
        Syarikat Takaful Malaysia Keluarga Berhad beribu pejabat di Menara Takaful Malaysia, No. 4 Jalan Sultan Sulaiman, Kuala Lumpur, dan tersenarai di Papan Utama Bursa Malaysia.
    """),
    ("mixed", "ulasan_cawangan"): _lines("""
        ★★★★★ Cawangan Takaful Nur Harapan Bangsar South memang efficient. Datang 10am, nombor giliran keluar cepat, settle tukar penama dalam 20 minit je.
        ★★☆☆☆ Kaunter Ipoh ni parking susah gila, dan staff kaunter kata sistem down, suruh datang balik esok. Buang masa cuti saya je.
        ★★★★☆ Claims process at their Penang office was quite smooth, GL approved within 2 hours at Gleneagles Penang. Only minus is the hotline 1-300-88-2525 always engaged.
        ★☆☆☆☆ Dah 3 minggu submit reimbursement bil klinik, status still under review. Email ke claims@takafulnurharapan.com.my pun auto-reply je. Tak puas hati langsung.
        ★★★★★ Agency office di Wisma Amanah, Jalan Tun Abdul Razak, Johor Bahru very helpful. Explain beza hibah dan wasiat dengan clear, tak push sales.
        ★★★☆☆ Office Kota Kinabalu ok la, but waktu operasi tutup 4.30pm on Friday, better update Google Maps sebab dalam listing tulis 5.30pm.
        ★★★★☆ Surau dalam bangunan bersih, ruang menunggu selesa, ada kiosk bayar caruman guna kad debit. Cuma aircond terlalu sejuk haha.
        ★★☆☆☆ App i-Nur selalu logout sendiri, nak upload resit hospital kena cuba 4-5 kali. Please fix, version 3.2.1 pun masih sama.
        ★★★★★ Terbaik! Klinik Dr. Ahmad & Rakan (klinik panel) terus proses tanpa deposit, kad perubatan MediNur diterima tanpa masalah.
        ★★★★☆ Good service at the Menara Nur Harapan counter, Jalan Ampang. Tukar alamat surat-menyurat and dapat sijil baru on the spot.
        ★☆☆☆☆ Hotline khidmat pelanggan tunggu 45 minit, lepas tu line putus. Tolong tambah staff, especially Isnin pagi lepas cuti panjang.
        ★★★★☆ Booth takaful dekat Mid Valley Megamall weekend lepas bagi free health screening, tekanan darah dan gula. Nice initiative.
        ★★★☆☆ Wakil khidmat pelanggan sopan tapi tak tahu jawab soalan pasal surplus sharing, kena escalate ke HQ. Overall ok la.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang Penamaan N-02: Peserta Mohd Faizal bin Rosli, MyKad 860412-10-5527, melantik isteri Nur Hidayah binti Kamarudin (MyKad 890923-14-6148) sebagai penerima hibah 100%.
        Puan Rohani Abdul Wahab dimasukkan ke Hospital Sultanah Aminah pada 02/11 kerana strok ringan, anaknya minta GL dipercepatkan sebab bil dah cecah RM14,000.
        Alamat baharu peserta: No. 27, Jalan Seroja 4/7, Taman Seroja, 43500 Semenyih, Selangor. Tel bimbit 013-482 7719. Sila kemas kini rekod sijil.
        Encik Zulkarnain bin Hassan minta tangguh caruman 3 bulan sebab baru diberhentikan kerja dan ada hutang kereta tertunggak RM9,800 dengan bank.
        Tuntutan kematian: Allahyarham Hamzah bin Yusof meninggal 14/10/2026 akibat serangan jantung di rumahnya di Kampung Padang Jawa, Klang. Penama: anak sulung, Aiman Hakim.
        Akaun bank untuk bayaran manfaat: Maybank 1640 2231 8890 atas nama Siti Aminah binti Ismail. Sila kreditkan dalam 14 hari bekerja.
        Nombor WhatsApp pelanggan untuk follow up sijil lupus: 019-773 2085, call lepas 6 petang sahaja.
        Kak Ina (Norliana) dari Unit Bintang Timur disahkan hamil 7 bulan, minta cuti bersalin awal dan kes pelanggan dia diserahkan kepada unit lain.
        Peserta Lim Chee Keong, no. sijil TN0004478123, caruman tertunggak 4 bulan (RM672), sijil akan lupus pada 30/11/2026 jika tiada bayaran.
        Aduan: Puan Kalaivani a/p Subramaniam mendakwa ejen memalsukan tandatangannya pada borang cadangan bertarikh 5 Mac 2026. Kes dirujuk ke Jabatan Pematuhan.
        Encik Shahrul Nizam dan bekas isterinya bercerai di Mahkamah Syariah Shah Alam pada Ogos 2026, dia mahu keluarkan nama bekas isteri sebagai penama.
        MyKad penama: 120305-01-0862 (anak bawah umur, Muhammad Irfan), penjaga sah ialah ibunya sehingga dia berumur 18 tahun.
        Rekod perubatan: Encik Ravi a/l Krishnan, 52 tahun, penghidap diabetes jenis 2 dan menjalani dialisis 3 kali seminggu di sebuah pusat dialisis di Klang sejak 2024.
        Kereta peserta WXJ 4521 (Proton X50 putih) terlibat kemalangan di Lebuhraya Persekutuan, tuntutan kemalangan diri dikemukakan oleh pemandunya Azrul Hisham.
        Cikgu Rosmah binti Daud (SK Bukit Tinggi) gaji pokok RM3,850, potongan Biro Angkasa RM210 sebulan untuk sijil takaful, minta kurangkan sebab jumlah potongan dah melebihi 60%.
        Pak Long Jusoh dari Kampung Baru Sungai Buloh ditangkap polis minggu lepas atas kes dadah, keluarga tanya sama ada sijil takafulnya masih boleh dituntut.
        Surat jaminan GL-2611-004582 untuk pesakit Nurul Aina binti Zainal, wad 5B Hospital Pantai Kuala Lumpur, diagnosis apendisitis akut, anggaran kos RM11,200.
        Sila hubungi penama di talian rumah 07-335 8812 atau e-mel faridah.osman72@yahoo.com untuk pengesahan dokumen tuntutan.
        Peserta dari Sarawak: Jong anak Linggi, MyKad 780611-13-5241, alamat Rumah Panjang Ngumbang, Batang Ai, Lubok Antu. Minta borang dalam Bahasa Iban jika ada.
        Laporan polis DWI/014477/26 dibuat oleh Encik Tan Kok Wai berhubung kecurian telefon bimbitnya yang mengandungi aplikasi portal peserta i-Nur.
        Pemeriksaan perubatan mendapati Cik Farhana Aziz positif HIV, permohonan pelan MediNur Plus ditolak. Surat penolakan dihantar ke alamat rumahnya di Bandar Baru Bangi.
        Ejen kod AG77421, Mohd Rizal bin Abu Bakar, digantung lesen selepas didapati menyimpan caruman pelanggan RM8,400 dalam akaun peribadinya.
    """),
    "mixed": _lines("""
        Boss, customer Puan Salmah tu kata anak dia masuk ICU Sunway since semalam, dengue severe. Dia tanya GL boleh approve tak malam ni? No HP dia 012-668 3014.
        Bro tolong check status claim Mr. Vincent Ong, IC 800715-08-5391, dia bising kata dah 5 minggu tak dapat reimbursement lagi.
        Alamak, I tersalah hantar penyata Cik Aisyah ke email orang lain. Sepatutnya aisyah.rahman91@gmail.com, tapi pergi ke alamat yang typo. Macam mana nak report?
        Client I, Uncle Teoh dari Taman Connaught Cheras, baru diagnosed Parkinson's. Family dia nak claim CI tapi ada non-disclosure issue masa sign up 2019.
        Update: Encik Baharom yang ada hutang judi tu dah lari ke Thailand, wife dia call office nak surrender sijil untuk bayar along.
        Nominee form: Name: Goh Mei Ling, NRIC S8123456D, relationship: sister, tinggal di Singapore, Blk 412 Tampines Street 41 #07-223. Share 50%.
        Weh tolong jangan forward lagi gambar IC Pn. Norizan dalam group ni, ada nombor 750228-03-5012 semua. PDPA issue nanti.
        Mr. Chandran punya son kena accident motor at Jalan Klang Lama, plate WVF 3382, sekarang in coma at UMMC. Family pening pasal bill.
        Payment received from Madam Lee Siew Peng via DuitNow, ref 20261104MBBEMYKL0034411, RM1,260 for annual contribution sijil dia, tolong update system.
        Akak, customer Zainab tu pregnant 5 bulan, nak tambah maternity rider boleh ke? Tak ke dikira pre-existing?
        CSV row: TN0003390217,HAZWAN BIN MOKHTAR,950103-14-6677,1995-01-03,MNP,1000000,2,AG55102,LAPSED,2026-07-31
        Customer Ah Hock complain dia kena potong caruman dua kali dari CIMB account 7060 4412 88, total RM584. Please refund asap.
        FYI Mr. Kumar dari unit Klang kena tangkap SPRM semalam pasal rasuah dengan HR company client, jangan bincang dalam group ok.
        Customer Mr. Ho Ka Wing, HKID K482915(3), kerja di KL on EP, nak sign up MediNur. Boleh ke guna HKID je atau kena passport?
        Eh Kak, rumah Encik Faizul kat Lot 1123 Kampung Pulau Belongan, 16150 Kota Bharu tu kena banjir, semua dokumen sijil hilang. Nak replace free tak?
        Salary slip Mr. Daniel Loh shows gaji RM12,400 sebulan, so boleh qualify sum covered RM1.2 juta. Attach dalam proposal ya.
    """),
    "en": _lines("""
        Claimant: Mdm Tan Geok Lian, 68, admitted to Mahkota Medical Centre Melaka on 21/10/2026 for knee replacement; her son Marcus requests all updates via 016-721 5539.
        Please update the nominee to Ms Priya Nair, passport no. M2231874 (Indian national), spouse of participant Arjun Menon. Share 100%.
        Complaint received from Mr. Azman Idris about agent harassment: he says the agent called him 14 times after he refused to buy a second certificate.
        The participant's wife, Mrs. Halimah, disclosed that Encik Sulaiman has stage 3 colon cancer and has not told his employer yet, so please keep it confidential.
        Mobile number on file: +60 11-2749 8830. Email: hakim.z.travel@hotmail.com. Preferred contact time: after 8pm on weekdays.
        Refund of RM1,845.60 to Public Bank account 6382 1907 45 belonging to Nor Azlina binti Che Mat, cancelled within the free-look period.
        Hospital bill attached for Master Ethan Yap Jun Hao, aged 6, Sunway Medical Centre, diagnosis: asthma exacerbation, 3 days in ward, total RM6,930.
        Lapse notice: participant Suresh a/l Muniandy, 42, unemployed since March, owes three months of contributions and told the agent he is being chased by moneylenders.
        Taiwanese customer Chen Yi-Ting, ROC ID A223456789, working in Penang as an engineer, asks whether her Taiwan health records are needed for underwriting.
        Agent onboarding: Muhammad Danial bin Rashid, DOB 14/02/1998, home address No. 8, Lorong Bunga Raya 2, Taman Bunga Raya, 08000 Sungai Petani, Kedah.
        Photo uploaded: selfie of participant Shalini Kannan holding her MyKad for e-KYC, file ekyc_shalini_k_20261102.jpg, face match score 0.93.
        PRC citizen Wang Jianguo, resident ID 440106198503124417, married to a Malaysian and living in Puchong, wants to appoint his daughter as nominee.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Takaful Nur Harapan Berhad. Jawab dalam Bahasa Melayu dengan sopan dan jangan minta kata laluan.",
        ),
        (
            "user",
            "Assalamualaikum, saya Noraini binti Jaafar, MyKad 830517-06-5214. Suami saya meninggal bulan lepas, saya nak tukar penama sijil saya daripada arwah kepada anak-anak. Macam mana?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Noraini, takziah atas pemergian suami puan. Untuk menukar penama, isi Borang Penamaan N-02, lampirkan salinan sijil kematian arwah dan MyKad anak-anak, kemudian hantar di cawangan atau muat naik di portal i-Nur.",
        ),
        (
            "user",
            "Anak saya dua orang, Amirul 14 tahun dan Batrisya 9 tahun. Boleh ke bahagi sama rata?",
        ),
        (
            "assistant",
            "Boleh, puan boleh tetapkan 50% setiap seorang. Oleh kerana kedua-duanya bawah umur, puan perlu melantik pemegang amanah atau penjaga yang akan menerima manfaat bagi pihak mereka sehingga umur 18 tahun.",
        ),
    ],
    [
        ("system", "You are a writing assistant for a licensed takaful agent in Malaysia."),
        (
            "user",
            "Draft a polite reminder email to my client Mr. Jeremy Sim (jeremy.sim.kh@gmail.com). His certificate lapses on 30 November because he missed 2 months of contributions, RM412 total.",
        ),
        (
            "assistant",
            "Subject: Friendly reminder - outstanding contributions. Dear Mr. Sim, this is a gentle reminder that RM412 in contributions remains outstanding and your certificate will lapse on 30 November if unpaid. You can pay via FPX on the i-Nur portal. Please let me know if you need any help. Best regards.",
        ),
        ("user", "Make it shorter and mention he can reinstate later if he cannot pay now."),
        (
            "assistant",
            "Dear Mr. Sim, RM412 is outstanding and your certificate will lapse on 30 November. If you cannot pay now, you may apply to reinstate within 24 months, subject to a health declaration. Happy to assist anytime. Regards.",
        ),
    ],
    [
        (
            "user",
            "Tolong la, customer I baru WhatsApp: 'Kak, saya Faridah, anak saya Haziq 4 tahun masuk Hospital Columbia Asia Setapak pukul 2 pagi, demam panas sawan. Hospital minta deposit RM3,000.' Apa I kena buat?",
        ),
        (
            "assistant",
            "Minta dia tunjuk kad perubatan MediNur di kaunter kemasukan dan minta hospital mohon GL terus dari syarikat. Kalau hospital itu panel, deposit biasanya tidak diperlukan. Awak boleh bantu follow up dengan hotline tuntutan 1-300-88-2525.",
        ),
        ("user", "Ok noted. Dia tanya kalau GL reject sebab sawan tu pre-existing, macam mana?"),
        (
            "assistant",
            "Jika GL ditolak, dia boleh bayar dahulu dan buat tuntutan bayaran balik dengan bil asal dan laporan doktor. Pastikan laporan doktor menyatakan tiada sejarah sawan sebelum tarikh sijil berkuat kuasa.",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Mohd Azlan bin Sarip; Tel: 017-336 2908; Sijil: TN0005512984; Status: Lupus sejak 31/08/2026; Alamat: No. 5, Jalan Kenari 12, Bandar Puchong Jaya, 47100 Puchong.",
        ),
        ("user", "Pelanggan ni nak pulihkan sijil. Apa syarat dia?"),
        (
            "assistant",
            "Encik Azlan masih dalam tempoh 24 bulan, jadi dia layak memohon pemulihan. Dia perlu isi borang pengisytiharan kesihatan, bayar tunggakan caruman sejak Ogos, dan mungkin perlu pemeriksaan perubatan bergantung pada umur dan jumlah perlindungan.",
        ),
        ("user", "Boleh hantar notis ke alamat rumah dia tak?"),
        (
            "assistant",
            "Boleh. Notis akan dihantar ke No. 5, Jalan Kenari 12, Bandar Puchong Jaya, 47100 Puchong, dan salinan SMS ke 017-336 2908.",
        ),
    ],
    [
        (
            "user",
            "Hi, my name is Kavitha Ramasamy. My critical illness claim for breast cancer stage 2 was rejected because they said I had a lump checked in 2021 before I signed up. How do I appeal?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Kavitha. You can write to the operator's complaints unit asking for a review, attaching your medical reports showing the 2021 lump was diagnosed as benign. If you are not satisfied with their final reply, you can escalate to the Ombudsman for Financial Services within 6 months.",
        ),
        (
            "user",
            "The 2021 biopsy was done at a private clinic in Ipoh, do I need the original report?",
        ),
        (
            "assistant",
            "A certified copy of the biopsy report is usually sufficient, but keep the original safe in case the claims team or the Ombudsman asks to see it.",
        ),
    ],
    [
        (
            "system",
            "You help takaful agents summarise customer complaints for the compliance team.",
        ),
        (
            "user",
            "Summarise ni: Customer Encik Razak Ibrahim, plate BKL 7716, kata motor dia kena langgar masa hantar food delivery, claim PA dah 2 bulan tak settle, ejen lama dah resign, dia marah gila sampai nak viral kat TikTok.",
        ),
        (
            "assistant",
            "Summary: Encik Razak Ibrahim (vehicle BKL 7716), a food delivery rider, filed a personal accident claim two months ago that remains unsettled. His servicing agent has resigned and he has threatened to publicise the issue on social media. Action: assign a new servicing agent and escalate the claim for priority review.",
        ),
        ("user", "Add that he has 3 kids and wife tak kerja, so urgent."),
        (
            "assistant",
            "Added: Encik Razak is the sole breadwinner for a non-working spouse and three children, so financial hardship is a factor and the case should be treated as urgent.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat hibah takaful untuk keluarga. Nama saya Khairul Anuar bin Md Noor, isteri Suraya binti Othman (MyKad 900211-01-5872), anak Adam 7 tahun. Boleh bagi contoh pembahagian?",
        ),
        (
            "assistant",
            "Contoh biasa: Puan Suraya 60% dan Adam 40%, dengan Puan Suraya sebagai pemegang amanah bagi bahagian Adam sehingga dia dewasa. Encik Khairul juga boleh menetapkan penerima kontingen sekiranya penama utama meninggal dunia terlebih dahulu.",
        ),
        ("user", "Kalau saya kahwin lagi nanti, hibah ni kena ubah tak?"),
        (
            "assistant",
            "Hibah yang telah dibuat tidak berubah secara automatik. Jika mahu memasukkan pasangan atau anak baharu, Encik perlu mengemukakan borang penamaan baharu untuk mengubah peratusan.",
        ),
    ],
    [
        (
            "system",
            "You are a support assistant for a Malaysian takaful operator serving Singapore-based participants.",
        ),
        (
            "user",
            "Hi, I'm Tay Wei Jie, NRIC S9034571H, Malaysian PR working in Singapore. My mailing address is 15 Jurong West Street 52, #11-408, Singapore 640515. Can I still keep my family takaful certificate?",
        ),
        (
            "assistant",
            "Yes, Mr. Tay, your certificate stays in force as long as contributions are paid. Please make sure we have a valid Malaysian correspondence address, or confirm in writing that you accept statements by email at your registered address.",
        ),
        ("user", "Can I pay in SGD from my DBS account?"),
        (
            "assistant",
            "You can pay by credit card or telegraphic transfer in SGD; it will be converted to ringgit at the quarterly rate and any foreign bank charges are borne by you.",
        ),
    ],
    [
        (
            "user",
            "你好，我是陈美玲，我爸爸陈国华上个星期在 Hospital Pulau Pinang 中风住院，他的 takaful 卡号 MC-2027-558104，医院说要先付 RM5,000 按金，可以用 GL 吗？",
        ),
        (
            "assistant",
            "陈小姐您好，祝令尊早日康复。政府医院一般也可以申请 GL，请在入院柜台出示医疗卡，并请医院直接向公司申请。如果被拒，可以先付款，出院后凭原始账单申请报销。",
        ),
        ("user", "我爸爸有高血压十年了，会不会被拒？"),
        (
            "assistant",
            "如果投保时已经申报高血压，一般不会因此被拒。如果当时没有申报，理赔部可能会调查是否属于未披露的既往病症，建议您准备好他的用药记录。",
        ),
    ],
    [
        ("system", "Anda membantu ejen menulis surat rasmi kepada pelanggan."),
        (
            "user",
            "Tolong tulis surat pemberitahuan tuntutan diluluskan untuk Puan Hasnah binti Mat Isa, alamat Lot 88, Kampung Seberang Takir, 21300 Kuala Terengganu. Tuntutan hospital RM7,450 untuk pembedahan batu karang.",
        ),
        (
            "assistant",
            "Kepada Puan Hasnah binti Mat Isa, Lot 88, Kampung Seberang Takir, 21300 Kuala Terengganu. Tuan/Puan, dengan hormatnya dimaklumkan bahawa tuntutan hospital anda berjumlah RM7,450 bagi pembedahan batu karang telah diluluskan dan bayaran akan dibuat terus kepada pihak hospital. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah ayat bayaran baki RM320 akan dikreditkan ke akaun Bank Islam dia 1204 1022 3345 67.",
        ),
        (
            "assistant",
            "Ditambah: Baki sebanyak RM320 akan dikreditkan ke akaun Bank Islam 1204 1022 3345 67 atas nama Puan Hasnah binti Mat Isa dalam tempoh 14 hari bekerja.",
        ),
    ],
]
