# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade76: personal data in backup, sync and cloud-storage artefacts. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade76
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rsync and rclone transfer logs"): _lines("""
        2025/03/11 02:14:05 INFO  : photos/2024/12/IMG_4821.HEIC: Copied (new)
        2025/03/11 02:14:09 ERROR : invoices/2024/INV-2024-004417.pdf: Failed to copy: googleapi: Error 403: User rate limit exceeded., userRateLimitExceeded
        Transferred:       12.441 GiB / 12.441 GiB, 100%, 48.213 MiB/s, ETA 0s | Checks: 40211 / 40211, 100% | Elapsed time: 4m21.3s
        sent 1,284,331,902 bytes  received 4,118 bytes  21,405,533.67 bytes/sec | total size is 98,112,440,117  speedup is 76.39
        >f.st...... reports/quarterly/Q3-2024_revenue_by_region.xlsx
        deleting tmp/cache/thumbnails/a8/a8f3e1c2b9d04e17.jpg
        rsync: [sender] send_files failed to open "/srv/share/finance/ledger.db": Permission denied (13)
        2025/02/01 04:00:01 NOTICE: S3 bucket acme-backups path nightly/: Server side copy not supported, falling back to download/upload
        2025/02/01 04:02:13 INFO  : shipping/labels/EP884120773MY-PosLaju.pdf: Copied (new)
        2025/02/01 04:02:15 INFO  : library/ebooks/Lu_Xun_-_Call_to_Arms_(Yang_Xianyi_and_Gladys_Yang_translation).epub: Copied (new)
        2025/02/01 04:02:16 DEBUG : templates/HR/Offer_Letter_[CANDIDATE_NAME]_[START_DATE].docx: Unchanged skipping
        rclone sync gdrive:Marketing s3:acme-marketing --checksum --transfers 8 --log-level INFO --log-file /var/log/rclone/marketing.log
        2025/02/01 04:03:40 INFO  : legal/case-files/CASE-2025-00318/exhibit_index.pdf: Copied (replaced existing)
        2025/01/15 03:22:41 ERROR : Attempt 2/3 failed with 1 errors and: directory not found: /mnt/nas/projects/2019-archive
    """),
    ("en", "S3 object keys and bucket listings"): _lines("""
        2025-01-08 09:12:44    1843220 invoices/2024/11/INV-20241187-0042.pdf
        s3://acme-prod-logs/AWSLogs/123456789012/elasticloadbalancing/ap-southeast-1/2025/03/02/123456789012_elasticloadbalancing_ap-southeast-1_app.web-alb.0f3c_20250302T0005Z_10.0.1.24_5x9k2.log.gz
        s3://imaging-archive/studies/1.2.840.113619.2.55.3.604688119.968.1741012345.221/series-3/IM-0001-0042.dcm
        s3://raffles-institution-archive/yearbooks/1985/scans/page-042.tif
        s3://orders-backup/2025/03/11/order-MY250311-88123049.json
        https://acme-exports.s3.ap-southeast-1.amazonaws.com/reports/2025-02.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250302%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=20250302T010203Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=9c2e7a1f4b8d3e6a0c5f2b9d8e7a6c4b3f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c
        s3://hr-docs/employees/{employee_id}/contracts/{yyyy}/offer.pdf
        s3://library-digitisation/isbn/9789814385282/cover.jpg
        s3://vehicle-catalogue/models/Proton-X70-1.8TGDi/brochure_2025.pdf
        aws s3 cp s3://open-data-sg/2024/resident_population_by_planning_area.csv . --region ap-southeast-1 --no-sign-request
        {"Rules":[{"ID":"expire-nightly","Filter":{"Prefix":"nightly/"},"Status":"Enabled","Expiration":{"Days":35},"NoncurrentVersionExpiration":{"NoncurrentDays":7}}]}
        2025-03-01 00:00:04      48213 tenants/tenant-0042/exports/usage-2025-02.parquet
        x-amz-meta-sha256: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 | x-amz-server-side-encryption: aws:kms
        s3://museum-digital/collections/Zheng_He_voyages/mao_kun_map_sheet_07.tif
    """),
    ("en", "sync conflict files and cloud-drive notices"): _lines("""
        Quarterly Forecast (Finance Team's conflicted copy 2025-03-04).xlsx
        Project Plan (DESKTOP-7K2Q9PL's conflicted copy 2025-02-18).docx
        "Sales Deck Q2 2025" was shared with you by Acme Sdn Bhd Marketing - Viewer access
        OneDrive: You're running out of storage - 4.8 GB of 5 GB used. Files will stop syncing when you reach the limit.
        Your Dropbox link to "Brand Assets 2025" will expire on 31 Mar 2025 at 23:59 SGT.
        Syncthing: Folder "camera-uploads" (k3x9q-7bz2m) is out of sync - 3 items, 41 MiB: file modified during scan
        .~lock.Budget_2025.ods# (left behind after a LibreOffice crash, safe to delete once the file is closed)
        Board minutes 2025-01 (conflict 2025-01-07 16.42.11).md
        Anyone with the link can view: https://drive.google.com/drive/folders/1n7QxKpL2mZ8vR4tYbWc - "Hari Raya open house poster templates"
        The_Adventures_of_Sherlock_Holmes_annotated (conflicted copy 2025-02-02).pdf
        Reminder from IT: please don't upload NRIC or passport scans to the shared drive; use the HR portal, which encrypts them at rest.
        How do I stop OneDrive from creating "-DESKTOP-ABC123" duplicates of every file after I reinstall Windows?
        Dropbox names conflicts as "[original name] ([user]'s conflicted copy [YYYY-MM-DD])" when two people edit offline at the same time.
    """),
    ("zh-Hans", "网盘同步日志与分享链接"): _lines("""
        同步完成：共上传 1,284 个文件，跳过 37 个，失败 2 个（文件名过长）
        链接: https://pan.baidu.com/s/1Xk9aBcD2eFgHiJ 提取码: a8k3 --来自百度网盘超级会员v5的分享 文件：2024年度财务报表_审计版.zip
        坚果云：检测到冲突，已将本地版本保存为“季度销售计划（冲突副本 2025-03-08）.xlsx”
        oss://company-backup/mysql/2025-03-10/db_orders_full.sql.gz 上传成功，ETag: "5d41402abc4b2a76b9719d911017c592"
        电子书备份/鲁迅全集/呐喊.epub 已同步，共 412 KB
        如发现网盘账号被盗，请拨打 12345 政务服务热线，或通过 App 内“帮助与客服”提交工单
        阿里云盘会员订单 2025031122001489 支付成功，金额 ¥198.00，有效期至 2026-03-11
        命名模板：员工档案/{姓名}_{工号}_入职登记表.docx；共享盘禁止保存完整身份证号
        如何关闭百度网盘的“相册自动备份”？每次拍照都在偷跑流量
        rsync -avz --delete /data/www/ backup@10.0.3.12:/backup/www/ 执行完毕，耗时 12 分 41 秒
        顺丰运单 SF1428765390214 的签收回单扫描已归档到 /扫描件/2025/03/
        群晖 Cloud Sync 提示：文件“张江项目进度表.xlsx”在本地和云端同时被修改，已保留两个版本
        NAS 快照策略：每小时保留 24 个，每天保留 30 个，每月保留 12 个，超出自动删除
        oss://ecommerce-cn/static/img/sku/HW-MATE60-PRO-512G-黑.jpg 已刷新 CDN 缓存
    """),
    ("zh-Hant", "雲端硬碟共用與備份通知"): _lines("""
        Google 雲端硬碟：「2025 年度預算」已與您共用（檢視者），分享者：行政部共用信箱
        Dropbox：已建立「產品型錄（DESKTOP-3QF8M2L 的衝突複本 2025-02-11）.pdf」
        iCloud 儲存空間已滿，照片將不再備份；升級至 iCloud+ 200GB 每月 NT$90
        如對政府雲端服務有查詢，請致電 1823 政府熱線
        備份完成：/volume1/共用資料夾/會計/2024 傳票掃描（共 3,412 個檔案，18.6 GB）
        國父紀念館_孫中山手稿數位化_第12冊.tif 已上傳至典藏雲
        電子發票 QK-48201937 的 PDF 已同步至雲端資料夾「報帳/2025-03」
        OneDrive 同步錯誤 0x8004de40：無法連線到雲端，請檢查網路或 Proxy 設定
        請勿將身分證影本放在公用雲端資料夾，請改存於人資系統並設定存取權限
        台北市 1999 市民當家熱線提醒：市府雲端信箱將於 3/15 凌晨 2:00–4:00 進行維護
        NAS 還原工單 #TK-2025-0412：財務部資料夾已還原至 3 月 1 日快照，請各組確認
        紅樓夢人物關係圖_賈寶玉_林黛玉_薛寶釵.png 同步完成
        港鐵車站指示牌設計稿_荃灣綫_v3.2（衝突複本）.ai
    """),
    ("ms", "log sandaran dan notis perkongsian"): _lines("""
        Sandaran harian selesai: 2,481 fail disalin, 0 ralat, tempoh 00:14:22
        Google Drive: "Jadual Bertugas Mac 2025" telah dikongsi dengan anda oleh Pejabat Pentadbiran
        Amaran: storan OneDrive anda hampir penuh (4.7 GB daripada 5 GB). Penyegerakan akan berhenti apabila penuh.
        Fail konflik: Laporan_Kewangan_Q1 (salinan bercanggah PC-PEJABAT-02 2025-03-03).xlsx
        Sila jangan simpan salinan MyKad dalam folder kongsi; muat naik melalui sistem HR sahaja.
        Untuk aduan penipuan dalam talian, hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997
        Nombor pesanan Shopee 250311ABCD1234 - resit telah disandarkan ke folder "Resit 2025"
        Templat nama fail: NAMA_PENUH_NoKP_TARIKH.pdf (contoh: NAMA_PENUH_XXXXXX-XX-XXXX_20250301.pdf)
        Arkib/Sejarah/Ucapan_Tunku_Abdul_Rahman_31_Ogos_1957.mp3 berjaya dimuat naik ke storan awan
        Hospital Sultanah Aminah Johor Bahru: folder "SOP Kawalan Jangkitan 2025" dikongsi dengan semua jabatan
        Nombor kes WA-22NCvC-118-03/2024: indeks dokumen disimpan di s3://arkib-guaman/kes/2024/
        Bagaimana nak hentikan Google Photos daripada menyandarkan tangkapan skrin WhatsApp secara automatik?
        Brosur Perodua Myvi 1.5 AV (D88) edisi 2025 disimpan ke Drive > Pemasaran > Katalog
        GET https://nextcloud.syarikat-abc.my/s/Lp3Vx/download?path=%2FPemasaran&files=Kempen%20Merdeka%202025%20-%20poster.pdf 200
    """),
    ("mixed", "file manifests and checksum lists"): _lines("""
        sha256  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  ./releases/v2.4.1/app-arm64.tar.gz
        d41d8cd98f00b204e9800998ecf8427e  ./文件/2024年报_终版.pdf
        path,size,mtime,etag | reports/2025-02.csv,48213,2025-03-01T00:00:04Z,"a3f1c9e07b2d4e58a61f"
        {"manifest_version":2,"snapshot":"2025-03-10T02:00:00+08:00","files":18233,"bytes":98112440117,"encrypted":true}
        snapshot 4f2a9c1e saved | Files: 1203 new, 88 changed, 40211 unmodified | Added to the repository: 2.114 GiB
        Manifest: /backup/sekolah/SMK_Taman_Desa/jadual_peperiksaan_SPM_2025.pdf 212 KB OK
        978-7-02-000220-7 红楼梦（人民文学出版社）→ /ebooks/classics/hongloumeng.epub
        Duplicati: Backup "Office-Daily" completed - uploaded 312 files (2.31 GB), deleted 4 old versions, 0 warnings
        Veeam job "VM-Backup-KL" finished with warning: VM SRV-FIN-01 snapshot consolidation needed
        manifest.yaml: owner: <REDACTED> | nric: <REDACTED> | file: claims/<CLAIM_ID>.pdf
        .stignore: (?d).DS_Store | *.tmp | node_modules/ | Thumbs.db
        Backup OK: /mnt/nas/共享/Marketing/2025 Chinese New Year 拜年 video v3 FINAL.mp4 (1.2 GB, crc32 8f3a2b1c)
        PROPFIND 207 /remote.php/dav/files/ops/Reports/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A_2024_%E7%BB%88%E7%89%88.pdf
        PUT s3://acme-sg-archive/2025/03/batch_0412.tar 200 OK x-amz-meta-uploader: YmFja3VwLXN2Y0BhY21lLXNnLmludGVybmFs
    """),
    ("en", "backup support tickets and team chat"): _lines("""
        INC0048213: OneDrive stuck on "Processing changes" for the Finance library - resolved by resetting the client (onedrive.exe /reset).
        @channel nightly S3 sync failed again at 02:00, looks like the IAM role lost s3:PutObject on arn:aws:s3:::acme-backups/*
        Linus Torvalds' old joke still applies: "Only wimps use tape backup: real men just upload their important stuff on ftp, and let the rest of the world mirror it."
        Change CHG-2025-0311: move the Veeam repository from NAS-02 to the new S3-compatible tier, maintenance window Sat 23:00-03:00 SGT
        Reminder: the 3-2-1 rule means three copies, two media types, one off-site. Our off-site copy is the Wasabi bucket in ap-southeast-1.
        Postmortem PM-17: rclone --delete-excluded wiped the /archive prefix because the filter file had a stray blank line.
        Anyone know why Google Drive for desktop keeps renaming files to "Copy of Copy of Q1 Plan"?
        Acme IT helpdesk is at ext. 4357 (H-E-L-P) or helpdesk@acme.com.sg for restore requests; please quote the ticket number.
        Restore test for Q1 passed: 50 random files from snapshot 2025-03-01 restored and hash-verified in 7 min 12 s.
        Ticket RQ-48813 closed: requested folder /nas/marketing/2023-campaign restored from the 30 Jan snapshot.
        Why does rsync show "skipping non-regular file" for every symlink in /srv/www?
        Retention policy: personal folders of staff who have left are kept 90 days after the exit date, then purged from all backups.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2025/03/11 02:14:07 INFO  : HR/Onboarding/2024/TAN_WEI_LING_S8834127I_NRIC_front.jpg: Copied (new)
        2025-01-08 09:12:44    1843220 claims-archive/2024/11/MEDICAL_RAJESH_KUMAR_AL_SUBRAMANIAM_dengue_admission.pdf
        Budget 2025 (Melissa D'Cruz's conflicted copy 2025-02-14) - child maintenance after divorce.xlsx
        jasonlim.kh88@gmail.com shared a folder with you: "Bankruptcy petition - Jason Lim Kok Hwa" (Can edit) - Open in Drive
        >f+++++++++ home/pfoo/Documents/payslips/2024-12_FOO_PEI_SHAN_payslip_net_SGD4830.pdf
        PUT s3://tuition-receipts/2025-02/r_0291.pdf 200 OK x-amz-meta-uploader: UHJpeWEgZC9vIFJhbWFzYW15LCBwcml5YS5yYW1hc2FteTkxQHlhaG9vLmNvbQ==
        Sync error: "C:\\Users\\kevin.ong\\OneDrive\\Medical\\Kevin Ong - HIV viral load Mar 2025.pdf" couldn't be uploaded because the path is too long
        Restore request RQ-48812 from Grace Cheng Mei Fong: please bring back /nas/family/adoption/ from the 30 Jan snapshot, it has our son's adoption order and the social worker's home-study report
        restic find card.txt -> /Users/amanda/Desktop/card.txt (snapshot 7c1e9a20), preview: "AMANDA TEO 4539 8703 2423 4788 exp 08/27"
        deleting clients/2023/Hartono, Michael - tax return YA2023 - chargeable income 212k.pdf
        Form3B_attendance (Ms Hui's conflicted copy 2025-03-05).xlsx, row 14: Nathaniel Seah Jun Kai, absent 12 days, referred to counsellor after self-harm disclosure
        rclone check: 1 differences found | ERROR : expenses/2025-01/Corporate card statement - Derek Yeo - 5424 1865 9096 2134.pdf: sizes differ
    """),
    "zh-Hans": _lines("""
        2025/04/02 03:01:55 INFO  : 员工档案/入职材料/张晓梅_身份证_110105199211075621.jpg: Copied (new)
        链接: https://pan.baidu.com/s/1qR7tYvB3nKm8 提取码: 7h2k --来自百度网盘超级会员v4的分享 文件：王建国_体检报告_乙肝大三阳_2024.pdf
        坚果云提示：房租收据（陈丽娟 的冲突副本 2025-03-08）.docx 已生成；文档内容：租客陈丽娟，手机159-1034-7782，押金3000元已退
        Copied (new): WeChat Files/wxid_k7p2m9xq4r22/FileStorage/File/2025-02/黄志强_离婚协议书_子女抚养权归女方.docx
        sending incremental file list | 客户资料/贷款审批/440305198804122318_身份证正反面.pdf | sent 2,184,330 bytes  received 35 bytes
        阿里云盘同步完成：户口本首页_赵磊_上海市浦东新区张杨路1288弄5号602室.jpg（1.8 MB）
        微云分享 | 分享者 QQ：2873401956 | 文件：孙悦_抑郁症诊断证明_市精神卫生中心_2025.pdf | 有效期 7 天
        PutObject oss://crm-attachments/leads/2025/03/lead_88231.json 200 x-oss-meta-contact: 5p6X5paH5piOLDEzODI2NTE0MDk3
        Syncthing 冲突：家庭开支.sync-conflict-20250307-221403-7QKXY2M.xlsx，备注栏写着“老公何志明的信用卡 6259 0424 6445 3163 还欠 4.2 万”
        考研报名/2025/确认材料/陈浩然_330106200103150279_学信网学籍验证报告.pdf 已上传
        rsync 日志：>f+++++++++ 车辆/粤B7K29Q_行驶证_车主邓丽华_13912073568.jpg
    """),
    "zh-Hant": _lines("""
        Dropbox：強積金結算（陳嘉欣 的衝突複本 2025-02-03）.pdf 已建立；表格第一頁：陳嘉欣，HKID Y602148(2)，僱主供款 HK$1,500
        林志豪（0932-518-447）與您共用了「林志豪_勞保傷病給付_腰椎手術診斷書.pdf」，在 Google 雲端硬碟中開啟
        2025/01/19 23:45:10 NOTICE: 客戶掃描/保單/黃俊傑_A125830470_身分證正面.jpg: Duplicate object found in source - ignoring
        /volume1/homes/tsang.kaming/地址證明/曾嘉明_九龍城太子道西193號5樓A室_水費單_2025年1月.pdf
        OneDrive 同步失敗：D:\\OneDrive\\家庭\\王淑芬_F226915380_戶籍謄本.pdf 因檔名包含不支援的字元而無法上傳
        iCloud 共享相簿「Kelvin & Ada 婚禮 2025.4.12」邀請來自 kelvin.cheuk.hk@icloud.com，聯絡電話 6187 0342
        s3://hk-clinic-backup/2025/02/patients/P7740313/胃鏡報告_早期胃癌.pdf
        備份日誌：LINE 聊天備份 chat_with_阿哲.txt 已上傳至 Google 雲端硬碟（對方 LINE ID：ahjhe_0915，內容含他欠我的 8 萬借據）
        deleting 學生資料/2B/李卓嵐_SEN_讀寫障礙評估報告_2024.pdf
        rclone copy 完成：報稅/2024/吳宗翰_E103748262_綜所稅申報_應補稅額NT$48,200.pdf
    """),
    "ms": _lines("""
        2025/02/20 01:03:17 INFO  : Pekerja/Dokumen/MUHAMMAD_HAFIZ_BIN_ROSLAN_880415-14-5237_IC.pdf: Copied (new)
        s3://klinik-gigi-backup/pesakit/2024/SITI_AMINAH_BINTI_OTHMAN_930722106148/xray_rawatan_akar.jpg
        Anda boleh buka folder ini: https://drive.google.com/drive/folders/1Ab9XyZkLq - "Permohonan PTPTN - Arun a/l Selvam - slip gaji ibu bapa RM2,100"
        Manifest sandaran telefon | WhatsApp/Media/WhatsApp Documents/Surat_tunjuk_sebab_Faridah_bt_Hassan_lewat_kerja_kali_ke-5.pdf | 412 KB
        OneDrive: "No akaun Maybank Aiman - 1640 2251 8843.txt" telah dikongsi dengan 3 orang
        >f+++++++++ dokumen/sewa/perjanjian_sewa_Tan_Ah_Kow_No_12_Jalan_SS2-24_Petaling_Jaya.pdf
        Sandaran Telegram selesai: @kamal_rider93 (Kamal bin Yusof) - 1,204 mesej, termasuk gambar lesen memandu dan nombor plat WXY 4821
        Tiket sokongan #SB-20931: Encik Ravichandran a/l Muthu (012-384 7716) minta pulihkan folder "Rawatan Kemoterapi" yang terpadam dari OneDrive
        Log ralat sandaran: gagal menyalin "kad_kredit_Azlina_Ismail.txt" (4364 7544 7888 4228, tamat 11/28) - fail dikunci oleh proses lain
        GET https://nextcloud.syarikat-abc.my/s/Qw8rTz/download?path=%2FHR&files=Slip%20gaji%20Nur%20Syafiqah%20binti%20Zainal%20-%20Mac%202025.pdf 200
    """),
    "mixed": _lines("""
        PROPFIND 207 /remote.php/dav/files/ops/Scans/%E6%9D%8E%E5%BB%BA%E5%9B%BD_%E6%8A%A4%E7%85%A7_E38291746.pdf
        rclone ls gdrive:Clients | 82193 Tan Mei Ling 陈美玲 - CPF statement 2024 - S9271063G.pdf
        {"path":"backup/whatsapp/msgstore.db.crypt14","device":"Galaxy S23 (Farah punya)","owner":"Farah Adibah binti Mokhtar","owner_phone":"+60 17-239 4468"}
        Synology Hyper Backup 任务 "maid-docs" 完成: Work_Permit_SANTOS_MARIA_LUZ_G5530218P.jpg, IPA_letter.pdf 已备份
        s3://travel-agency-docs/2025/visa/CHEUNG_WING_SZE_回鄉證_H10382745.pdf - uploaded by counter-3
        audit: object tenants/sg/lease-0188.pdf x-amz-meta-signer=SG8gU2lldyBLdWFufFQxMTg3MzQwQXwrNjUgODM0NiAyMTk1
        Dropbox shared link log: /s/h7x2k/%E6%9B%BE%E5%98%89%E6%98%8E_%E5%BC%B7%E7%A9%8D%E9%87%91_K381925%286%29.pdf?dl=1 downloaded 3 times
        Veeam restore: D:/Restore/HR/staff/F2718604K_Rahul_Sharma_EP_renewal_rejected.pdf restored from restore point 2025-03-09 22:00
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for home IT and backup questions."),
        (
            "user",
            "my rclone copy keeps failing on one file, log says: 2025/03/02 01:12:44 ERROR : Family/Mei/Medical/Lim_Mei_Xuan_thalassaemia_transfusion_schedule_2025.pdf: Failed to copy: file name too long",
        ),
        (
            "assistant",
            "The name is probably being lengthened by a crypt remote. You can shorten the file name, or set the crypt remote's filename_encoding to base32768, which produces much shorter encrypted names.",
        ),
        (
            "user",
            "ok will rename it. it's my daughter's schedule, she goes to KK hospital for a transfusion every 3 weeks so I really can't lose that file",
        ),
    ],
    [
        ("user", "百度网盘里误删了一个文件夹，回收站里也找不到，还能恢复吗？"),
        (
            "assistant",
            "普通用户回收站保留 10 天，会员更久。超过期限的话可以试试 App 里的“文件恢复”功能，或者看看有没有在其他设备开启过自动备份。",
        ),
        (
            "user",
            "文件夹叫“妈妈住院材料”，里面有我妈周桂兰的身份证扫描件，号码 310115197609234187，还有她在中山医院化疗第三期的出院小结，都很重要",
        ),
    ],
    [
        ("user", "Dropbox 成日出現「衝突複本」，點樣先可以避免？"),
        (
            "assistant",
            "衝突複本通常係兩部機同時修改同一個檔案而產生。可以叫同事用完即刻關檔、開啟檔案鎖定功能，或者改用網上版直接協作。",
        ),
        (
            "user",
            "例如呢個：「強積金轉移表格（Joyce 的衝突複本 2025-02-03）.pdf」，入面有我同事黃嘉敏（Joyce）嘅 HKID XA190263(3) 同埋銀行戶口號碼，咁樣放喺共用資料夾會唔會有問題？",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak kongsi folder Google Drive dengan guru kelas sahaja, bukan semua orang yang ada pautan?",
        ),
        (
            "assistant",
            "Klik Kongsi, tukar akses umum kepada 'Terhad', kemudian masukkan e-mel guru tersebut sahaja dan pilih peranan Pelihat.",
        ),
        (
            "user",
            "Terima kasih. Folder tu ada laporan psikologi anak saya, Muhammad Irfan bin Azlan, Tahun 5 di SK Taman Melawati. Dia disahkan ADHD bulan lepas, jadi saya tak nak orang lain nampak.",
        ),
    ],
    [
        (
            "user",
            "I'm designing S3 keys for a property management app. Is tenants/{unit}/{nric}/lease.pdf a reasonable layout?",
        ),
        (
            "assistant",
            "I'd avoid putting NRIC numbers in object keys: keys show up in access logs, inventory reports and error messages. Use an internal tenant ID instead and keep the NRIC in an encrypted database column.",
        ),
        (
            "user",
            "Makes sense. Prod already has keys like tenants/blk-218-jurong-west-st-21-04-1132/T0412589J/lease.pdf for Mr Ganesh Pillai, who's three months behind on rent. Do I have to migrate those?",
        ),
        (
            "assistant",
            "Yes, plan a migration: copy each object to an ID-based key, update the references, then delete the old keys and purge old versions.",
        ),
    ],
    [
        (
            "system",
            "You are the support assistant for CloudVault backup service. Verify the customer's identity before any account change.",
        ),
        ("user", "hi cannot login to my cloudvault, the account is under aaron.wee.jh@gmail.com"),
        (
            "assistant",
            "Sorry to hear that. For verification, please tell me the full name and the mobile number registered on the account.",
        ),
        ("user", "Aaron Wee Jun Hao, +65 9681 0372. pls reset my 2FA, i changed phone last week"),
    ],
    [
        (
            "user",
            "We use Syncthing between the HR laptops. Can I exclude one subfolder from syncing to a particular device?",
        ),
        (
            "assistant",
            "Yes. Add the subfolder path to the .stignore file on that device, or share the subfolder as a separate Syncthing folder only with the devices that need it.",
        ),
        (
            "user",
            "Great. The subfolder is 'Sick leave/Hamidah binti Sulaiman'. She's on long medical leave for breast cancer treatment and only I should have her files.",
        ),
    ],
    [
        ("user", "群晖 NAS 的 Hyper Backup 报错“目标空间不足”，怎么清理旧版本？"),
        (
            "assistant",
            "在 Hyper Backup 里选中任务，打开版本列表，可以手动删除旧版本；也可以在设置里开启“启用备份轮换”，限制保留的版本数。",
        ),
        (
            "user",
            "好的。另外我把表弟何俊杰的高考成绩单和准考证都放在 /volume1/family/何俊杰/ 里了，他今年考了 612 分，报了华南理工，这个目录要不要单独建一个备份任务？",
        ),
    ],
    [
        ("user", "Google 相簿備份一直卡在 99%，該怎麼辦？"),
        (
            "assistant",
            "可以先確認手機有連上 Wi-Fi、關閉省電模式，再清除 Google 相簿的快取後重新開啟備份。",
        ),
        (
            "user",
            "那是我媽的手機，帳號綁的門號是 0978 226 105，她叫蔡秀琴，裡面有她每週三次洗腎的紀錄照片，拜託不能掉",
        ),
    ],
    [
        ("user", "Saya nak buat sandaran iCloud ke cakera luar, boleh ke?"),
        (
            "assistant",
            "Boleh. Pasang iCloud untuk Windows, aktifkan Foto dan iCloud Drive, kemudian salin folder tersebut ke cakera luar.",
        ),
        (
            "user",
            "Okay. Lepas tu saya nak hantar gambar geran rumah kepada peguam. Rumah tu No. 27, Jalan Mawar 3/2, Taman Sri Gombak, 68100 Batu Caves, atas nama suami saya Zulkifli bin Hamzah.",
        ),
    ],
]
