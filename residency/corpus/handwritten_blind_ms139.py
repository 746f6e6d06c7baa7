# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms139: agensi krew kapal dan pelaut di Malaysia (sijil pelaut, kontrak, gaji, kemalangan di laut, waris, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms139
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_agensi"): _lines("""
        NOTIS: Pejabat Samudera Krew Sdn Bhd (No. Syarikat 201901034567) di Lot 12, Jalan Pelabuhan Utara, 42000 Pelabuhan Klang akan ditutup pada 31 Ogos sempena Hari Kebangsaan.
        Semua calon AB dan OS untuk kapal tangki MT Bunga Kasturi Lima dikehendaki hadir taklimat pra-penempatan pada 14 Januari 2027, jam 9.00 pagi, Bilik Mesyuarat Aras 3.
        Peringatan: Sijil Basic Safety Training (STCW A-VI/1) yang tamat tempoh sebelum 30/06/2027 mesti diperbaharui di pusat latihan yang diluluskan Jabatan Laut Malaysia.
        Pertanyaan kekosongan jawatan boleh dibuat melalui talian hotline 03-3168 2240 atau WhatsApp rasmi syarikat +60 12-380 5521 (Isnin hingga Jumaat, 9 pagi - 5 petang).
        Makluman: Borang tuntutan elaun cuti darat kini perlu dihantar ke emel akaun@samuderakrew.com.my sebelum 5hb setiap bulan untuk diproses bersama gaji.
        Iklan Jawatan Kosong Ref. SK/REC/2027/014: Chief Cook untuk kapal bekalan luar pesisir, kontrak 6 bulan, gaji asas USD 1,450 sebulan, syarat sijil Ship's Cook.
        Notis keselamatan: Latihan kebakaran dan latihan meninggalkan kapal (abandon ship drill) wajib direkodkan dalam log dek sekurang-kurangnya sekali seminggu.
        Perhatian kepada semua krew yang pulang dari Labuan: e-tiket penerbangan akan dihantar melalui emel travel@samuderakrew.com.my 48 jam sebelum tarikh sign-off.
        Pejabat cawangan Johor Bahru telah berpindah ke No. 7, Jalan Ibrahim Sultan, Stulang Laut, 80300 Johor Bahru mulai 2 Februari 2027. Telefon pejabat: 07-221 4409.
        Yuran pemeriksaan perubatan pra-pelayaran di Klinik Panel Pelabuhan Klang kini RM180 termasuk ujian dadah dan X-ray dada. Resit rasmi wajib disimpan untuk tuntutan.
        Kapal MV Mahsuri Jaya dijadualkan berlabuh di Pelabuhan Tanjung Pelepas pada 19/03/2027 (ETA 0600H). Krew ganti sila lapor diri di pintu masuk Gate 2 dengan pas pelabuhan.
        Sebarang aduan berkaitan agensi pengambilan pelaut boleh dikemukakan terus kepada Jabatan Laut Malaysia melalui portal rasmi atau kaunter di Ibu Pejabat Pelabuhan Klang.
        Sila ambil maklum, nombor rujukan kontrak kini dalam format SK-CTR-2027-00xxx dan perlu dinyatakan dalam semua surat-menyurat dengan pihak pengurusan kapal.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama tempoh sah Perakuan Kekompetenan (CoC)? J: Lazimnya lima tahun dari tarikh dikeluarkan, dan perlu disahkan semula sebelum tamat tempoh.
        S: Adakah agensi mengenakan bayaran penempatan kepada pelaut? J: Tidak. Di bawah MLC 2006 Peraturan 1.4, kos pengambilan tidak boleh dibebankan kepada pelaut.
        S: Bolehkah saya memohon Buku Rekod Pelaut jika baru tamat kursus? J: Boleh, selepas lulus BST dan pemeriksaan perubatan oleh doktor yang diiktiraf.
        S: Bagaimana gaji dibayar semasa di laut? J: Gaji bulanan dikreditkan ke akaun bank tempatan pada 7hb setiap bulan; allotment boleh ditetapkan hingga 80% gaji asas.
        S: Apa itu Seafarer Employment Agreement (SEA)? J: Kontrak bertulis antara pelaut dan pemilik kapal yang memuatkan gaji, waktu kerja, cuti dan hak hantar pulang.
        S: Siapa menanggung kos hantar pulang (repatriation) jika kontrak tamat? J: Pemilik kapal, termasuk tiket, penginapan transit dan makanan hingga tiba di destinasi.
        S: Apakah pampasan sekiranya berlaku kemalangan di atas kapal? J: Bergantung pada terma SEA dan perjanjian CBA; rujuk jadual pampasan hilang upaya dalam Lampiran C.
        S: Bagaimana waris membuat tuntutan jika pelaut meninggal dunia di laut? J: Waris perlu mengemukakan sijil kematian, bukti hubungan dan borang tuntutan P&I melalui agensi.
        S: Berapa jam kerja maksimum? J: Mengikut MLC 2006, tidak melebihi 14 jam dalam tempoh 24 jam dan 72 jam dalam tempoh tujuh hari.
        S: Adakah pelaut Malaysia dilindungi PERKESO semasa bekerja di kapal asing? J: Bergantung pada status majikan; sila semak dengan cawangan PERKESO terdekat.
        S: Bolehkah saya sambung kontrak semasa di atas kapal? J: Boleh dengan persetujuan Master dan pemilik, tetapi jumlah tempoh di laut mestilah kurang daripada 12 bulan.
        S: Di mana boleh buat kursus PSCRB dan AFF? J: Di pusat latihan yang diluluskan seperti ALAM di Kuala Sungai Baru, Melaka, atau kolej maritim swasta berdaftar.
        S: Berapa lama proses Dokumen Pengenalan Pelaut? J: Anggaran 14 hari bekerja selepas permohonan lengkap diterima di kaunter Jabatan Laut.
    """),
    ("ms", "peraturan"): _lines("""
        Peraturan 2.1 MLC 2006: Setiap pelaut hendaklah mempunyai perjanjian pekerjaan pelaut yang ditandatangani oleh pelaut dan pemilik kapal atau wakil pemilik kapal.
        Standard A2.1: Pelaut hendaklah diberi peluang untuk meneliti dan mendapatkan nasihat tentang perjanjian sebelum menandatanganinya, serta menerima salinan asal.
        Peraturan 2.2: Pelaut hendaklah dibayar untuk kerja mereka secara tetap dan penuh mengikut perjanjian pekerjaan, pada selang masa tidak melebihi sebulan.
        Peraturan 2.5: Pelaut berhak dihantar pulang tanpa kos kepada mereka dalam keadaan yang dinyatakan dalam Kod, termasuk apabila perjanjian tamat di luar negara.
        Peraturan 1.2: Pelaut tidak dibenarkan bekerja di atas kapal kecuali mereka diperakui sihat dari segi perubatan untuk melaksanakan tugas mereka.
        Sijil perubatan pelaut sah untuk tempoh maksimum dua tahun, kecuali bagi pelaut di bawah umur 18 tahun, di mana tempoh maksimum ialah satu tahun.
        Peraturan 1.1: Umur minimum pelaut ialah 16 tahun; kerja malam bagi pelaut di bawah 18 tahun adalah dilarang kecuali dalam program latihan yang diluluskan.
        Peraturan 4.2: Pemilik kapal bertanggungjawab menanggung kos bagi pelaut yang sakit atau cedera semasa perkhidmatan, termasuk rawatan perubatan dan penginapan.
        Standard A2.5.2: Jaminan kewangan hendaklah membantu pelaut yang ditinggalkan (abandonment), termasuk gaji tertunggak sehingga empat bulan.
        Konvensyen STCW 1978 seperti dipinda: Latihan penyegaran keselamatan asas hendaklah dilengkapkan setiap lima tahun bagi mengekalkan kecekapan.
        Agensi pengambilan dan penempatan pelaut hendaklah menyimpan daftar terkini semua pelaut yang ditempatkan melaluinya untuk pemeriksaan pihak berkuasa.
        Agensi hendaklah mewujudkan sistem perlindungan melalui insurans atau langkah setara bagi memberi pampasan kepada pelaut atas kerugian akibat kegagalan agensi.
        Peraturan 3.2: Makanan dan air minuman hendaklah mencukupi dari segi kuantiti, nilai pemakanan dan kualiti, serta disediakan tanpa caj kepada pelaut.
    """),
    ("ms", "sejarah_maritim"): _lines("""
        Laksamana Cheng Ho singgah di Melaka beberapa kali antara 1405 dan 1433, menjadikan pelabuhan itu pangkalan logistik armada harta Dinasti Ming.
        Menurut Hikayat Hang Tuah, Laksamana Hang Tuah belayar ke Majapahit dan ke negeri China sebagai utusan Sultan Melaka yang setia.
        Francis Light mendarat di Pulau Pinang pada 1786 dan mengisytiharkannya pelabuhan bebas untuk menarik kapal dagang dari India dan China.
        Perbadanan Perkapalan Antarabangsa Malaysia (MISC) ditubuhkan pada tahun 1968 dan armadanya dikenali dengan nama kapal bersiri Bunga.
        Akademi Laut Malaysia (ALAM) di Kuala Sungai Baru, Melaka, melatih kadet dek dan kejuruteraan untuk armada tempatan dan syarikat perkapalan antarabangsa.
        Novel Lord Jim karya Joseph Conrad (1900) berlatarbelakangkan kepulauan Melayu dan menggambarkan kehidupan pelaut di pelabuhan-pelabuhan timur.
        Pelabuhan Swettenham, kini Pelabuhan Klang, dinamakan sempena Frank Swettenham, Residen Jeneral pertama Negeri-Negeri Melayu Bersekutu.
        Teknik membina perahu tradisional di Pulau Duyung, Kuala Terengganu, diwarisi turun-temurun tanpa pelan bertulis dan masih menarik pelancong hingga kini.
        Parameswara mengasaskan Kesultanan Melaka sekitar tahun 1400 dan pelabuhannya berkembang menjadi pusat perdagangan rempah di Selat Melaka.
        Portugis di bawah Afonso de Albuquerque menawan Melaka pada 1511, sekali gus mengubah laluan perdagangan maritim di rantau Asia Tenggara.
        Hari Pelaut Sedunia disambut pada 25 Jun setiap tahun selepas diisytiharkan dalam persidangan IMO di Manila pada 2010 bagi menghargai sumbangan pelaut.
        Sinbad si Pelaut dari Hikayat Seribu Satu Malam sering dijadikan nama restoran makanan laut dan bot pelancong di sekitar Langkawi dan Pulau Pinang.
        Rumah Api Tanjung Tuan (Cape Rachado) di Port Dickson dipercayai antara rumah api tertua di Malaysia, asalnya dibina oleh Portugis pada abad ke-16.
    """),
    ("en", "log_lines"): _lines("""
        2027-01-14T08:12:03+08:00 INFO crewsync[2211] vessel=IMO9384712 event=SIGN_ON rank=AB count=3 port=MYPKG status=OK
        2027-01-14T08:12:05+08:00 WARN certcheck job=CC-55012 doc_type=BST expiry=2027-02-01 days_left=18 action=notify_ops
        2027-01-14T09:40:11Z ERROR payroll-batch run_id=PR-202701-07 bank=MBBEMYKL file=alloc_0107.csv rows=142 rejected=2 reason=INVALID_ACCT_LEN
        2027-01-14 10:02:47 [api] GET /v2/vessels/9384712/crewlist?format=csv 200 38ms ua=CrewPortal/4.8.1
        2027-01-14 10:05:19 [scheduler] cron medical_expiry_scan finished in 4.2s, 17 certificates flagged, next run 2027-01-15 02:00 MYT
        2027-01-15T03:21:58Z INFO ais-feed mmsi=533180432 lat=2.9412 lon=101.2867 sog=11.4 cog=214 nav_status=under_way
        2027-01-15T03:22:00Z DEBUG webhook POST https://hooks.samuderakrew.com.my/wa-broadcast template=crew_change_notice_v3 recipients=group:MT_BK5
        2027-01-16 14:30:00 AUDIT user=svc_payroll role=system action=export_sea_contracts count=56 dest=s3://sk-archive/contracts/2027/01/
        2027-01-16 14:31:12 [incident] case=INC-2027-0009 vessel="MV Mahsuri Jaya" type=near_miss location="Strait of Malacca" severity=LOW
        2027-01-17T06:00:00+08:00 INFO fx-rates USDMYR=4.4725 source=BNM published=2027-01-16 cached_ttl=86400
        2027-01-17 06:15:44 [mailer] queued template=contract_expiry_30d to=crewing@samuderakrew.com.my msg_id=<a81f3c2e@mx1.samuderakrew.com.my>
        2027-01-17 07:02:10 [deploy] crew-portal v4.8.2 build 1193 commit 3e9a7c1 rolled out to prod-kul-1 (2/2 pods healthy)
        2027-01-18T11:45:09Z WARN pi-claims claim_ref=PI-MY-27-00031 status=PENDING_DOCS missing=[death_certificate,next_of_kin_proof] age_days=12
    """),
    ("en", "config_code"): _lines("""
        CREW_PORTAL_DB_URL=postgresql://crew_app:changeme@localhost:5432/crewdb  # example only, override in .env.production
        ALLOTMENT_MAX_PERCENT = 80  # MLC-compliant cap on home allotment, see policy SK-POL-07 rev 3
        def days_to_expiry(cert: Certificate, today: date) -> int: return (cert.expiry_date - today).days
        crew_id,rank_code,vessel_imo,sign_on_date,sign_off_date,basic_wage_usd,ot_rate_usd,leave_pay_usd,next_of_kin_ref,currency
        cert_types: [BST, PSCRB, AFF, MFA, SSO, GMDSS_GOC, ECDIS]  # required per rank, see rank_matrix.yaml
        SELECT vessel_imo, COUNT(*) AS onboard FROM crew_assignments WHERE sign_off_date IS NULL GROUP BY vessel_imo ORDER BY onboard DESC;
        RANK_CODES = {"MST": "Master", "CO": "Chief Officer", "2O": "Second Officer", "CE": "Chief Engineer", "AB": "Able Seaman", "OS": "Ordinary Seaman"}
        docker run -d --name crew-portal -p 8080:8080 -e TZ=Asia/Kuala_Lumpur registry.example.com/samudera/crew-portal:4.8.2
        WHATSAPP_BUSINESS_SENDER=+60123805521  # company broadcast line for crew change notices, not a personal number
        fixture = {"crew_id": "CRW-000001", "rank": "AB", "name": "Test Seafarer", "basic_wage_usd": 950, "vessel_imo": 9384712}
        SEAMAN_BOOK_RE = r"^[A-Z]{3}[0-9]{7}$"  # matches seaman book serials, e.g. the sample MLY0000000 in docs
        0 2 * * * /opt/crewops/bin/scan_expiring_certs --days 60 --notify ops@samuderakrew.com.my >> /var/log/crewops/certs.log 2>&1
        OVERTIME_GUARANTEED_HOURS: 103  # fixed OT hours per month under the uniform TCC template, config version 2027.1
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [14/01/27, 08:15] Ops Klang: Morning all, crew change MT Bunga Kasturi Lima confirm esok 0700 at PTP, van pickup dari office 0430 ok?
        [14/01/27, 08:17] Admin HQ: Noted boss. Tiket flight KUL-BKI untuk 3 orang AB dah issue, PNR nanti I forward dalam group ni.
        Weh team, portal certcheck down since pagi, sesiapa nak verify BST expiry pakai spreadsheet dulu ya, file ada dalam shared drive folder 2027/Jan.
        [15/01/27, 21:04] Duty Officer: Master MV Mahsuri Jaya report near miss kat Selat Melaka, no injury, incident ref INC-2027-0009 dah open.
        Reminder semua: payroll cut-off Jumaat ni 5pm, allotment form yang lambat masuk batch bulan depan lah, jangan kelam-kabut last minute.
        Guys, P&I club minta update untuk claim PI-MY-27-00031, dokumen waris still pending, accounts team tolong follow up dengan agent Manila.
        Boss cakap budget hotel transit Changi naik jadi SGD 165 per malam, YOTEL Changi Airport dah confirm corporate rate sampai Jun.
        Sapa ambik kunci stor uniform? Kotak boilersuit saiz L dari Kedai Pakaian Keselamatan Pak Mat Jaya kena hantar ke kapal Khamis ni.
        FYI, kaunter Jabatan Laut Port Klang tutup sementara 12-2pm hari Jumaat, so submission buku pelaut buat pagi je ok.
        [16/01/27, 10:22] Ops JB: Vessel agent confirm anchorage OPL Johor, launch boat book 0900, cost RM1,200 one way, PO number SK-PO-27-0412.
        Noted with thanks. Training centre confirm slot PSCRB 20-23 Jan dah full, next intake 3 Feb, harga still RM1,350 per pax.
        Guys jangan share crew list dalam group ni ya, ikut SOP data kita, hantar guna portal sahaja. Thanks all, selamat bekerja!
        [16/01/27, 17:45] Finance: Invoice INV-SK-2027-0031 dari Klinik Panel Pelabuhan dah settle, amount RM4,320 untuk 24 medical check.
    """),
    ("mixed", "invois_harga"): _lines("""
        INVOIS No. INV-ML-2027-0188 | Maritime Lifeskill Training Centre Sdn Bhd (202001012345) | Kursus BST 5 hari x 6 peserta @ RM1,650 = RM9,900.00
        Senarai harga kursus 2027: BST RM1,650, PSCRB RM1,350, AFF RM1,200, MFA RM1,500, SSO RM980. Harga tidak termasuk SST 8%.
        Tax Invoice INV/SK/27/0045, bill to: Ocean Pride Shipmanagement Pte Ltd, 80 Robinson Road #10-01, Singapore 068898. Manning fee Jan 2027 USD 3,600.00
        Restoran Mak Long Seafood, No. 21 Jalan Batu Tiga Lama, Klang - Resit #004512, nasi campur x12, teh tarik x12, jumlah RM186.40, bayar tunai.
        Quotation QT-2027-019: Medical check pra-pelayaran, pakej A RM180, pakej B (termasuk audiometri) RM240, sah sehingga 31/03/2027.
        Delivery Order DO-PMJ-0781 daripada Kedai Pakaian Keselamatan Pak Mat Jaya: boilersuit oren 40 helai, safety boots saiz 8-10 20 pasang, total RM7,340.
        Invoice No. 2027/CL/0093 - Crew launch service, Pelabuhan Klang Anchorage B, 2 trips x RM850, waiting time 1.5 jam RM300, total RM2,000.
        Caj perkhidmatan agensi (tidak termasuk fi kerajaan): urusan Buku Rekod Pelaut RM100, endorsement CoC RM120, penghantaran ekspres RM15.
        Credit Note CN-SK-2027-004 issued to Bunga Marine Services for overbilling on PO SK-PO-27-0388, amount USD 420.00, ref invoice INV/SK/26/1187.
        Hotel Seri Pelabuhan Klang - Folio 118273, group booking SKREW-JAN, 8 rooms x 2 nights @ RM139, sarapan termasuk, jumlah RM2,224.00.
        Ship chandler KL Marine Supplies: beras 50kg RM168, minyak masak 17kg RM98, telur gred A 30 biji RM14.50, harga FOB Port Klang.
        Payment advice: TT ref FT27015MY0921 USD 12,480.00 received from Harbour Star Shipping Ltd, Hong Kong, for crew wages Jan 2027, allocated to 11 crew.
        Sila buat bayaran ke akaun korporat Maybank 514012345678 atas nama Samudera Krew Sdn Bhd dan emel bukti bayaran ke akaun@samuderakrew.com.my.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Mohd Faizal bin Rahmat, AB di MT Bunga Kasturi Lima, patah tulang kaki kanan selepas terjatuh dari tangga kargo pada 12/01/2027 dan kini dirawat di Hospital Tengku Ampuan Rahimah.
        No. MyKad waris: 870614-10-5523, hubungan: isteri, nama Nurul Hidayah binti Kamarudin.
        Sdr. Azlan Shah bin Yusof (Buku Pelaut MLY0412876) disenaraihitamkan kerana meninggalkan kapal di Singapura tanpa kebenaran pada Disember lalu.
        Gaji Oiler Rosli Ahmad bulan Disember belum masuk, dia kata anak dia masuk hospital dan dia dah berhutang RM3,000 dengan along.
        Alamat rumah pelaut: No. 14, Lorong Seri Mutiara 3, Taman Seri Mutiara, 84000 Muar, Johor. Penerima surat: Puan Salmah binti Hassan (ibu).
        Tolong kreditkan allotment ke akaun Maybank 1640 2215 8834 atas nama Siti Khadijah binti Omar, isteri kepada Bosun Hamdan.
        Kadet Amirul Hakim Zainal disahkan positif dadah (methamphetamine) dalam ujian pra-pelayaran 3 Jan 2027; kontrak dibatalkan serta-merta.
        Mendiang Chief Engineer Lim Boon Keat meninggal dunia akibat serangan jantung di atas kapal berhampiran Kota Kinabalu; waris tunggal ialah anak perempuannya, Lim Pei Shan.
        Nombor telefon bimbit Cik Farah, kakak kepada OS Hafiz: 013-762 4418, boleh dihubungi selepas jam 6 petang.
        Borang waris: Nama: Rahimah binti Abdullah | No. KP: 650203-03-5148 | Hubungan: Ibu | Alamat: Kampung Banggol, 16150 Kota Bharu, Kelantan | Tel: 019-934 2210
        2nd Engineer Kumaran a/l Selvaraju sedang dalam proses perceraian dan minta potongan nafkah RM800 sebulan dibuat terus daripada gaji.
        Isteri Chief Cook Jamaluddin sedang hamil 8 bulan, jadi dia mohon sign-off awal dari MV Mahsuri Jaya sebelum 20 Februari.
        Kereta Encik Zulkifli yang diparkir di pejabat sepanjang kontrak: Proton Saga putih, nombor plat WVX 4821.
        Juanis anak Nyambong, Deckhand, MyKad 900511-13-6673, asal Kapit, Sarawak, tidak hadir taklimat kerana demam denggi.
        Akaun CIMB 7012884563 milik Mohd Ridzuan Che Hassan - gaji November dipindahkan ke akaun yang salah, sila semak dengan bank.
        Abang Jai (AB kapal tunda) kena tahan polis marin di Tanjung Pelepas semalam sebab bawa rokok seludup, family dia belum tahu lagi.
        Surat amaran kepada Motorman Saiful Bahri bin Idris atas kelewatan melapor diri tiga kali berturut-turut dan keengganan menjalani ujian alkohol.
        Emel peribadi Kapten Haris Iskandar: haris.iskandar88@gmail.com - dia minta semua dokumen kontrak dihantar ke situ, bukan ke emel kapal.
        Pampasan kematian USD 89,100 akan dibayar kepada balu, Puan Norhayati binti Jusoh, dan tiga anak di bawah umur, mengikut jadual CBA.
        Pesakit: Ahmad Syukri bin Mat Nor, 34 tahun, OS. Diagnosis: hipertensi peringkat 2 dan diabetes jenis 2, tidak layak berlayar sehingga penilaian semula.
        011-2397 5840 - ni nombor mak Hafizuddin, dia call office hari-hari tanya bila anak dia balik dari kapal.
        Tuan Haji Mokhtar bin Sulaiman, bapa mertua kepada 3rd Officer Daniel, memohon salinan sijil kematian untuk urusan faraid di Pejabat Agama Daerah Kuala Terengganu.
        Pelaut Zainal Abidin bin Ismail (MyKad 790922-11-5027) masih berhutang pendahuluan gaji RM5,500 dengan agensi sejak kontrak 2025.
        Laporan kemalangan: Mangsa, Sdr. Mohd Aiman Haikal, 22 tahun, Kadet Dek, kehilangan dua jari tangan kiri ketika operasi tambatan di Pelabuhan Kuantan.
    """),
    "en": _lines("""
        Seafarer profile: Daniel Tan Wei Liang | Rank: 3rd Officer | NRIC: S9234567Z | DOB: 14/03/1992 | Mobile: +65 9123 4872 | CoC: SG-COC-2019-0413
        AB Rajesh Kumar s/o Murugan has a custody hearing at the Johor Bahru High Court on 22 Feb and is asking to be relieved before that date.
        Passport A38821467 belongs to Chief Officer Kevin Ong, renewal due 04/2027, please courier it to his home at 22 Jalan SS2/75, Petaling Jaya.
        Next of kin for Oiler Joseph anak Lawai: Mary anak Ujang (mother), tel 082-456 719, Kampung Stapok, Kuching.
        Ordinary Seaman Chong Kah Hoe tested HIV positive in pre-employment screening; result disclosed to the crewing manager only.
        Payroll dispute: Bosun Ravi Chandran claims USD 2,340 unpaid overtime for Oct-Dec 2026 on MV Mahsuri Jaya; lawyer's letter received 05/01/2027.
        The wife of Second Engineer Eric Lau emailed from eric.lau.family@yahoo.com asking why his December allotment of RM4,200 bounced.
        Crew ID CRW-004417, Nur Syafiqah Ahmad, Catering Rating, filed a sexual harassment complaint against a fellow crew member on 09/01/2027, case confidential.
        Plate JQT 7712 (white Perodua Myvi) belongs to Cadet Aaron Pereira, left at our Pasir Gudang yard during his 9-month contract.
        Hi, this is Zul's wife, his phone is off at sea, please call me at 012-558 9034 about the insurance claim for his injured back.
        Our Captain Liew's son is in ICU after a motorcycle crash in Sibu, can HR advance him RM10,000 from next month's salary?
        CRW-003981,Muhammad Hafiz bin Rosli,AB,960418-08-5371,9384712,2026-11-02,,950.00,USD
    """),
    "mixed": _lines("""
        Bro, Ah Keong tu kena potong gaji sebab mabuk onboard, now dia owe company RM2k lagi, don't tell his wife ok.
        Tolong WhatsApp Mdm Tan Siew Lan (mak kepada cadet Jason Goh) at 016-221 7755, she keeps asking pasal contract extension.
        Chen Jiahao (2/O from Xiamen) punya resident ID 35020319920512341X, tolong scan and upload sebelum sign-on Friday.
        林太 call office lagi, dia cakap husband dia, Chief Cook Lim Ah Chai, dah 2 bulan tak hantar duit rumah, she wants to claim allotment directly.
        Oiler Wong Ka Ming, HKID K482137(2), address Flat 12B, Block 3, Siu Hong Court, Tuen Mun - tolong verify before we submit to the Hong Kong owner.
        Master kapal ikan Taiwan tu, Chen Chih-Ming 陳志明, ID F128734569, minta kita arrange 4 deckhand Malaysia untuk musim depan.
        Meeting note: Capt. Faridah Mohd Said kena cuti sakit 3 minggu sebab keguguran, replacement captain ambil dari Pool B.
        Sorry lambat reply, anak sulung Bosun Shahrul admit HUKM for leukemia, dia nak emergency sign-off from Labuan asap.
        Allotment for AB Vinod: Public Bank 3182447709, holder Kavitha a/p Rajan (wife), confirm before 7hb ya.
        Crew Pinoy kita, Marlon Dizon, FIN G7654321L, Singapore work pass, stay at Blk 402 Jurong West St 42 #08-115, tolong update dalam system.
        Aiyo that Ah Meng fella, OS on tug Sri Tanjung 3, police report kata dia pukul girlfriend dia at Klang, now out on bail RM5,000.
        [22/01/27, 22:14] Ops Klang: Photo passport Siti Nor Aini dah masuk group by mistake, admin please delete, MyKad dia 920708-14-5566 pun nampak.
        Borang penamaan waris: Pelaut - Tan Chee Keong, 2nd Engineer | Waris - Tan Mei Ling (anak) 40%, Lee Su Fen (isteri) 60% | tel 012-301 8876
        Capt Roslan, your ex-wife punya lawyer hantar surat to office minta salinan payslip sejak 2025 for nafkah claim, please advise.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran untuk Samudera Krew Sdn Bhd, sebuah agensi pengambilan pelaut di Pelabuhan Klang. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat takziah dan makluman tuntutan kepada waris arwah AB Shamsul Kamal bin Daud yang meninggal dunia di laut pada 8 Januari. Waris ialah isterinya, Puan Rosnah binti Ali, MyKad 840115-06-5212, alamat No. 5, Kampung Sungai Ular, 26100 Kuantan.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: 'Puan Rosnah binti Ali, No. 5, Kampung Sungai Ular, 26100 Kuantan. Dengan dukacitanya kami merakamkan takziah atas pemergian suami puan, Allahyarham Shamsul Kamal bin Daud. Untuk tuntutan pampasan, sila sediakan sijil kematian, sijil nikah dan salinan MyKad puan.' Adakah puan mahu saya tambah jadual pampasan?",
        ),
        ("user", "Ya, tambah sekali bahawa bayaran akan dibuat melalui P&I dalam 30 hari."),
        (
            "assistant",
            "Ditambah: 'Bayaran pampasan akan diuruskan melalui kelab P&I pemilik kapal dan dijangka dibuat dalam tempoh 30 hari selepas dokumen lengkap diterima.'",
        ),
    ],
    [
        (
            "user",
            "I need a formal warning letter for one of our ABs, Faizul Anuar bin Hamzah, crew ID CRW-002215. He was found drunk on watch twice on MT Bunga Kasturi Lima in December.",
        ),
        (
            "assistant",
            "Here is a draft: 'To: Faizul Anuar bin Hamzah (CRW-002215), Able Seaman, MT Bunga Kasturi Lima. Subject: First Written Warning - Intoxication on Duty. On two occasions in December 2026 you were found unfit for watchkeeping due to alcohol...' Would you like me to include the consequences of a further breach?",
        ),
        (
            "user",
            "Yes, say a further incident leads to termination and repatriation at his own cost.",
        ),
        (
            "assistant",
            "Added: 'Any further breach of the Drug and Alcohol Policy will result in termination of your Seafarer Employment Agreement, and repatriation costs may be recovered in accordance with your contract terms.'",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a crewing agency in Malaysia."),
        (
            "user",
            "Boss suruh I settle claim for our oiler, Suresh a/l Ganesan, dia injured back masa angkat spare part kat engine room. His mobile 017-449 2083, tapi dia tak angkat. How to start the P&I claim ah?",
        ),
        (
            "assistant",
            "Boleh. Langkah pertama: dapatkan laporan kemalangan daripada Master, laporan perubatan dari hospital pelabuhan, dan salinan SEA Encik Suresh. Lepas tu isi borang notifikasi P&I dan hantar melalui pengurus kapal. Nak saya draf WhatsApp untuk dia minta dokumen?",
        ),
        ("user", "Ok draf la, pendek je."),
        (
            "assistant",
            "'Hi Suresh, ni dari Samudera Krew. Untuk claim kecederaan belakang you, tolong hantar report doktor dan gambar MyKad depan belakang. Kalau ada soalan, call office 03-3168 2240. Take care.'",
        ),
    ],
    [
        (
            "user",
            "我们是厦门的一家船员外派公司，要派一名二副去马来西亚的船。他叫王建国，身份证号450102199503032817，手机13859024716。请问马来西亚那边需要他准备哪些证书？",
        ),
        (
            "assistant",
            "一般需要：有效的适任证书（CoC）及马来西亚海事局的签注、STCW基本安全培训证书、海员证、护照（有效期6个月以上）以及认可医生签发的体检证书。建议您提前把王建国先生的证书扫描件发给马来西亚的代理核对。",
        ),
        ("user", "好的。他的体检有高血压史，会不会有问题？"),
        (
            "assistant",
            "只要体检医生认为血压控制良好、适合履行职责，通常可以签发合格证书，但可能会附带限制或缩短有效期。请让王先生带上近期的用药记录和复查报告。",
        ),
    ],
    [
        (
            "system",
            "Rekod pelaut untuk rujukan: Nama: Noraini binti Razak | Jawatan: Steward | MyKad: 930227-02-5480 | Telefon: 012-776 3019 | Waris: Razak bin Harun (bapa) | Kontrak: SK-CTR-2027-00118 | Catatan: sedang rawatan kemurungan, sila beri cuti darat tambahan.",
        ),
        ("user", "Boleh ringkaskan status kontrak pelaut ni untuk mesyuarat pagi esok?"),
        (
            "assistant",
            "Ringkasan: Puan Noraini binti Razak, Steward, kontrak SK-CTR-2027-00118 masih aktif. Beliau sedang menerima rawatan kemurungan dan disyorkan cuti darat tambahan. Waris berdaftar ialah bapanya, Encik Razak bin Harun. Saya cadangkan maklumat perubatan tidak dibentangkan dalam mesyuarat terbuka.",
        ),
    ],
    [
        (
            "user",
            "Here is our crew list export, can you tell me who has certificates expiring within 60 days? CRW-001102,Tan Boon Hock,CE,BST 2027-02-10 | CRW-001187,Mohd Nazri bin Talib,2O,MFA 2027-06-30 | CRW-001230,Priya a/p Subramaniam,3E,PSCRB 2027-01-29",
        ),
        (
            "assistant",
            "Assuming today is 14 January 2027, two crew members have certificates expiring within 60 days: Tan Boon Hock (CE), BST expiring 10 February 2027, and Priya a/p Subramaniam (3E), PSCRB expiring 29 January 2027. Mohd Nazri bin Talib's MFA is valid until 30 June 2027.",
        ),
        ("user", "Thanks, please draft a reminder to Priya first since hers is urgent."),
        (
            "assistant",
            "Draft: 'Dear Priya, your PSCRB certificate expires on 29 January 2027. Please book a refresher course this week and send us the new certificate so we can keep your assignment on schedule. Regards, Crewing Department.'",
        ),
    ],
    [
        ("system", "You help crewing staff summarise WhatsApp group chats. Keep summaries short."),
        (
            "user",
            "Summarise ni: [10:02] Ops: Capt Azman dah sampai KLIA, terus ke hotel. [10:15] Admin: Family Azman call, wife dia admit Hospital Klang sebab bersalin awal. [10:16] Ops: Contact wife dia Puan Liza 019-285 6644, tanya perlu apa-apa tak. [10:40] Finance: Advance RM2,000 untuk Capt Azman approved.",
        ),
        (
            "assistant",
            "Ringkasan: Kapten Azman tiba di KLIA dan terus ke hotel. Isterinya, Puan Liza (019-285 6644), dimasukkan ke Hospital Klang kerana bersalin awal; Ops akan menghubunginya. Finance meluluskan pendahuluan RM2,000 untuk Kapten Azman.",
        ),
        ("user", "Ok good, tambah satu action item untuk HR."),
        (
            "assistant",
            "Tindakan HR: semak kelayakan cuti kecemasan Kapten Azman dan kemas kini tarikh sign-on semula dalam sistem.",
        ),
    ],
    [
        (
            "user",
            "Kira gaji bersih untuk Bosun Hamdan bin Yaakob bulan Januari: gaji asas USD 1,100, OT tetap USD 420, potongan pendahuluan USD 300. Allotment 70% ke akaun Maybank 1640 2215 8834 isteri dia.",
        ),
        (
            "assistant",
            "Jumlah kasar: USD 1,100 + USD 420 = USD 1,520. Tolak pendahuluan USD 300, gaji bersih USD 1,220. Allotment 70% daripada gaji asas (USD 1,100) ialah USD 770, dikreditkan ke akaun Maybank 1640 2215 8834. Baki USD 450 dibayar kepada Encik Hamdan di atas kapal.",
        ),
        ("user", "Kalau kadar tukaran 4.47, allotment tu berapa ringgit?"),
        ("assistant", "USD 770 x 4.47 = RM3,441.90 akan dikreditkan ke akaun isteri Encik Hamdan."),
    ],
    [
        (
            "system",
            "You are an assistant for Ocean Pride Shipmanagement Pte Ltd, Singapore. Be concise.",
        ),
        (
            "user",
            "Our 2nd Officer, Goh Jun Wei, NRIC S8815206I, wants to know if his Singapore CoC can be endorsed for a Malaysian-flag vessel. He lives at Blk 118 Tampines St 11 #05-212.",
        ),
        (
            "assistant",
            "Yes, Malaysia's Marine Department can issue a Certificate of Recognition (endorsement) for a CoC from another STCW White List party such as Singapore. Mr Goh will need his original CoC, passport, medical certificate and the shipowner's supporting letter. Processing is usually done through the manning agent in Port Klang.",
        ),
        ("user", "Can you write him a short email?"),
        (
            "assistant",
            "'Dear Jun Wei, for the Malaysian endorsement please prepare your original CoC, passport, valid medical certificate and our company letter. Send scans to crewing@oceanpride.example.sg and we will coordinate with our Port Klang agent. Best regards, Crewing Team.'",
        ),
    ],
    [
        (
            "user",
            "我係香港船東代表，有位馬來西亞機工何偉強喺船上跌傷咗手腕，佢老婆陳美玲打嚟話要知道賠償幾時出，佢電話係+852 6123 4478。點樣回覆佢好？",
        ),
        (
            "assistant",
            "建議咁回覆：陳女士你好，何偉強先生嘅受傷報告已經提交P&I保險，醫療費用由船東承擔，病假期間會按合約支付基本工資。賠償金額要等醫生確定傷殘程度後先可以計算，我哋會每兩星期同你更新一次進度。",
        ),
        ("user", "Ok, 可唔可以順便寫埋英文版？"),
        (
            "assistant",
            "Dear Mrs Chan, Mr Ho Wai Keung's injury report has been submitted to the P&I club. Medical costs are covered by the shipowner and basic wages will be paid during sick leave as per his contract. Compensation will be assessed once the doctor confirms the degree of disability. We will update you every two weeks.",
        ),
    ],
]
