# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade124: personal data in office printer, copier, scan-to-email and fax artefacts (print job logs, scan-to-email headers, fax cover sheets and transmission reports, secure-release PINs, accounting codes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade124
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "print_server_log"): _lines("""
        2026-11-03 07:58:41 PRN-SG-L12 JobID=48790 Owner=svc_reports Doc="Daily_Sales_Summary_2026-11-02.pdf" Pages=6 Copies=1 Duplex=Y Queue=FIN-Mono Status=Printed
        2026-11-03 08:02:10 PRN-SG-L12 JobID=48791 Owner=kiosk-lobby Doc="Visitor_Badge_Template.docx" Pages=1 Queue=Reception-Color Status=Held (awaiting release at MFP-L1-01)
        [WARN] 2026-11-03T08:15:33+08:00 mfp-kl-l8 tray2 paper low (A4, 80gsm), toner K 7% remaining, reorder SKU 006R01697 via facilities portal
        2026-11-03 09:40:05 spoolsv event 307: document 112, "Sherlock Holmes - A Study in Scarlet (Conan Doyle) ch1-3.pdf", owned by LIBRARY-KIOSK, printed on Brother HL-L5100DN, 44 pages
        2026-11-03 10:11:52 papercut: job 77120 from shared account [Marketing-Events] charged SGD 12.60 (84 colour pages @ 0.15), account balance SGD 1,387.40
        2026-11-03 10:12:09 cups[2214]: Job 5531 queued on "Ricoh_IM_C3000_3F" by user "lp" from host ws-fin-044.corp.local, 3 copies, media=A4, sides=two-sided-long-edge
        2026-11-03 11:30:00 cron: purge_held_jobs.sh removed 23 unreleased secure-print jobs older than 24h from queue HK-12F-Secure (policy SP-04 rev 2.1)
        2026-11-03 12:01:47 FAXSRV01 TX JobID=F-20931 To=+65 6225 5582 (Harbourfront Freight Pte Ltd, AP dept fax) Pages=4 Duration=00:01:38 Result=OK ECM=On
        2026-11-03 13:22:18 scan2mail: MFP-SG-L3 sent scan_20261103_132201.pdf (2.4 MB, 300 dpi) to ap-invoices@harbourfrontfreight.com.sg, SMTP 250 2.0.0 OK queued as 4Qm7Zx1Rkp
        2026-11-03 14:05:59 snmp poll 10.20.8.41 Konica Minolta bizhub C360i sysUpTime 12d 04:11 counters total=184,223 mono=131,009 color=53,214 status=idle
        2026-11-03 15:47:30 ERROR job 48855 rejected: PostScript error /undefined in findfont (font "Helvetica-Narrow"), Owner=svc_erp, Doc=PO_4500187726.pdf
        2026-11-03 16:20:11 audit: admin console login from 10.20.1.5 by role PrintAdmin (MFA ok), secure-release PIN length changed from 4 to 6 digits on all SG queues
        2026-11-03 18:00:02 nightly report: 1,942 jobs, 21,806 pages, 38% colour, 71% duplex, top queue FIN-Mono, top cost centre CC-4100 Finance Operations
    """),
    ("en", "copier_lease_invoice"): _lines("""
        TAX INVOICE No. INV-SG-2026-118402 | Kinetic Office Systems Pte Ltd (UEN 201512345K, GST Reg M2-0123456-7) | Bill to: Harbourfront Freight Pte Ltd, 1 Maritime Square #09-12, Singapore 099253
        Equipment: Canon imageRUNNER ADVANCE DX C5860i, serial 3KX04417, location Level 9 pantry corridor; lease contract LC-7781, term 60 months from 01-Apr-2024
        Meter reading 31-Oct-2026: B/W 412,880 (prev 398,114, usage 14,766 @ S$0.012 = S$177.19); Colour 96,402 (prev 93,870, usage 2,532 @ S$0.085 = S$215.22)
        Monthly base rental S$289.00 + excess copies S$392.41 + fax line maintenance S$18.00 = subtotal S$699.41; GST 9% S$62.95; total payable S$762.36
        Payment terms 30 days. PayNow to UEN 201512345K or transfer to OCBC current account 501-123456-001 (Kinetic Office Systems Pte Ltd); quote the invoice number as reference.
        Service hotline 6745 3300 (Mon-Fri 8.30am-6pm), WhatsApp +65 8822 4100 for toner orders, e-mail service@kineticoffice.com.sg; always quote machine ID KOS-00917
        Invoice INV-MY-26-00871 from Syarikat Cetak Maju Sdn Bhd (SSM 201901023456) to Delima Plantations Berhad, Menara Delima, Jalan Ampang, 50450 Kuala Lumpur
        Sharp MX-3071 copier rental for November 2026: RM350.00; click charge mono 9,204 x RM0.03 = RM276.12; colour 1,118 x RM0.25 = RM279.50; SST 8% RM72.45
        Credit note CN-2026-0044 against INV-SG-2026-117950: 1,200 misfeed copies waived after engineer report SR-55812 (fuser unit replaced, part FM1-B291)
        Hong Kong branch: Kinetic Office Systems (HK) Ltd, BR No. 71234567, Unit 1608, 16/F, Tower 2, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung; tel 2418 6600
        Line 4: FUJIFILM Apeos C3570 secure print kit (card reader + PaperCut MF licence, 1 device, 12 months) qty 1 @ S$480.00, SKU APC3570-SPK-12
        Remittance advice RA-88140 from Delima Plantations Berhad: RM1,054.17 paid via DuitNow to Syarikat Cetak Maju Sdn Bhd, Maybank account 5142 8830 6617, on 12/11/2026
        Note: toner is included in the click charge; staples (Canon Staple-J1) and paper are billed separately at catalogue price, 5% off for orders above S$300.
    """),
    ("zh-Hans", "扫描到邮件配置"): _lines("""
        smtp_server = smtp.exmail.qq.com  smtp_port = 465  ssl = true  sender = scan-sh5f@huaxin-trade.cn  # 上海5楼行政部复合机扫描到邮件发件账户
        Subject: =?UTF-8?B?5omr5o+P5paH5qGjIOadpeiHqiBNRlAtU0gtNUYg6KGM5pS/6YOo?=  （解码后为“扫描文档 来自 MFP-SH-5F 行政部”，主题模板 {device}-{dept}）
        X-Scan-Meta: eyJkZXZpY2UiOiJNRlAtR1otM0YiLCJkZXB0IjoiQURNSU4iLCJwYWdlcyI6NH0=  （Base64 编码的 JSON，仅含设备号、部门代码和页数）
        Content-Disposition: attachment; filename*=UTF-8''%E6%9C%88%E5%BA%A6%E7%94%A8%E9%87%8F%E6%8A%A5%E8%A1%A8_2026-11.xlsx
        文件命名规则：SCAN_{yyyyMMdd}_{HHmmss}_{设备序列号}.pdf，例如 SCAN_20261105_093012_E83451K2N.pdf；分辨率默认 300dpi，超过 10MB 自动拆分
        通讯录条目（共享地址）：财务部 cw-invoice@huaxin-trade.cn；采购部 purchase@huaxin-trade.cn；前台 reception@huaxin-trade.cn；禁止录入个人邮箱
        LDAP 查询配置：server=ldap://10.8.0.12:389 base_dn=OU=Departments,DC=huaxin,DC=local filter=(&(objectClass=group)(mail=*)) 仅同步部门群组邮箱
        错误码 SMTP 535 5.7.8：授权码错误。腾讯企业邮箱需使用客户端专用密码而非登录密码，请在管理后台重新生成后填入复合机 Web 页面。
        {"job":"scan-88213","to":["ap@huaxin-trade.cn"],"format":"PDF/A","ocr":true,"lang":"chi_sim+eng","size_kb":2318,"status":"sent"}
        安全释放配置：pin_length=6，max_retry=3，hold_hours=24，card_reader=HID iCLASS，未释放作业 24 小时后自动删除，审计日志保留 180 天
        计费代码表：1001 总经办、2001 财务部、3001 销售一部、3002 销售二部、4001 仓储物流；未填写计费代码的作业计入 9999 公共费用
        扫描到 FTP：ftp://10.8.2.30/scan/inbox 账户 mfp_ftp（服务账号），被动模式，端口 21；深圳工厂 3 楼理光 IM C4500 已验证通过
        2026-11-05 14:22:07 [scan2mail] MFP-GZ-3F → ap@huaxin-trade.cn 3页 1.1MB 250 OK id=1tA9xK-0004Qz-7b；14:22:41 → hr-shared@huaxin-trade.cn 超出附件上限 552
    """),
    ("zh-Hans", "图文快印价目表"): _lines("""
        老周图文快印（人民路店）价目表：A4 黑白复印 0.2 元/张，双面 0.3 元/张；A4 彩色 1 元/张；A3 黑白 0.5 元/张。满 100 张八折。
        陈记文印社 地址：杭州市西湖区文三路 478 号 1 楼沿街商铺 营业时间 8:00-21:00 电话 0571-8876 5321（店铺座机），可开电子发票
        证件照打印（六寸相纸排版）15 元/版；证件复印件正反面同页 0.5 元；本店不留存任何客户证件扫描件，复印完成后即时清除机器缓存。
        标书装订：胶装 A4 100 页以内 8 元/本，骑马钉 3 元/本，硬壳精装 35 元/本（加急 2 小时 +50%）。可开增值税专用发票。
        扫描服务：黑白扫描 0.5 元/页，彩色 1 元/页，可发邮箱或拷 U 盘；大幅面工程图扫描 A0 15 元/张。微信小程序“快印到家”下单同价。
        传真收发：国内传真发送 2 元/页，港澳台及国际 8 元/页，接收 1 元/页。本店传真号 020-8356 2201，来件请在封面注明店名及取件码。
        毕昇活字印刷体验课（儿童）每周六上午 9:30 开课，38 元/人，含刻字一枚；带孩子了解从雕版、活字到今天激光打印机的演变。
        小米米家喷墨打印一体机到店自助打印：扫码支付，A4 黑白 0.3 元/张，彩色照片 4R 2 元/张，支持 WPS、PDF、JPG 格式。
        图书复印须知：公版书籍（如鲁迅、朱自清作品）可整本复印；在版图书整本复制须出示出版社授权。与高校图书馆合作价 A5 0.15 元/页。
        企业月结：华信贸易（广州）有限公司，统一社会信用代码 91440106MA9W3P8L2R，账期 30 天，对账单每月 5 日前发至 finance@huaxin-trade.cn
        名片印刷：300g 铜版纸双面彩印 100 张 28 元，500 张 68 元；覆哑膜加 10 元。请提供 AI 或 PDF 源文件，四边出血 2mm，三个工作日取货。
        耗材零售：兄弟 TN-2325 原装粉盒 389 元，惠普 88A 原装硒鼓 459 元，奔图 PD-219 兼容硒鼓 79 元；购满 500 元免费上门安装。
        节假日通知：国庆 10 月 1 日至 3 日闭店，4 日起正常营业；期间急件可预约，请添加店铺客服微信号 laozhou_kuaiyin（工作号）。
    """),
    ("zh-Hant", "傳真傳送報告"): _lines("""
        傳送報告 2026/11/06 10:32 發送方 TSID：+852 2418 6600 KINETIC HK｜目的地：2851 0123（新昌物流 會計部）｜頁數：3｜時間：01分12秒｜結果：OK｜模式：G3 ECM
        傳真封面頁｜致：永達建築工程有限公司 採購部｜由：金域文儀（澳門）有限公司 客戶服務部｜頁數（含封面）：4｜事由：報價單 QT-MO-26-0311
        接收報告 RX 2026/11/06 14:05 來源號碼：(02) 2771-8800 遠端名稱：TAIPEI BRANCH 頁數：2 結果：OK 存放位置：記憶體收件匣 03
        錯誤報告 TX 2026/11/06 16:40 目的地 +853 2833 7700（金域文儀澳門總店）結果：NG 錯誤碼 #018（對方無應答），已自動重撥 2 次
        本傳真所載資料僅供收件機構使用，如閣下並非指定收件人，請即致電 2418 6600 通知本公司並銷毀所有副本，切勿複製或轉發。
        傳真封面：To 澳門特別行政區政府財政局（稅務查詢）From 金域文儀（澳門）有限公司 會計部；內容：M/1 職業稅 2026 年度僱主申報表補交頁
        活動報告（最近 30 筆）：TX 18 筆、RX 12 筆、失敗 2 筆；總頁數 96；記憶體使用率 14%；機型 Brother MFC-L8900CDW；序號 E78123H6N442917
        彙總：11 月份傳真線路 2851 0456 使用 642 分鐘，企業方案月費 HK$188，超額國際傳真每分鐘 HK$1.2，帳單號 BL-26110732
        傳真號碼更改通知：本行九龍灣分行自 2026 年 12 月 1 日起傳真號碼改為 3590 4488，電話 3590 4400 不變，地址：九龍灣宏照道 39 號企業廣場三期 18 樓
        台灣分公司傳真：收件 財團法人台灣經濟研究院 研究三所；發件 金域文儀股份有限公司（統一編號 24536819）；共 5 頁；主旨：影印機租賃標案投標文件補件
        歷史小知識：1843 年蘇格蘭鐘錶匠亞歷山大·貝恩取得「電子印刷電報」專利，被視為傳真機始祖；1865 年卡塞利的「泛電報」在巴黎至里昂線路商用。
        傳送結果確認：作業 0412 已於 09:14 送達 新昌物流有限公司（商業登記號碼 65432187），對方 CSID：SUNCHEONG LOG，頁數 6/6，品質：精細
        傳真伺服器設定：撥號前綴 9，國際冠碼 001，重撥次數 3，間隔 5 分鐘，封面範本 cover_zh_hant_v3.docx，頁首格式 {日期} {時間} {本機名稱} P.{頁碼}
    """),
    ("zh-Hant", "安全列印常見問題"): _lines("""
        問：為甚麼我按了「列印」卻沒有出紙？答：本公司所有事務機已啟用安全列印，文件會暫存於伺服器，須於機前拍卡或輸入釋放碼後才會輸出。
        問：釋放碼在哪裡設定？答：首次登入 PaperCut 使用者網頁（https://print.corp.example.hk:9192）後，於「我的帳戶」自行設定 6 位數字，切勿與他人共用。
        問：文件保留多久？答：未釋放的工作保留 24 小時，逾時自動刪除；彩色工作保留 12 小時。如需延長，請向資訊科技部（內線 3300）申請。
        問：會計代碼是甚麼？答：每張列印或影印都會記錄到部門會計代碼，例如 HK-FIN-200、HK-MKT-310，每月由財務部按代碼分攤費用。
        問：可以用手機列印嗎？答：可以，將附件轉寄至 mobileprint@corp.example.hk，系統會以寄件帳戶認證，再於任何一部 Ricoh 或 Canon 機前釋放。
        問：訪客如何列印？答：前台可發出一次性訪客代碼，有效期 2 小時，最多 20 頁黑白；訪客工作一律計入 HK-GEN-999 公共代碼。
        問：掃描到電郵的寄件人為何顯示 scan-noreply？答：為防冒名，所有事務機統一以 scan-noreply@corp.example.hk 寄出，實際操作記錄於稽核日誌。
        問：忘記釋放碼怎麼辦？答：於自助服務入口按「重設 PIN」，新碼會以短訊傳送至已登記號碼；亦可致電服務台 2418 6600 轉 2。
        問：列印機顯示「SC542」怎麼辦？答：此為定影單元溫度異常，請勿自行開蓋，關機後致電金域文儀維修熱線 2418 6611 報修並提供機身編號。
        問：台北辦公室也適用嗎？答：適用。台北 101 大樓 35 樓辦公室的 Kyocera TASKalfa 機種已於 2026 年 9 月接入同一套安全列印系統，釋放方式相同。
        問：澳門分行收到的傳真會自動列印嗎？答：不會。傳真會轉為 PDF 存入共用資料夾 /fax/inbox/MO，並寄到 mo-fax@corp.example.hk，由授權同事查閱。
        問：可否列印金庸小說作私人閱讀？答：公司設備僅供公務使用；私人列印須使用自費帳戶，每頁黑白 HK$0.5、彩色 HK$2，並須遵守版權條例。
        問：稽核報表包含甚麼？答：報表只列出日期、機號、會計代碼、頁數及費用，例如「2026-11-06 MFP-HK-12F HK-FIN-200 48 頁 HK$9.60」，不公開文件名稱。
    """),
    ("ms", "notis_pencetak_pejabat"): _lines("""
        NOTIS: Mulai 1 Disember 2026, semua pencetak di Aras 8 Menara Delima menggunakan cetakan selamat. Dokumen hanya keluar selepas anda imbas kad pekerja di mesin.
        Kod PIN pelepasan mesti 6 digit dan tidak boleh dikongsi. Kerja cetakan yang tidak dilepaskan dalam 24 jam akan dipadam secara automatik oleh sistem.
        Kod akaun jabatan: KEW-100 (Kewangan), SUM-200 (Sumber Manusia), OPS-300 (Operasi), IT-400 (Teknologi Maklumat). Sila pilih kod yang betul sebelum mencetak.
        Faks masuk kini dihantar terus ke e-mel faks@delimaplantations.com.my dalam format PDF. Mesin faks lama di bilik fail akan ditamatkan perkhidmatan pada 15/12/2026.
        Aduan kerosakan mesin fotostat: hubungi Meja Bantuan IT sambungan 4400 atau WhatsApp perniagaan Syarikat Cetak Maju 012-338 7710 (Isnin-Jumaat, 9 pagi-6 petang).
        Kedai Fotostat Pak Mat di tingkat bawah Kompleks PKNS Shah Alam menawarkan harga korporat RM0.08 sesalinan hitam putih untuk pesanan melebihi 5,000 salinan sebulan.
        Pencetak warna hanya untuk bahan pemasaran dan laporan Lembaga Pengarah. Kos RM0.35 sehelai dicaj ke kod akaun jabatan masing-masing setiap bulan.
        Peringatan PDPA: Jangan tinggalkan dokumen yang mengandungi maklumat peribadi di dulang pencetak. Dokumen yang ditemui akan dimusnahkan oleh pegawai keselamatan.
        Laporan penggunaan Oktober 2026: 48,210 muka surat, 31% warna, 64% dua muka; jabatan tertinggi OPS-300 dengan 14,902 muka surat (RM1,192.16).
        Alamat penghantaran toner: Delima Plantations Berhad, Menara Delima Aras 8, Jalan Ampang, 50450 Kuala Lumpur. No. pendaftaran syarikat 199701012345 (432100-K).
        Pengimbasan ke e-mel: pilih "Scan to Email", masukkan alamat kumpulan jabatan sahaja, contohnya hr-dokumen@delimaplantations.com.my. Saiz maksimum lampiran 10MB.
        Kursus ringkas "Guna Mesin Ricoh IM C4500 Dengan Betul" pada 20 Nov 2026, 3 petang, Bilik Mesyuarat Cempaka. Pendaftaran melalui portal latihan, tempat terhad 25 orang.
        Sejarah ringkas: Chester Carlson mencipta proses xerografi pada 1938 dan mesin Xerox 914 dilancarkan pada 1959; kini mesin pejabat kita mencetak lebih 40,000 muka surat sebulan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] IT Helpdesk: Printer 3F-East jammed again 卡纸了, tray 2 pun dah kosong. Facilities team pls top up A4 80gsm, SKU PP-A4-80 ya 🙏
        [09:15] Admin: 好的 noted, 等下 Kinetic 的 engineer 会过来换 fuser, ticket SR-55812, ETA 11am lah, printer 先别用
        [09:20] Finance Ops: Boleh tak set accounting code FIN-207 as default for our queue? Every month reconcile 好麻烦 sebab semua jatuh ke 9999
        [10:02] IT Helpdesk: Done ✅ FIN-207 now default on FIN-Mono. Secure release PIN policy tukar jadi 6 digits from next Monday, please update in PaperCut portal
        [10:05] Reception: Anyone expecting fax dari DHL Express? 有一份 customs declaration 6 pages, AWB 7781 2240 5563, I put in the Finance tray dulu
        [10:30] Admin: Reminder 提醒大家 PDPA, jangan tinggal 文件 on printer tray. Yesterday found 2 stacks of vendor quotations at L9 pantry printer
        [11:45] Marketing: 彩色 printer out of magenta toner, can order Canon T04 M? Need to print brochures for Singapore Book Fair booth B12 by Thursday
        [12:10] Facilities: Ordered from Kinetic, PO-4500188102, confirmation came from their WhatsApp hotline +65 8822 4100, delivery tomorrow 2-4pm 👍
        [14:03] IT Helpdesk: scan-to-email 的 SMTP password expired, sekarang dah renew. If your scan stuck in outbox, resend dari MFP ya, no need raise ticket
        [14:20] Legal: Can we block USB printing on MFP-L12? 合规 requirement from the group audit, ref AUD-2026-17, need it done by end Nov
        [15:00] IT Helpdesk: Noted, will push config via Fleet Admin tonight 10pm, machines restart ~5 min. 请大家 save your jobs 先, terima kasih
        [16:40] Admin: Fax line 6225 7700 will be down for Singtel maintenance Sat 2am-4am, lepas tu auto-forward ke efax@harbourfrontfreight.com.sg 🙂
        [17:55] Finance Ops: Thanks all 🙏 November invoice INV-SG-2026-118402 dah approve, S$762.36, payment run Friday. 下班了 see you
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2026-11-03 08:14:22 PRN-SG-L12 JobID=48812 Owner=wmtan Doc="Tan Wei Ming - Payslip Oct 2026 (net SGD 6,842.10).pdf" Pages=2 Queue=HR-Secure Status=Held
        Subject: =?UTF-8?B?TWVkaWNhbCBjZXJ0aWZpY2F0ZSAtIE51cnVsIEFpbmEgYmludGkgUm9zbGkgLSBkZW5ndWUgZmV2ZXIgNSBkYXlz?= From: scan-noreply@mfp-l3 To: hr-leave
        FAX COVER | To: Dr Kelvin Ong, Orchard Paediatric Clinic | From: Jasmine Koh (mother) | Re: my son Ethan Koh, 6, asthma attack last night, please call me back at 9123 4578 | Pages: 3
        Secure release: user jlee (Jonathan Lee Kah Wai), PIN 441729, card UID 04:A2:19:7C:3B:51:80, accounting code FIN-207, 3 jobs held on MFP-L9-02
        RX 07/11 21:48 remote +65 9734 2281 (not a company line, the sender's own handphone) pages 3 result OK stored to inbox 02
        Content-Disposition: attachment; filename="=?UTF-8?Q?Divorce_petition_-_Grace_Lim_Hui_Min_v_Lim_Boon_Keat.pdf?="
        scan2folder auth OK: CN=Rajesh Kumar s/o Subramaniam,OU=Payroll,DC=harbour,DC=local dest=//fs01/home/rkumar/garnishee_order_S$2300_monthly.pdf
        @PJL SET JOBNAME="Letter of demand - Marcus Teo Jia Jun - credit card arrears S$18,400 - final notice"
        Accounting code 7731 belongs to Felicia Yeo (Legal); she went 2,114 pages over quota this month, mostly colour prints of her IVF clinic invoices.
        "55190","hchua","Hazel Chua Pei Shan","hazel.chua88@gmail.com","+65 8456 1290","14","S$4.20","2026-11-04 13:02"
        10.20.8.41 - - [04/Nov/2026:15:22:10 +0800] "GET /scan/download?file=Arrest%20report%20-%20Daniel%20Ng%20Jun%20Hao.pdf HTTP/1.1" 200 482113
        OCR text, inbound fax p.2: Patient Chloe Tan Xin Yi, NRIC S8834512F, DOB 14/03/1988, HIV-1 viral load undetectable, next review Jan 2027.
    """),
    "zh-Hans": _lines("""
        2026-11-05 09:02:17 PRT-SH-07 作业号 20931 用户 zhangli 文档《张丽_离婚协议书_终稿.docx》 12页 黑白 状态：已打印，未取件
        Subject: =?UTF-8?B?5omr5o+P5Lu277ya546L5bu65Zu9IOi6q+S7veivgeato+WPjemdog==?=  附件 IMG_0031.pdf OCR：公民身份号码 110105198203154413
        传真封面｜致：刘律师｜发件人：赵桂芳｜电话：139 1024 6687｜事由：我儿子赵小宇 11 月 2 日在朝阳区被刑事拘留，恳请尽快回电商量取保候审
        安全打印释放记录：用户 陈先生（财务部 陈志伟，工号 CW0312）释放码 582903，工卡号 0087345521，作业 3 份共 27 页
        发送方本机号码（TSID）：13817264590，接收时间 2026-11-05 22:41，共 2 页，结果：正常
        Content-Disposition: attachment; filename*=UTF-8''%E6%9D%8E%E6%99%93%E5%A8%9F_%E4%BD%93%E6%A3%80%E6%8A%A5%E5%91%8A_%E4%B9%B3%E8%85%BA%E7%BB%93%E8%8A%82.pdf
        阿明那份欠条复印件别丢在三楼复印机了，他欠老板娘三万八到现在还没还，原件锁在我抽屉里
        作业ID,用户名,姓名,手机,页数,部门 → 10482,liuyang,刘洋,15820193746,36,销售二部
        回传地址：上海市徐汇区宜山路 1288 弄 7 号 602 室 孙美华 收（这是我家地址，别发到公司传真机）
        scan_0001_黄文斌_2026年10月工资条_实发18650元.pdf 已通过扫描到邮件发送至 hwb1988@163.com（个人邮箱）
        X-Scan-Meta: eyJvd25lciI6IuWRqOaZk+eHlSIsInRlbCI6IjE4NjEwNDU3NzMyIn0=
    """),
    "zh-Hant": _lines("""
        傳真至房屋署｜申請人：何詠詩｜香港身份證號碼 Y482317(4)｜住址：將軍澳寶林邨寶儀樓 1512 室｜電話 6123 8876
        掃描寄件主旨：林志明 身分證 A123854605 正反面影本 → 收件 人事室 hr@example.com.tw，附件 2 頁
        澳門傳真封面｜致：仁伯爵綜合醫院 腫瘤科｜病人：梁嘉豪｜澳門居民身份證 5123456(3)｜事由：化療療程改期，請致電家屬 6688 1234
        林太成日用公司影印機印私人嘢，聽講佢欠咗財務公司二十幾萬，上個禮拜仲有人傳真追數信嚟公司
        回覆請直接打我手提 9187 3345，唔好打公司總機，份傳真入面係我自己嘅私人文件
        安全列印工作已保留｜擁有者：chanwaiman（陳偉文）｜釋放碼：730214｜會計代碼：HK-FIN-200｜文件：強積金提取申請_嚴重疾病.pdf
        Subject: =?UTF-8?B?6buD5reR6IqsIOaHt+WtlTEy6YCxIOeUouaqouWgseWRig==?= | From: scan-noreply@corp.example.hk | MFP-HK-12F
        回傳地址：台中市西屯區河南路二段 262 號 8 樓之 3 張雅婷 收，手機 0912-345-678，如無人接聽請傳真至住家 (04) 2452-6631
        hrPrintJobOwner.1.77 = Hex-STRING: E5 90 B3 E5 AE B6 E8 B1 AA｜hrPrintJobName = "個人綜合所得稅結算申報書_2025.pdf"
        陳國強先生上週喺旺角被捕，保釋文件已經傳真咗去律師樓，記得唔好放喺公用影印機出紙盤俾人見到
    """),
    "ms": _lines("""
        Log cetakan 2026-11-06 10:41 pengguna farahw dokumen "Surat cerai - Farah Wahida binti Osman.pdf" 6 muka surat, baris gilir SUM-200
        Subject: =?UTF-8?B?U2FsaW5hbiBJQyBNb2hkIEZhaXphbCBiaW4gSXNtYWls?= lampiran IC_850712-10-5537.pdf dari MFP-KL-L8
        KULIT FAKS | Kepada: Klinik Pakar Kanak-Kanak | Daripada: Puan Rohani binti Abdullah, tel 012-873 4419 | Perkara: keputusan ujian darah anak saya Aiman, talasemia major
        PIN pelepasan cetakan selamat untuk Encik Hafiz (hafiz.k, Operasi) ialah 902117, kod akaun OPS-300, 4 kerja menunggu di mesin Aras 8
        Sila faks semula ke nombor rumah saya 03-6157 2290 selepas jam 6 petang, jangan hantar ke pejabat.
        Kak Lina dari akaun masih berhutang RM4,500 dengan Ah Long, surat tuntutan tu dia fotostat guna mesin pejabat semalam
        ID_Kerja,Pengguna,Nama,Telefon,Halaman: 33107,szainal,Syazwani binti Zainal,019-276 5581,22
        Alamat pemulangan faks: No. 23, Jalan Kenari 5, Taman Bukit Indah, 81200 Johor Bahru, untuk perhatian Tan Mei Ling (alamat rumah)
        Slip gaji Oktober Siti Hajar binti Kamal, gaji bersih RM3,912.40, telah diimbas ke e-mel peribadi sitihajar.k@yahoo.com oleh mesin MFP-KL-L8
    """),
    "mixed": _lines("""
        Eh Jason Lim punya payslip kena print kat public printer lagi, RM7,800 net 大家都看到了 lah, please pick up cepat
        scan-to-email 失败: SMTP 550 5.1.1 recipient rejected <ahmad.zulkifli.87@gmail.com>, 请 check 你的 personal email 地址
        Fax cover 传真封面 | Attn: HR | Re: 员工 Goh Siew Hoon, NRIC S7712345H, MC 3 days 因为 gastric ulcer, original 明天交
        Boss, 阿强 yang kerja night shift tu kena tangkap polis semalam, access card printer dia kena disable dulu
        {"ts":"2026-11-09T10:22:31+08:00","event":"release","user":"lkw","displayName":"Lau Kah Wai 刘家伟","pin":"663104","pages":18}
        Mary 個 medical report 仲喺 fax machine 度，佢 breast cancer 覆診結果，唔好俾其他人睇到 please
        From: =?UTF-8?Q?=E9=BB=84=E5=BF=97=E5=BC=BA?= <wong.chee.keong77@hotmail.com> Subject: 我的 EP renewal documents, FIN G5521804N
        @PJL COMMENT "Saman JPJ kereta WTB 4821 milik Lee Kok Meng, tunggakan RM300, 请 print 两份"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are OfficeDesk, an assistant for the facilities team of a Singapore logistics company. Redact personal data when asked.",
        ),
        (
            "user",
            "Can you tidy this fax transmission report line for our records? 'TX 05/11 14:22 to 6479 3320 (Dr Aaron Sim clinic) re: patient Benjamin Yeo Wen Jie, NRIC S9046173G, pages 4, result OK'",
        ),
        (
            "assistant",
            "Here is a tidied version with the personal details removed: 'TX 05/11 14:22 to 6479 3320 (clinic), re: [patient name removed], [NRIC removed], pages 4, result OK'. Keep the original in the locked HR file if you need it for audit.",
        ),
        ("user", "Thanks. Which fields did you take out exactly?"),
        (
            "assistant",
            "I removed the patient's name and NRIC number. The fax number, time, page count and result are operational data about the transmission and can stay.",
        ),
    ],
    [
        (
            "system",
            "你是华信贸易的打印服务台助手。当前登录用户：周晓燕，工号 HX2087，手机 18610457732，部门 财务部，计费代码 2001。",
        ),
        ("user", "我的打印任务一直在队列里出不来，怎么回事？"),
        (
            "assistant",
            "周女士您好，您的账户下有 2 个作业处于“保留”状态，需要到复合机前刷工卡或输入释放码才会输出，计费代码 2001 已自动带出。",
        ),
        ("user", "释放码我忘了，能帮我重置吗？"),
        (
            "assistant",
            "可以。新的释放码会以短信发到您登记的手机 186****7732，收到后 10 分钟内有效，请勿告诉他人。",
        ),
    ],
    [
        (
            "user",
            "同事話呢個掃描郵件主旨係亂碼，你幫我解一解：Subject: =?UTF-8?B?6YSn5a625piOIOWFpeaBr+itieaYjiBLNjMwOTE1KDEp?=",
        ),
        (
            "assistant",
            "呢個係 MIME Base64 編碼嘅主旨，解碼後係「鄧家明 入息證明 K630915(1)」，即係一份入息證明，仲包括咗香港身份證號碼。",
        ),
        ("user", "咁呢封郵件可唔可以轉寄俾成個部門？"),
        (
            "assistant",
            "唔建議。入面有鄧家明嘅身份證號碼同收入資料，應該只轉寄俾負責處理嘅同事，並刪除共用信箱入面嘅副本。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran pejabat yang membantu menulis dokumen faks dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis kulit faks ke bank. Nama saya Norazlina binti Hassan, IC 790223-08-6142, akaun pinjaman perumahan 1402-8873-1190, saya tertunggak 3 bulan dan nak minta penstrukturan semula.",
        ),
        (
            "assistant",
            "KULIT FAKS | Kepada: Unit Pemulihan Kredit | Daripada: Norazlina binti Hassan (IC 790223-08-6142) | Perkara: Permohonan penstrukturan semula akaun pinjaman perumahan 1402-8873-1190 | Bilangan muka surat: 3 termasuk kulit.",
        ),
        ("user", "Boleh tambah nombor telefon saya 016-552 9034 untuk mereka hubungi?"),
        (
            "assistant",
            "Sudah ditambah: 'Sila hubungi pemohon di 016-552 9034 pada waktu pejabat.' Pastikan anda ambil salinan faks dari dulang mesin sebaik sahaja selesai hantar.",
        ),
    ],
    [
        (
            "user",
            "Aiya my colleague Priya Nair left her pregnancy scan report on the L9 printer again, 20 weeks some more. 怎么 message her nicely without embarrassing her?",
        ),
        (
            "assistant",
            "You could send her a private message instead of posting in the group: 'Hi Priya, I found a document of yours on the L9 printer and kept it in a sealed envelope on my desk. Drop by whenever convenient!'",
        ),
        ("user", "Ok good, 我 also want to tell IT to turn on secure release for that printer."),
        (
            "assistant",
            "Good idea. Ask IT to move the L9 queue to secure release so jobs only print after a card tap; you do not need to mention Priya or her document in the request.",
        ),
    ],
    [
        (
            "system",
            "You help the office manager of a Kuala Lumpur firm analyse print accounting exports.",
        ),
        (
            "user",
            "Here's our PaperCut export: user,full_name,pages,cost / kcheah,Kenneth Cheah Boon Huat,4120,RM329.60 / nadiah,Nadiah binti Yusof,3980,RM318.40 / vraj,Vijay Rajoo,210,RM16.80. Who are the top users?",
        ),
        (
            "assistant",
            "Top users by pages: Kenneth Cheah Boon Huat (4,120 pages, RM329.60), then Nadiah binti Yusof (3,980 pages, RM318.40). Vijay Rajoo printed only 210 pages.",
        ),
        (
            "user",
            "Kenneth says most of his are printouts for his father's dialysis claims. Is that allowed?",
        ),
        (
            "assistant",
            "That is personal use, so under most office policies he should print those on a personal account or reimburse the cost. Handle it with him privately because it concerns his father's health.",
        ),
    ],
    [
        (
            "user",
            "我叫吴海涛，深圳工厂，工号 SZ-1187，手机 13602837415。怎么把我账户的默认计费代码改成 3002？",
        ),
        (
            "assistant",
            "吴先生您好，可以登录打印管理门户，在“我的账户 → 计费代码”中选择 3002 销售二部并保存；如果下拉列表里没有，需要部门主管在后台授权。",
        ),
        ("user", "主管不在，你能直接帮我改吗？"),
        (
            "assistant",
            "我没有修改权限。您可以发邮件到 IT 服务台，写明工号 SZ-1187 和需要的代码 3002，由管理员处理，一般当天生效。",
        ),
    ],
    [
        ("system", "你是協助台灣公司行政人員撰寫公文與傳真的助手。"),
        (
            "user",
            "幫我寫一張傳真封面給大安區戶政事務所，我是王怡君，身分證字號 B220761937，戶籍地址台北市大安區和平東路二段 96 巷 11 號 4 樓，要申請戶籍謄本。",
        ),
        (
            "assistant",
            "傳真封面｜受文者：臺北市大安區戶政事務所｜發文者：王怡君（身分證字號 B220761937）｜主旨：申請戶籍謄本｜戶籍地址：臺北市大安區和平東路二段 96 巷 11 號 4 樓｜頁數：2（含封面）",
        ),
        ("user", "要不要附上聯絡電話？我的手機是 0935-218-467。"),
        (
            "assistant",
            "建議附上，已在封面加入「聯絡電話：0935-218-467」。傳真送出後請記得把原稿從公司傳真機取走。",
        ),
    ],
    [
        (
            "user",
            "Saya terlupa PIN pelepasan cetakan selamat. Nama Muhammad Irfan bin Roslan, no. staf DP-04412, IC 930518-14-6023. Boleh bagi PIN baru?",
        ),
        (
            "assistant",
            "Saya tidak boleh menjana PIN untuk anda. Sila buka portal cetakan, pilih 'Tetapkan Semula PIN', dan PIN baharu akan dihantar ke telefon bimbit berdaftar anda.",
        ),
        ("user", "Telefon lama saya 011-2398 4410 dah hilang, nombor baru 017-640 2285."),
        (
            "assistant",
            "Dalam kes itu, hubungi Meja Bantuan IT sambungan 4400 untuk kemas kini nombor telefon ke 017-640 2285 dahulu; mereka akan sahkan identiti anda menggunakan kad pekerja, bukan nombor IC.",
        ),
    ],
    [
        (
            "system",
            "You help the admin team of a Macau trading company with letters, faxes and printer questions.",
        ),
        (
            "user",
            "幫我寫個 fax cover 俾 Kiang Wu Hospital, re: our staff 區嘉欣 (BIR 1287654(2)) 嘅 sick leave extension, 佢 contact 6623 4571",
        ),
        (
            "assistant",
            "FAX COVER | To: Kiang Wu Hospital, Medical Records | From: Admin Department | Re: Sick leave extension for our employee 區嘉欣 (Macau ID 1287654(2)) | Contact: 6623 4571 | Pages: 2 incl. cover",
        ),
        ("user", "Thanks, also can you put in that she had knee surgery on 28 Oct?"),
        (
            "assistant",
            "Added: 'Ms 區嘉欣 underwent knee surgery on 28 October 2026 and requires a medical certificate covering the extended leave.' Please collect the printed cover from the machine right away.",
        ),
    ],
]
