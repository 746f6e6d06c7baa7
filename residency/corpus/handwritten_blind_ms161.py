# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms161: agensi pekerjaan dan pembantu rumah asing di Malaysia (permit kerja, pasport, gaji, pekerja lari, aduan majikan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pejabat"): _lines("""
        NOTIS: Kaunter Agensi Pekerjaan Seri Damai Sdn Bhd (201601034512) di No. 23-1, Jalan Tun Sambanthan, Brickfields ditutup pada Isnin pertama Jun sempena Hari Keputeraan Yang di-Pertuan Agong.
        Makluman kepada semua majikan: permohonan PLKS pembantu rumah kini diproses melalui portal Maid Online. Sila bawa salinan pasport pekerja dan surat tawaran ke kaunter, bukan dokumen asal.
        Pemeriksaan perubatan FOMEMA wajib dibuat dalam tempoh 30 hari dari tarikh ketibaan. Klinik panel terdekat: Klinik Mutiara Setapak, Jalan Genting Klang, dibuka 8.30 pagi hingga 5.00 petang.
        Bayaran levi RM410 setahun bagi setiap pembantu rumah asing hendaklah dijelaskan sebelum pembaharuan permit. Resit bayaran Jabatan Imigresen mesti disertakan bersama fail permohonan.
        Waktu operasi baharu cawangan Johor Bahru (Aras 2, Plaza Pelangi, Jalan Kuning, Taman Pelangi): Isnin-Jumaat 9.00 pg - 6.00 ptg, Sabtu 9.00 pg - 1.00 tgh, Ahad dan cuti umum tutup.
        Hotline aduan pelanggan: 03-9212 4477 (pejabat) atau WhatsApp rasmi 012-688 4477 (waktu pejabat sahaja). Jangan hantar salinan pasport melalui WhatsApp peribadi staf.
        Peringatan: Majikan dilarang menyimpan pasport pekerja asing mengikut Akta Pasport 1966. Pasport hendaklah dipulangkan kepada pekerja dan disimpan di tempat yang boleh dicapai olehnya.
        Pengambilan pembantu rumah dari Indonesia kini melalui Sistem Saluran Tunggal (One Channel System) mengikut MoU 1 April 2022. Tempoh menunggu dianggarkan 3 hingga 5 bulan.
        Sesi taklimat orientasi majikan baharu: Sabtu, 14 September 2024, 10.00 pagi, Dewan Seminar Tingkat 3, Wisma Seri Damai, 88 Jalan Pahang, Kuala Lumpur. Yuran RM50 termasuk modul bercetak.
        Mulai 1 Januari 2025, gaji pembantu rumah disyorkan dibayar terus ke akaun bank pekerja. Borang pembukaan akaun dan senarai dokumen boleh diambil di Kaunter 3 setiap hari bekerja.
        Perhatian: Kumpulan WhatsApp Majikan Seri Damai KL hanya untuk pengumuman rasmi. Pautan jemputan baharu: chat.whatsapp.com/Kx7RtQ2mPz9 - jangan kongsi gambar pekerja dalam kumpulan.
        Sistem FWCMS akan diselenggara pada 22/06/2024 dari 12.00 tengah malam hingga 6.00 pagi. Permohonan Calling Visa yang tergendala akan diproses semula pada hari Isnin berikutnya.
        Cawangan Pulau Pinang berpindah ke 1-2-15, Bayan Point, Jalan Mahsuri, 11950 Bayan Lepas berkuat kuasa 1 Ogos. Nombor telefon kekal 04-642 3391, e-mel penang@seridamai.com.my.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama tempoh sah permit pembantu rumah asing? J: PLKS diluluskan untuk tempoh maksimum 12 bulan dan boleh diperbaharui setiap tahun selagi pasport masih sah sekurang-kurangnya 18 bulan.
        S: Adakah majikan perlu mencarum PERKESO untuk pembantu rumah? J: Ya, sejak 1 Jun 2021 pekerja domestik asing dilindungi di bawah Akta Keselamatan Sosial Pekerja 1969.
        S: Berapakah gaji minimum pembantu rumah dari Indonesia? J: Mengikut MoU 2022, gaji minimum ialah RM1,500 sebulan. Sila rujuk kontrak standard yang disediakan oleh agensi.
        S: Bolehkah saya menukar majikan jika pembantu rumah tidak serasi? J: Pertukaran majikan perlu kelulusan Jabatan Imigresen dan dikenakan fi pemprosesan RM300 oleh agensi.
        S: Apa maksud status COM dalam portal? J: Check Out Memo dikeluarkan apabila pekerja dihantar pulang secara sah; tempah tiket sekurang-kurangnya 7 hari sebelum permit luput.
        S: Pekerja saya lari, apa yang perlu dibuat? J: Buat laporan polis dalam 24 jam, kemudian maklumkan Jabatan Imigresen dan agensi. Jangan terima pulangan wang jaminan tanpa resit rasmi.
        S: Berapa hari rehat yang wajib diberi? J: Sekurang-kurangnya satu hari rehat seminggu. Jika pekerja bersetuju bekerja pada hari rehat, bayaran tambahan mesti direkodkan dalam buku gaji.
        S: Adakah fi agensi boleh dibayar secara ansuran? J: Boleh, dengan deposit 30% semasa menandatangani perjanjian dan baki dalam 3 ansuran melalui FPX atau cek atas nama syarikat.
        S: Berapa lama proses Calling Visa selepas permohonan lengkap? J: Biasanya 14 hingga 21 hari bekerja, bergantung kepada semakan keselamatan Imigresen dan kedutaan negara sumber.
        S: Bolehkah pembantu rumah Filipina bekerja di Malaysia? J: Boleh, tetapi gaji minimum yang ditetapkan oleh DMW Filipina ialah USD400 sebulan dan kontrak mesti disahkan oleh MWO Kuala Lumpur.
        S: Apakah dokumen yang diperlukan daripada majikan? J: Salinan MyKad majikan dan pasangan, slip gaji tiga bulan terkini, sijil nikah dan bil utiliti rumah sebagai bukti alamat.
        S: Bagaimana jika pasport pekerja hampir tamat? J: Pembaharuan dibuat di kedutaan negara asal; bagi Indonesia, temujanji melalui aplikasi M-Paspor atau KBRI Kuala Lumpur di Jalan Tun Razak.
        S: Adakah agensi menyediakan pengganti percuma? J: Pengganti percuma diberi sekali dalam tempoh 6 bulan pertama jika pekerja pulang atas sebab kesihatan yang disahkan doktor panel.
    """),
    ("ms", "peraturan_akta"): _lines("""
        Seksyen 57 Akta Kerja 1955 membenarkan kontrak pekhidmat domestik ditamatkan oleh mana-mana pihak dengan notis 14 hari atau bayaran gaji sebagai ganti notis.
        Akta Agensi Pekerjaan Swasta 1981 (Akta 246) mewajibkan setiap agensi memiliki lesen sah daripada Ketua Pengarah Tenaga Kerja dan mempamerkannya di premis perniagaan.
        Di bawah pindaan 2017, agensi yang beroperasi tanpa lesen boleh didenda sehingga RM200,000 atau dipenjara tidak melebihi 3 tahun atau kedua-duanya sekali.
        Potongan gaji untuk menebus fi pengambilan hanya dibenarkan jika dipersetujui secara bertulis dan jumlah potongan tidak melebihi 50% daripada gaji bulanan pekerja.
        Perintah Gaji Minimum 2022 menetapkan RM1,500 sebulan bagi kebanyakan majikan; pekhidmat domestik dikecualikan daripada perintah ini dan tertakluk kepada perjanjian dua hala.
        Garis panduan Imigresen: umur pembantu rumah asing mestilah antara 21 hingga 45 tahun semasa permohonan pertama, daripada negara sumber yang diluluskan oleh Kerajaan Malaysia.
        Syarat majikan: warganegara Malaysia dengan pendapatan isi rumah sekurang-kurangnya RM5,000 sebulan bagi pengambilan pembantu rumah dari negara sumber tertentu.
        Pekeliling JTKSM Bil. 3/2023: setiap agensi wajib menyimpan rekod penempatan pekerja sekurang-kurangnya 7 tahun dan mengemukakannya apabila diminta oleh pegawai pemeriksa.
        Seksyen 55B Akta Imigresen 1959/63 memperuntukkan denda RM10,000 hingga RM50,000 bagi setiap pekerja asing tanpa permit sah yang diambil bekerja oleh majikan.
        Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007 (Akta 670) mengambil kira penahanan dokumen perjalanan dan gaji sebagai petunjuk kerja paksa.
        Konvensyen ILO C189 mengenai Pekerja Domestik diterima pakai pada 2011; Malaysia belum meratifikasinya setakat 2024 walaupun beberapa NGO menggesa ratifikasi.
        Peraturan-Peraturan Keselamatan Sosial (Pekerja Domestik) 2021 berkuat kuasa 1 Jun 2021; caruman 1.25% daripada gaji ditanggung sepenuhnya oleh majikan.
        Seksyen 60D Akta Kerja 1955: pekerja berhak kepada 11 hari cuti umum bergaji setahun, lima daripadanya wajib termasuk Hari Kebangsaan, Hari Pekerja dan Hari Malaysia.
    """),
    ("en", "package_price_list"): _lines("""
        PAKEJ INDONESIA (Direct Hire, OCS): Agency fee RM14,800 incl. Calling Visa, FOMEMA, insurance, 2-year levy; deposit RM5,000 on signing, balance on arrival at KLIA T1.
        PHILIPPINES PACKAGE: RM17,500 all-in, includes MWO contract verification, PDOS, airfare MNL-KUL and 6-month free replacement. Salary USD400/month paid by employer.
        Cambodia package currently suspended. Sri Lanka package RM13,900; Myanmar package on request - call 03-7877 3120 or WhatsApp our sales line 016-220 3120 (Mon-Sat).
        Add-ons: Permit renewal RM550 | Passport renewal handling RM180 | Transfer of employer RM1,200 | Special pass (Pas Khas) RM250 | Courier within Klang Valley RM35.
        INVOICE No. SDM-INV-2024-01187 | Date: 03/05/2024 | Item: Levy renewal 1 worker x RM410.00 | Service charge RM80.00 | SST 8% RM6.40 | Total RM496.40
        Receipt RCP-0045521 issued by Seri Damai Employment Agency Sdn Bhd (SSM 201601034512), licence JTKSM 1082/2016, paid via DuitNow QR, ref 2024051312345678.
        Part-time cleaning (local crew): RM25/hour, minimum 4 hours, Klang Valley only. Deep cleaning 3-room condo RM380, landed terrace RM520. Book at seridamai.com.my/booking.
        Foreign worker hospitalisation and surgical insurance (SPIKPA) RM120/yr; PERKESO domestic worker contribution approx RM18.75/month on a RM1,500 salary.
        Training module price list: Basic housekeeping 5 days RM350, Elderly care 10 days RM780, Newborn care 7 days RM620. Certificates issued by our training centre in Seremban.
        Promo Hari Raya: RM1,000 off Indonesia package for bookings 1-30 April 2024, promo code RAYA24MAID. Not valid with other offers. T&C apply.
        Refund policy: 70% of agency fee refunded if worker fails FOMEMA within 30 days; no refund after 6 months. Processing 14 working days, to company account only.
        Quotation Q-2024-0331 valid 30 days: 1 x Indonesia DH package RM14,800.00, discount RM500.00, nett RM14,300.00. Maybank 5142 8876 3301, Seri Damai Employment Agency Sdn Bhd.
        Document tracking: Pos Laju consignment ER458120337MY sent 12 Jun, estimated delivery 14 Jun to Immigration HQ, No. 15, Persiaran Perdana, Presint 2, Putrajaya.
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [09:12] Morning team, today Putrajaya batch ada 14 fail permit renewal, counter 2 tolong check semua resit levy dah attach before hantar ok.
        [09:30] Printer kat admin room jammed again lah, sapa free tolong call vendor service line 1-800-88-2266 ya. Fail FOMEMA tunggu print.
        [10:05] Reminder: jangan forward gambar pasport dalam group ni, upload terus ke Google Drive folder Permit 2024/Jun je. Boss dah warning minggu lepas.
        [11:47] Flight batch Surabaya land KLIA T1 at 3.40pm, flight QZ 325. Van pickup 2 unit, driver standby kat Door 3 arrival hall.
        [12:15] FWCMS down since 11am, error 503. Dah email helpdesk, ticket no HD-240617-0093. Pending sampai petang kot.
        [14:02] Sapa pegang kunci bilik fail? Auditor JTKSM datang esok 10am, need semua rekod penempatan 2019-2023 ready kat meeting room.
        [14:40] Update: KBRI appointment slot for passport renewal dah full until 5 July. Suggest majikan ambil slot kat Konsulat Johor Bahru instead.
        [15:18] Team JB, training centre Seremban cakap hostel penuh minggu depan, so batch baru kena tinggal transit house Nilai dulu 3 malam.
        [16:00] Sales target bulan ni 38 placement, setakat ni 29. Boleh push promo Philippines package dalam FB page petang ni?
        [16:25] Noted. Invoice no SDM-INV-2024-01203 sampai 01210 dah approve, accounts boleh issue esok pagi. Jangan lupa SST 8%.
        [17:10] Heads up: mesin X-ray FOMEMA kat klinik panel Kajang rosak, redirect semua appointment ke klinik panel Bangi minggu ni.
        [17:45] Ok guys off dulu, esok meeting 8.45am sharp. Bawa laptop, kita review SOP aduan majikan version 3.2 sebelum hantar HQ.
        [21:03] Sorry malam2 kacau, portal Maid Online ada maintenance 23 Jun 12am-4am, jangan submit apa2 application masa tu k.
    """),
    ("en", "system_logs_config"): _lines("""
        2024-06-17T09:14:22+08:00 INFO fwcms-sync job=levy_renewal batch=0617A submitted=14 accepted=13 rejected=1 reason=RECEIPT_MISMATCH duration_ms=48213
        2024-06-17T09:15:03+08:00 WARN maid-portal http_status=503 endpoint=/api/v2/permit/status retry=3 backoff_s=30 upstream_timeout=true
        config.yaml: agency_id: AGN-1082 | levy_rate_myr: 410 | max_permit_months: 12 | min_passport_validity_months: 18 | sst_rate: 0.08
        worker_schema = {'passport_no': 'str  # e.g. X0000000', 'nationality': 'ISO3', 'permit_expiry': 'date', 'fomema_status': 'enum[FIT,UNFIT,PENDING]'}
        CSV header: placement_id,worker_ref,employer_ref,source_country,arrival_date,permit_expiry,fomema_result,agency_fee_myr,branch_code
        SELECT branch_code, COUNT(*) AS runaways FROM placements WHERE status = 'ABSCONDED' AND report_date >= '2024-01-01' GROUP BY branch_code;
        ERROR 2024-06-18 02:11:09 whatsapp-bot send_template failed template=permit_expiry_reminder_v4 code=131047 msg='Re-engagement message' attempts=2
        cron: 0 7 * * 1-5 /opt/agency/bin/expiry_alert --days 60 --channel whatsapp --template renewal_reminder_bm --dry-run=false
        sha256(permit_batch_0617A.zip) = 9f2c4e1a7b3d58e06c91f4a2d7e8b0c3f5a61d94e2b7c80f1a3d6e9b2c4f7a18  size=18.4MB uploaded=2024-06-17 18:02
        release v3.8.2 (2024-06-20): fix FOMEMA status parser for SUITABLE/UNSUITABLE labels; add Sri Lanka to source_country enum; bump pandas to 2.2.2
        INFO 2024-06-19 10:45:31 payment-gw fpx txn=FPX24061910453100271 bank=MBB0228 amount=14300.00 status=00 order=Q-2024-0331
        env: WHATSAPP_BUSINESS_NUMBER=+60 3-9212 4477 ; SMTP_FROM=noreply@seridamai.com.my ; TZ=Asia/Kuala_Lumpur ; LOG_LEVEL=info
        test fixture: employer = {'name': 'Test Employer', 'ic': '000000-00-0000', 'phone': '+60 00-000 0000'}  # dummy values, never real data
    """),
    ("ms", "ulasan_agensi"): _lines("""
        ★★★★★ Agensi Kak Ros Maid Services di Kampung Baru sangat teliti, proses permit siap dalam 3 minggu. Kaunter bersih dan caj diterangkan awal, tiada caj tersembunyi.
        ★★☆☆☆ Dah bayar deposit RM5,000 kat cawangan Shah Alam tapi 4 bulan tak ada berita. Telefon pejabat 03-5510 8821 asyik masuk voicemail. Harap pengurusan ambil tindakan.
        ★★★★☆ Servis ok, cuma parking susah kat Jalan Tun Sambanthan. Staf kaunter 2 mesra dan fasih Bahasa Indonesia, membantu terangkan kontrak kepada pekerja.
        ★☆☆☆☆ Pengganti yang dijanjikan dalam 6 bulan tak diberi, alasan kuota penuh. Akan buat aduan kepada JTKSM dan Tribunal Tuntutan Pengguna Malaysia.
        ★★★★★ Recommended! Agensi Pekerjaan Mak Cik Kiah Sdn Bhd di Bangi buat latihan asas 5 hari sebelum hantar pekerja, masakan Melayu pun diajar.
        ★★★☆☆ Harga agak mahal berbanding agensi lain di Cheras, RM16,500 untuk pakej Filipina. Tapi dokumentasi lengkap dan resit rasmi diberi untuk setiap bayaran.
        ★★★★★ Terima kasih Ah Seng Manpower Agency, Kepong. Proses tukar majikan lancar, semua urusan Imigresen diuruskan, kami cuma datang tandatangan sekali.
        ★★☆☆☆ Laman web kata buka hari Sabtu tapi bila sampai pintu tutup. Harap kemas kini waktu operasi di Google Maps, jauh saya drive dari Klang.
        ★★★★☆ Respons WhatsApp pantas (011-1098 2345, talian rasmi syarikat). Cuma sistem temujanji dalam talian selalu error waktu pagi.
        ★☆☆☆☆ Pekerja yang dihantar langsung tak ada pengalaman jaga warga emas walhal brosur tulis terlatih. Syarikat patut jujur dalam iklan.
        ★★★★★ Ulasan untuk cawangan Ipoh, Jalan Sultan Idris Shah: bilik menunggu selesa, ada surau, dan taklimat kontrak dibuat dalam BM dan Bahasa Indonesia.
        ★★★☆☆ Ok la, cuma invois lambat dikeluarkan. Bayar 2 Mei, invois SDM-INV-2024-01102 baru dapat 20 Mei. Untuk tuntutan syarikat memang leceh.
        ★★★★☆ Agensi Bibik Ceria Enterprise (SA0512345-T) di Seremban 2 responsif bila ada masalah, pegawai datang buat sesi kaunseling bersama majikan dan pekerja.
    """),
    ("en", "news_public_figures"): _lines("""
        Human Resources Minister Steven Sim said the ministry will review the domestic worker recruitment framework, including agency fees, after meeting industry associations in Putrajaya.
        Home Minister Saifuddin Nasution Ismail said the foreign worker recalibration programme would not be extended beyond December 2023, urging employers to regularise workers.
        Indonesia's Manpower Minister Ida Fauziyah and Malaysia's M. Saravanan signed the domestic worker MoU in Jakarta on 1 April 2022, witnessed by Joko Widodo and Ismail Sabri Yaakob.
        The Malaysian Association of Foreign Maid Agencies (Papa) said members face delays of up to five months as the One Channel System stabilises, according to a statement on Monday.
        Philippine Migrant Workers Secretary Hans Leo Cacdac met Malaysian officials in Kuala Lumpur to discuss protection of household service workers and the USD400 minimum wage.
        Immigration Director-General Zakaria Shaaban said integrated operations in the Klang Valley would continue against premises operating as unlicensed maid agencies.
        Prime Minister Anwar Ibrahim told the Dewan Rakyat the government would not tolerate abuse of domestic workers and that convicted employers would be barred from hiring.
        Tenaganita, co-founded by the late human rights activist Irene Fernandez, called for domestic workers to be fully covered under the Employment Act 1955 and for ratification of ILO C189.
        Singapore's Ministry of Manpower said since 1 January 2023 migrant domestic workers must get at least one rest day a month that cannot be compensated away, Gan Siow Huang noted.
        Hong Kong Secretary for Labour and Welfare Chris Sun said the minimum allowable wage for foreign domestic helpers would rise to HK$4,990 for contracts signed from 30 September 2024.
        Historians trace Malaysia's formal recruitment of Indonesian domestic workers to the 1984 Medan Agreement, signed under the administration of Prime Minister Mahathir Mohamad.
        Taiwan's Ministry of Labor under Minister Ho Pei-shan said it is reviewing minimum pay for household caregivers, which has stood at NT$20,000 a month since 2022.
        Novelist Tash Aw, whose book We, the Survivors portrays migrant labour in Malaysia, spoke at the George Town Literary Festival about the unseen lives of domestic workers.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pembantu rumah Sri Wahyuni binti Darmo, pasport Indonesia C4821736, tiba KLIA 12/03/2024, majikan Encik Khairul Anuar bin Ismail di Taman Melawati.
        Puan Rosnah, tolong jangan sebar dalam group ya, pembantu rumah dia si Yuli disahkan hamil 4 bulan masa FOMEMA semalam, agensi nak hantar balik minggu ni.
        Laporan polis pekerja lari: Marlina Putri Sari, warga Indonesia, pasport B7730215, hilang dari rumah majikan di No. 14, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam pada 5 Jun 2024 jam 4 pagi.
        Majikan: Encik Mohd Faizal bin Rahmat, No. KP 850917-10-5523, tel 019-372 8841, gaji pembantu RM1,500 dibayar ke akaun Maybank 1640 2218 7735.
        Aduan majikan: Datin Noraini Hashim dakwa pembantu rumahnya curi barang kemas bernilai RM8,000 dan dah buat laporan di Balai Polis Ampang Jaya semalam.
        Gaji Nur Aini Ramadhani bulan Mei belum dibayar, majikan Puan Lim Mei Ling (012-655 3091) kata potong RM600 sebab pekerja pecahkan pinggan.
        Pekerja Filipina Maricel Dela Cruz Bautista dimasukkan ke Hospital Kuala Lumpur, wad 7, disyaki denggi; majikan perlu tandatangan borang jaminan kos rawatan.
        Nombor pasport baru pekerja: X3391806 (ganti C4820917 yang hilang). Tolong kemas kini dalam Maid Online sebelum Jumaat.
        Senarai hitam majikan: Tuan Haji Zulkifli bin Abdul Hamid, 6, Lorong Cempaka 2, Kota Bharu, tiga kali pembantu rumah lari kerana tidak diberi makan secukupnya.
        Akaun bank pekerja: CIMB 7062 3345 18, atas nama WATI SUSANTI, untuk kiriman gaji bulanan RM1,500 mulai Julai 2024.
        Encik Rizal, Honda City WVK 3821 tu kereta majikan yang datang ambil pembantu rumah semalam ke? Pekerja kata dia takut nak ikut.
        Pembantu rumah Dewi Lestari, 34 tahun, disahkan menghidap TB menurut X-ray FOMEMA 02/05/2024, keputusan UNFIT, perlu dihantar pulang dalam 14 hari.
        Borang tukar majikan: majikan lama Puan Hasnah binti Yusof (KP 720304-08-6218), majikan baru Encik Tan Boon Keat (KP 790621-07-5119), pekerja Sumarni, pasport C5512093.
        Kak Yati dari Klang pinjam RM3,000 daripada pembantu rumah dia dan tak bayar balik, pekerja menangis telefon hotline kita pagi tadi.
        Sila hubungi majikan terus: Puan Farah Izzati, farah.izzati88@gmail.com, 017-248 6630, berkenaan kontrak pembantu rumah yang tamat 30/09/2024.
        Alamat hantar pekerja: Lot 2271, Kampung Parit Baru, Jalan Sungai Lang, 45800 Jeram, Selangor. Majikan: Pak Long Hassan, 013-904 2217.
        Puan Norhayati baru bercerai dengan suaminya dan pindah ke rumah ibu, jadi permit pembantu rumah kena tukar nama majikan kepada Norhayati binti Salleh.
        Pekerja lari ditahan di Depot Imigresen Semenyih: Ani Suryani, pasport E4471209, tarikh tahanan 22/07/2024. Majikan Encik Azman Ghazali minta bantuan tuntut bon.
        Baki hutang majikan kepada agensi: Encik Kamarul Ariffin bin Musa, RM6,200, dua cek tendang, kes dirujuk kepada Tetuan Rahim & Co pada Ogos 2024.
        Gambar pekerja Rina Marlina depan rumah majikan di Blok C-12-3, Pangsapuri Seri Intan, Setapak telah dihantar dalam group majikan tanpa izin, minta padam segera.
    """),
    "en": _lines("""
        Employer Mr Gary Lim Wei Sheng, NRIC S7834521G, a Singapore PR moving to Johor Bahru, wants to bring along his Indonesian helper whose FIN is G5521873R.
        Helper Josephine Mabini Ramos, passport P4417782B, complained that her employer in Mont Kiara withheld three months of salary totalling RM5,400.
        Please call the employer back today: Mrs Priya Nair, +60 12-718 3349, regarding her helper's overdue permit renewal.
        Runaway report RW-2024-118: worker Lestari Handayani left the employer's home at 21, Jalan Bukit Pantai, Bangsar on 14/06; employer Dr Arjun Menon has been informed.
        Mr Chong's helper told us she sleeps in the storeroom and gets one meal a day; Chong Kah Wai denies it, home visit scheduled for Thursday.
        Helper Nimali Perera from Sri Lanka was diagnosed with breast cancer at Hospital Serdang; her employer Mrs Wong asked whether agency insurance covers chemotherapy.
        Account for salary transfer: Public Bank 3-1827-6640-25, beneficiary MARIA THERESA SANTOS, ref June 2024 salary.
        Employer Kevin Ong Jia Hao, HKID K512873(0), hired a helper in Hong Kong before and is relocating to Penang with his family; wants to transfer the same worker.
        Ms Aisyah's ex-husband keeps calling the agency from 011-3320 7754 asking where the helper moved with the kids; do not give out any information.
        CSV row: 2024-0457,Rohmah Sulistyowati,IDN,C6612048,2024-02-11,2025-02-10,FIT,14800,KUL02
        2024-06-18 11:32:07 user=admin02 viewed employer_profile id=E-88213 name='Tan Sook Yee' ic=660512-10-5218 phone=016-332 1180
        Helper Theresa Gonzales is three months pregnant and her employer Mrs Lau wants to terminate immediately; she asks if she can keep working until the contract ends.
        The employer's car is a white Perodua Myvi, plate BKR 6602; the worker says he picked her up from our Damansara office at 11pm without notice.
        Hi, I am the employer, Rajesh Kumar a/l Subramaniam, IC 760830-14-6651, helper's permit expires 02 Sept 2024, house at No. 8, Jalan 3/4A, Taman Desa Aman, 56100 Cheras.
        Former helper Endang Wahyuni owes her employer RM2,400 in salary advances and went back to Malang without repaying; employer wants it deducted from the security bond.
    """),
    "mixed": _lines("""
        Boss, that employer Mdm Ooi Siew Lan, 陈太's sister-in-law, call again lah, she says her maid Yanti run away since Monday, phone 012-477 8103 tak boleh contact.
        Eh the maid from Kupang, Maria Goreti Nenobais, her passport C2218305 still with the employer leh, she says Mr Teoh won't give back.
        林太 (Mrs Lim Bee Choo) cakap bibik punya salary transfer RM1,500 to BCA acct 2830441765 failed 2 times, accounts can check or not?
        Mr Lee Wai Kit dari Singapore, NRIC S6923817C, nak hire domestic helper jaga his mother in Melaka, contact leewk.sg@outlook.com
        阿明 tu driver employer kat Puchong, every night WhatsApp the maid at 1am, she screenshot semua hantar ke kita. Employer Encik Amin Nordin belum tahu.
        Worker Suryati binti Kasim kena warded Hospital Sultanah Aminah JB sebab miscarriage, employer Puan Chew want to know siapa bayar bil RM3,280.
        黃先生 (Huang Chih-wei), Taiwan ID B120448312, moved from Taichung, tanya boleh transfer his 外傭 from Indonesia to Malaysia, tel +886 933 417 206.
        PRC employer 王建国, 身份证 110105197906143513, staying Mont Kiara, nak maid yang boleh cakap Mandarin, budget RM2,000/month, WeChat wangjg_kl88.
        Please jangan share lagi: gambar IC Puan Kalaivani a/p Muniandy (801123-05-5320) dah tersebar dalam group Majikan Seremban, confirm delete by tonight ok.
        Aduan: Encik Lau Chee Keong pukul maid dia, Ratna Sari, lebam kat lengan, police report KLANG/008712/24 dah buat, maid sekarang kat shelter.
        Update: worker Nguyen Thi Hoa (Vietnam), passport C9182736, PLKS expire 15/10/2024, employer Ms Chia at Bukit Jalil 012-933 5806 belum bayar levy.
        Madam Goh's maid Aminah says she need RM4,000 urgently sebab bapa dia sakit kanser in Lombok, minta advance 3 bulan gaji, madam ok or not?
        澳門 employer 何太 (Ho Mei Kuen), BIR 5215299(8), want to hire Filipina helper from our KL pool, WhatsApp +853 6621 4093.
        12/06/24, 22:14 - Kak Mah Bangi: bibik I lari lagi, ni yang ketiga tahun ni, her passport B6620147 ada dengan I
        Transfer request: employer Jason Yap (IC 880214-14-6017, 012-866 2051) to employer Wendy Koh (IC 900705-10-6242), worker Lilis Suryani, effective 1 Aug.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Agensi Pekerjaan Seri Damai. Jawab dalam Bahasa Melayu dengan ringkas dan sopan.",
        ),
        (
            "user",
            "Saya nak lapor pembantu rumah saya lari. Nama dia Siti Aminah binti Rusli, pasport Indonesia C7045128, keluar rumah kami di Taman Bukit Mewah, Kajang pagi tadi. Apa saya perlu buat?",
        ),
        (
            "assistant",
            "Maaf atas kejadian ini. Sila buat laporan polis dalam 24 jam dengan membawa salinan pasport C7045128 dan permit Siti Aminah, kemudian maklumkan Jabatan Imigresen melalui portal dan hantar salinan laporan kepada agensi.",
        ),
        ("user", "Ok, nombor telefon saya 012-390 5517 kalau pegawai nak hubungi."),
        (
            "assistant",
            "Terima kasih. Pegawai kes kami akan menghubungi anda di 012-390 5517 dalam masa satu hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Help me write a formal complaint to JTKSM. My name is Daniel Tan Kok Wei, I live at 17, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya. I paid Harmoni Maid Agency RM12,000 in January and no worker has arrived.",
        ),
        (
            "assistant",
            "Here is a draft. To: Jabatan Tenaga Kerja Semenanjung Malaysia | Subject: Complaint against Harmoni Maid Agency | I, Daniel Tan Kok Wei, of 17, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, paid RM12,000 in January 2024 for the placement of a domestic worker. To date no worker has been supplied and the agency has not offered a refund. I request an investigation under the Private Employment Agencies Act 1981.",
        ),
        ("user", "Add my phone 016-284 7731 and email danieltkw@yahoo.com at the bottom please."),
        (
            "assistant",
            "Added: Contact: 016-284 7731 | danieltkw@yahoo.com. Attach your receipts and the signed agreement before sending.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me kira, my maid Ernawati gaji RM1,500, bulan ni dia ambil cuti 3 hari tanpa gaji sebab balik kampung for her mother funeral, then dia pinjam RM500 dari I. Berapa I kena bayar?",
        ),
        (
            "assistant",
            "Boleh. Gaji harian lebih kurang RM1,500 / 26 = RM57.69. Potongan 3 hari = RM173.08. Baki RM1,326.92. Tolak pinjaman RM500, bayaran bersih Ernawati ialah RM826.92, asalkan dia setuju secara bertulis.",
        ),
        (
            "user",
            "Ok thanks, but dia memang ada hutang lagi RM1,200 from last year, can potong all?",
        ),
        (
            "assistant",
            "Tidak digalakkan. Potongan tidak patut melebihi 50% gaji bulanan, jadi untuk Ernawati maksimum sekitar RM663 sebulan. Baki hutang RM1,200 boleh dipotong secara ansuran dalam beberapa bulan.",
        ),
    ],
    [
        (
            "system",
            "Rekod CRM majikan: Nama: Puan Zaleha binti Omar | MyKad: 680422-01-5846 | Tel: 013-718 2290 | Alamat: No. 9, Jalan Kenanga 4, Taman Universiti, 81300 Skudai, Johor | Pekerja: Rukmini, permit tamat 31/08/2024.",
        ),
        ("user", "Tolong draf mesej WhatsApp peringatan pembaharuan permit untuk majikan ini."),
        (
            "assistant",
            "Assalamualaikum Puan Zaleha. Permit pembantu rumah puan, Rukmini, akan tamat pada 31/08/2024. Sila hubungi kami untuk pembaharuan sekurang-kurangnya 30 hari sebelum tarikh tersebut. Terima kasih, Agensi Pekerjaan Seri Damai.",
        ),
    ],
    [
        (
            "user",
            "I'm a Singaporean, NRIC S8012745F, and I'm relocating to Kuala Lumpur next month. My helper Rowena Alcantara, FIN F2241967Q, has worked for me 6 years. Can she move with us?",
        ),
        (
            "assistant",
            "Her Singapore work permit cannot be transferred. You would need to cancel it with MOM, then apply for a new Malaysian PLKS for Rowena through a licensed agency. Note that Malaysian rules may require the employer to hold a valid pass in Malaysia first.",
        ),
        ("user", "I'll be on an Employment Pass here. Her passport is P7730481A, expiring 2027."),
        (
            "assistant",
            "That validity is sufficient. Once your Employment Pass is approved, the agency can submit her application with passport P7730481A, your pass details and the employment contract.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu staf agensi menjawab soalan majikan tentang kesihatan pekerja. Jangan memberi diagnosis perubatan.",
        ),
        (
            "user",
            "Majikan tanya, pembantu rumah dia Siti Khodijah dari Madura selalu pengsan, doktor klinik kata mungkin anemia teruk. Permit dia baru renew. Boleh agensi ganti pekerja?",
        ),
        (
            "assistant",
            "Agensi boleh menilai penggantian jika doktor panel mengesahkan Siti Khodijah tidak layak bekerja. Sila dapatkan laporan perubatan bertulis dan pastikan dia mendapat rawatan susulan dahulu.",
        ),
        ("user", "Ok nanti saya minta Encik Harun hantar laporan. Nombor dia 019-664 0823."),
    ],
    [
        (
            "user",
            "Summarise this from our majikan group pls: [10:02] Puan Aida Rahman: bibik I, Nining, demam 3 hari, boleh bawa klinik panel mana? [10:05] Mr Vincent Loh: mine also, passport dia B3318420 expire Nov [10:09] Puan Aida Rahman: call me 012-551 3094",
        ),
        (
            "assistant",
            "Summary: Puan Aida Rahman (012-551 3094) asks which panel clinic to take her helper Nining, who has had fever for 3 days. Mr Vincent Loh notes his helper's passport B3318420 expires in November.",
        ),
        ("user", "Ok, draft reply to both in Manglish."),
        (
            "assistant",
            "Hi Puan Aida, boleh bawa Nining ke klinik panel Bangi, open 8.30am. Mr Vincent, passport B3318420 tu kena renew at least 6 months before expiry, we can book KBRI slot for you.",
        ),
    ],
    [
        (
            "user",
            "My helper and I are moving from Hong Kong to Malaysia. I'm Chan Wing Sze, HKID Y338104(6). Her name is Mary Jane Villanueva and she has a visa until March. What documents do I need?",
        ),
        (
            "assistant",
            "You will need your passport and Malaysian pass, proof of income, a new employment contract for Mary Jane Villanueva, her passport with at least 18 months validity, and a FOMEMA check after arrival. Your HKID is not required for the Malaysian application.",
        ),
        ("user", "Good. Our new address will be Unit 22-05, The Sentral Residences, KL Sentral."),
    ],
    [
        ("system", "Bantu pengguna menulis laporan polis dalam Bahasa Melayu yang jelas."),
        (
            "user",
            "Tulis laporan: Saya Mohd Hafiz bin Ahmad, KP 830615-06-5207, tinggal No. 31, Jalan Teratai 5, Bandar Indera Mahkota, Kuantan. Pembantu rumah saya Eka Fitriani, pasport C3349071, hilang sejak 3 Julai 2024 jam 6 pagi, dia bawa beg hitam.",
        ),
        (
            "assistant",
            "Saya, Mohd Hafiz bin Ahmad (KP 830615-06-5207), beralamat di No. 31, Jalan Teratai 5, Bandar Indera Mahkota, Kuantan, ingin melaporkan bahawa pembantu rumah saya, Eka Fitriani (pasport C3349071), didapati hilang dari rumah sejak 3 Julai 2024 kira-kira jam 6 pagi dengan membawa sebuah beg hitam. Saya membuat laporan ini untuk tindakan lanjut.",
        ),
        ("user", "Terima kasih, nanti saya bawa ke balai."),
        (
            "assistant",
            "Sama-sama. Bawa sekali salinan permit dan pasport Eka Fitriani supaya pegawai boleh merekod butiran dengan tepat.",
        ),
    ],
    [
        (
            "user",
            "Tolong convert ni jadi CSV: Yuliana Safitri, IDN, C8821305, arrive 02/04/2024, employer Mr Ng Kok Leong 012-775 6120; Jessa Mae Tolentino, PHL, P5528190B, arrive 15/04/2024, employer Puan Suraya 017-303 4418",
        ),
        (
            "assistant",
            "name,nationality,passport,arrival,employer,employer_phone ; Yuliana Safitri,IDN,C8821305,2024-04-02,Ng Kok Leong,012-775 6120 ; Jessa Mae Tolentino,PHL,P5528190B,2024-04-15,Suraya,017-303 4418",
        ),
        ("user", "Perfect, add column permit_expiry, all 1 year from arrival."),
        (
            "assistant",
            "Add permit_expiry: Yuliana Safitri 2025-04-01, Jessa Mae Tolentino 2025-04-14.",
        ),
    ],
]
