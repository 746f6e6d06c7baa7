# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade137: personal data in library, archive and museum catalogue artefacts (MARC records, borrower circulation logs, donor accession registers, oral-history transcripts, digitisation metadata). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "marc_bibliographic_records"): _lines("""
        =100  1#$aLu, Xun,$d1881-1936,$eauthor. =245  10$aCall to arms /$cLu Xun ; translated by Yang Xianyi and Gladys Yang.
        =260  ##$aSingapore :$bLandmark Books,$c1998. =300  ##$a312 p. :$bill. ;$c23 cm. =020  ##$a9813002182 (pbk.) =082  04$a959.57$222
        =110  2#$aNational Library Board (Singapore),$eissuing body. =245  10$aRaffles' letters from Bencoolen :$ba finding aid /$ccompiled by the Rare Materials Unit.
        =600  10$aRaffles, Thomas Stamford,$cSir,$d1781-1826$vCorrespondence. =651  #0$aSingapore$xHistory$y19th century. =852  ##$aNLB$bRCLOS$hRSING 959.5703 RAF
        =100  1#$aZhang, Ailing,$d1920-1995,$eauthor. =240  10$aQing cheng zhi lian.$lEnglish =245  10$aLove in a fallen city /$cEileen Chang.
        =245  00$a马来亚华人史料汇编 /$c南洋学会编. =264  #1$a新加坡 :$b南洋学会,$c1972. =336  ##$atext$btxt$2rdacontent =338  ##$avolume$bnc$2rdacarrier
        =100  0#$aUsman Awang,$d1929-2001,$eauthor. =245  10$aGelombang /$cUsman Awang. =260  ##$aKuala Lumpur :$bDewan Bahasa dan Pustaka,$c1961.
        =856  40$uhttps://eresources.nlb.gov.sg/printheritage/detail/0a7f3c2e-91b4-4d2a-8f10-5e6b9c3d2a71.aspx$zView digitised copy (open access)
        =035  ##$a(OCoLC)1048273650 =040  ##$aSGNLB$beng$erda$cSGNLB =042  ##$apcc =090  ##$aDS598.S7$bL44 2019 =049  ##$aNLBR
        LDR 01542cam a2200397 i 4500 | 001 990012345670205091 | 005 20250314093512.0 | 008 190514s2019    si a     b    001 0 eng d
        =541  1#$cGift;$aLee Foundation,$dNovember 2019;$eAcc. No. 2019.0457. =500  ##$aBookplate of the Straits Chinese Library on front pastedown.
        =561  ##$aFormerly in the library of Song Ong Siang (1871-1941); acquired by Raffles Library in 1946. =655  #7$aBookplates.$2rbprov
        =700  0#$aTunku Abdul Rahman Putra Al-Haj,$d1903-1990,$ewriter of foreword. =245  14$aThe road to Merdeka :$bspeeches, 1955-1957.
    """),
    ("en", "circulation_system_logs"): _lines("""
        2026-03-02T09:14:07+08:00 INFO sip2.checkin item=39001204587713 location=TPY-RETURN-CHUTE-02 status=OK hold_trap=false latency_ms=182
        2026-03-02T09:14:09+08:00 WARN rfid.gate gate_id=JRL-G3 alarm=TRUE tag_afi=0x07 item=39001188842210 reason=security_bit_not_cleared
        [koha-cron] 2026-03-02 02:00:01 overdue_notices.pl --library=CENTRAL --triggered --itemscontent=title,barcode,date_due finished: 1,284 notices queued, 0 errors
        2026-03-02 10:22:45 UTC+8 sorter AMH-01 bin=07 (Holds) item=39001277310045 route_rule=HOLDSHELF_TPY v=4.2.1 duration=0.84s
        ERROR 2026-03-02T11:03:58Z alma.api GET /almaws/v1/items/23145678900005091 HTTP 429 rate_limit_remaining=0 retry_after=60 request_id=7c1e9a04-55d2
        2026-03-02T12:40:10+08:00 INFO selfcheck kiosk=BPL-SCK-05 event=session_timeout items_in_session=3 receipt=printed paper_level=low firmware=SC7-2.18
        2026-03-02 13:05:32 DEBUG ill.request id=ILL-2026-00873 lender=NUS Libraries (SGNUS) item='Straits Settlements blue book, 1867' status=SHIPPED courier_ref=SPX771204385SG
        batch_renewal job_id=RNW-20260302-01 scope=loan_type:STAFF_RESERVE total=412 renewed=398 blocked=14 (max_renewals_reached) finished_at=2026-03-02T14:00:19+08:00
        2026-03-02T15:21:44+08:00 INFO z3950 target=lib.ncl.edu.tw:210/TOP query='@attr 1=7 9789573331247' hits=1 record_syntax=USMARC elapsed=0.63s
        2026-03-02T16:02:13+08:00 NOTICE holds.expire expired=57 branch=AMK returned_to_shelf=57 next_run=2026-03-03T16:00:00+08:00 config=holds.yml@a3f9e21
        2026-03-02 17:45:00 INFO fines.waive policy=FLOOD_CLOSURE_2026 branch=Bukit Panjang items_affected=219 amount_waived=SGD 1,087.50 approved_by_role=BRANCH_MANAGER
        circ_stats daily branch=HKCL date=2026-03-02 checkouts=8,941 checkins=9,302 holds_placed=1,177 e-loans(HyRead)=2,066 peak_hour=15:00-16:00
        2026-03-02T18:30:02+08:00 WARN inventory.shelfread wand=HH-07 shelf=NF-895.13-LU expected=42 found=40 missing_barcodes=[39001102233441,39001102233458]
    """),
    ("zh-Hans", "数字化元数据"): _lines("""
        dc:title=申报（上海版）1935年6月12日；dc:publisher=申报馆；dc:format=image/tiff；分辨率=400dpi；色彩=24位RGB；扫描仪=Zeutschel OS 12000
        文件名：SHL_GJ_000781_0023.tif｜大小 186.4 MB｜SHA-256 9f2c4e7a1b0d3c58e6a4f1b27c90d3e5a8b6c2f1e0d4a7b9c3e5f6a2d1b0c9e8｜校验通过
        IIIF manifest：https://iiif.example-library.cn/manifest/gj-1935-0612.json；canvas 共 16 幅；viewingDirection=right-to-left；许可 CC BY-NC 4.0
        dc:creator=鲁迅；dc:title=《呐喊》初版本；dc:date=1923-08；dc:source=北京新潮社；馆藏号 善本-鲁-0012；数字化批次 2025-B07
        OCR 引擎：PaddleOCR 2.7.3，竖排繁体模型；字符准确率 96.8%；人工校对 2 轮；异体字对照表版本 v1.4；输出 ALTO XML 与 TXT
        元数据映射：MARC 245$a → dc:title；100$a → dc:creator；260$c → dc:date；856$u → dc:identifier（URI）；映射规则文档 MAP-DC-2024.xlsx
        拍摄参数：Phase One iXH 150MP，镜头 120mm，光圈 f/8，ISO 50，色卡 X-Rite ColorChecker SG，色差 ΔE00 平均 1.9，最大 3.8
        存储策略：原始母版 TIFF 存入离线 LTO-9 磁带 ×2 份（北京、成都异地），访问版 JPEG2000 有损压缩 20:1，上线于国家数字图书馆平台
        dc:rights=本影像由中国国家图书馆（北京市海淀区中关村南大街33号）制作，仅供研究使用；商业授权请联系数字资源部 szzy@nlc.example.cn
        批次报告 2025-B07：完成古籍 312 册 / 41,806 拍，返工率 2.3%，因装订过紧加拍 184 幅；下一批次开工日期 2025-11-03
        <mets:div TYPE='chapter' LABEL='卷三 艺文志' ORDER='3'><mets:fptr FILEID='IMG_0456'/></mets:div> 共 48 页，起止 0456-0503
        EXIF 清理规则：导出访问版时移除 GPS、SerialNumber、OwnerName 字段，保留 Copyright='上海图书馆' 与 ImageDescription='馆藏民国报刊'
        dc:subject=侨批；dc:coverage=广东汕头 / 新加坡，1930—1949；来源：汕头侨批文物馆寄存；数字化编号 QP-ST-2025-0147 至 0219
    """),
    ("zh-Hans", "馆员工作群消息"): _lines("""
        【流通部】今天下午3点到5点自助借还机升级到 v3.6.2，期间请引导读者到人工服务台，二楼东区自助机同步暂停，辛苦大家。
        【古籍部】善本库恒温恒湿报警已消除，温度 20.1℃、湿度 52%，记录已上传到 OA 工单 GJ-20260307-04，请周一复核。
        【系统组】Aleph 到 Alma 迁移第二轮测试数据已导入，书目记录 1,284,331 条，单册 2,076,415 条，差异清单放在共享盘 /迁移/差异_0307.xlsx
        【采编部】新书到馆 46 箱，供应商是中国图书进出口（集团）有限公司，发票号 No. 31007625，上架前请先贴 RFID 标签。
        【阅读推广】周六的金庸武侠小说展讲座改到报告厅 B，主讲嘉宾由浙江大学出版社联系落实，海报明天上午十点前定稿，报名链接今晚在公众号发布。
        【数字化】本周扫描进度：地方志 87 册完成，剩 14 册；3 号扫描仪镜头有灰尘，厂家客服热线 400-820-6618 已受理，工单号 ZT2603071123。
        【典藏部】三楼 I247 区（中国现代小说）超架，下周一闭架整理，请把剔旧书车推到 B1 周转库，别堵消防通道，谢谢配合。
        【办公室】提醒：3月15日消防演练，9:30 鸣笛，全体馆员按楼层疏散到北广场，各部门负责人清点人数后报总值班室（分机 8001）。
        【流通部】逾期通知短信模板改好了：“尊敬的{读者姓名}，您借阅的《{题名}》已逾期，请尽快归还，详询 021-64455555。”请系统组帮忙上线。
        【采编部】CALIS 联合目录下载的 MARC 有 17 条 200 字段缺 $f，我已按《中国文献编目规则》补全，批次号 CAL-0307，请抽检。
        【系统组】今晚 23:00—次日 1:00 维护读者认证接口，微信公众号“上海图书馆”借阅证绑定功能暂停，公告已推送，前台请做好解释。
        【展览部】“丝路遗珍”展借展文物 32 件已点交完毕，保险单号 PICC-2026-SH-004517，撤展日期 6 月 30 日，运输由嘉里大通物流承运。
        【古籍部】修复组本月完成《永乐大典》影印本配补 3 册，用纸为泾县宣纸（红星牌），浆糊按 1:8 比例调制，照片已存档。
    """),
    ("zh-Hant", "捐贈入藏登記"): _lines("""
        入藏編號 HKM 2025.0113｜來源：香港上海滙豐銀行有限公司捐贈｜名稱：1865年滙豐開業股票樣張｜狀況：輕微褪色，需除酸處理
        登錄號 NPM-D-2024-0871｜捐贈者：財團法人洪建全教育文化基金會｜內容：《書評書目》雜誌全套 1972—1981，共 100 期
        入藏號 MO-AH-2025-0042｜澳門歷史檔案館｜來源：澳門商務印書館移交｜1930年代門市帳簿 6 冊，擬數碼化後開放閱覽
        受贈紀錄：錢穆先生（1895—1990）手稿《師友雜憶》部分草稿 23 頁，由素書樓文教基金會轉贈，入藏號 SSL-2023-007
        寄存協議編號 DEP-2025-019｜寄存單位：東華三院文物館｜期限：五年｜條件：恒溫 18–22℃、相對濕度 45–55%｜保險價值 HK$2,400,000
        入藏編號 HKHM 2024.0568｜名稱：九龍巴士 AEC Regent III 車票打孔機｜年代：約 1950｜來源：九龍巴士（一九三三）有限公司捐贈
        入藏登記表欄位：入藏編號｜名稱｜數量｜尺寸（cm）｜材質｜年代｜來源方式（購藏/捐贈/移交/寄存）｜經手部門｜登錄日期｜存放位置（庫房/架號）
        編號 TFAI-F-2025-033｜國家電影及視聽文化中心接收中影公司 35mm 拷貝 12 本，片名《兒子的大玩偶》（1983），需清洗修復
        入藏編號 2025.0219.1-12｜張大千（1899—1983）信札十二通｜購藏自佳士得香港 2024 秋拍，成交價 HK$1,890,000（含佣金）
        登錄號 NTL-RB-2025-114｜國家圖書館（臺北市中正區中山南路20號）｜來源：臺灣商務印書館移交｜民國 37 年版《辭源》校樣 4 冊
        入藏編號 HKU-SC-2025-066｜香港大學圖書館特藏部｜來源：太古集團檔案部捐贈｜1900—1941 年船期表及貨運提單 1 箱
        狀況報告：紙本泛黃、右下角蟲蛀 3 處、裝訂線鬆脫；建議處理：除塵、溶劑型除酸、日本楮紙補洞；修復預算 NT$18,500
        入藏編號 HKMoA 2025.0031｜吳冠中《雙燕》（1981）｜水墨設色紙本｜64 × 84 cm｜來源：藝術家家屬基金會捐贈｜展覽編號 EX-2025-12
    """),
    ("zh-Hant", "借閱常見問題"): _lines("""
        問：逾期歸還要罰款嗎？答：香港公共圖書館成人讀者每項逾期每天罰款 HK$1.5，上限 HK$130；兒童讀者每天 HK$0.5。
        問：可以用八達通繳付罰款嗎？答：可以，各分館自助付款機及服務櫃枱均接受八達通、現金及轉數快（FPS），亦可使用支付寶香港或 PayMe 付款。
        問：如何查詢預約圖書是否到館？答：請登入「我的圖書證」或致電圖書館查詢熱線 2921 0222（星期一至日 9:00–21:00）。
        問：澳門中央圖書館地址？答：澳門塔石廣場 89 號，開放時間 8:00–20:00，電話 (853) 2856 7576，電郵 info@library.gov.mo。
        問：臺北市立圖書館總館幾點開？答：週二至週六 8:30–21:00，週日、週一 9:00–17:00；地址：臺北市大安區建國南路二段125號。
        問：電子書一次可以借幾本？答：HyRead 電子書每證同時可借 5 本，借期 14 天，到期自動歸還，不會產生逾期罰款。
        問：遺失館藏怎麼辦？答：請於 30 日內至任一分館辦理賠償，可購買相同版本新書或按定價 1.5 倍賠款，另收處理費 NT$50。
        問：借閱證號碼是幾碼？答：本館借閱證為 12 碼數字，印於證背條碼下方，例如 0000 0000 0000 僅為示意；請勿向他人透露完整卡號。
        問：可以代家人還書嗎？答：可以，還書無需出示借書證；但代借須持家人借書證及授權書，並遵守每證 8 本上限，外借時限與一般借閱相同。
        問：圖書館有沒有 WhatsApp 客服？答：有，請傳訊至 WhatsApp 5500 3388（僅文字查詢，辦公時間內回覆），切勿傳送身分證影像。
        問：館藏古籍可以影印嗎？答：善本不提供影印，可申請數位影像，每頁 NT$10；申請表下載：https://www.ncl.edu.tw/forms/rb-copy.pdf
        問：還書箱幾點清理？答：24 小時還書箱於每日 9:00 及 17:00 清點，清點前投入的書以當日為歸還日期，之後投入者以翌日計算。
        問：香港中央圖書館在哪？答：銅鑼灣高士威道 66 號，港鐵天后站 B 出口步行約 5 分鐘，無障礙入口在興發街一側，設有升降機直達各層。
    """),
    ("ms", "notis_perpustakaan"): _lines("""
        Makluman: Perpustakaan Negara Malaysia, 232 Jalan Tun Razak, 50572 Kuala Lumpur ditutup pada 31 Ogos sempena Hari Kebangsaan. Peti pemulangan buku dibuka 24 jam.
        Denda lewat pulang: RM0.20 sehari bagi setiap naskhah, maksimum RM10.00. Bayaran boleh dibuat melalui FPX, DuitNow QR atau di kaunter sirkulasi.
        Pertanyaan keahlian: hubungi talian 03-2687 1700 atau e-mel ahli@pnm.example.my (Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang).
        Pameran 'Warkah Melayu Lama' di Galeri Manuskrip Melayu, Aras 3: memaparkan surat-surat Sultan Abu Bakar Johor (1833-1895) daripada koleksi arkib.
        Program Bercerita Kanak-Kanak setiap Sabtu 10.00 pagi di Perpustakaan Raja Tun Uda, Persiaran Perbandaran, Seksyen 13, Shah Alam. Penyertaan percuma.
        Notis penyelenggaraan: Sistem katalog dalam talian (OPAC) tidak dapat diakses pada 14 Mac, 11.00 malam hingga 2.00 pagi untuk naik taraf ke versi 5.2.
        Sumbangan buku diterima di Kaunter Perolehan, Aras 1. Buku mesti terbitan selepas 2010 dan dalam keadaan baik; buku teks sekolah tidak diterima.
        Koleksi baharu: karya Sasterawan Negara A. Samad Said, termasuk 'Salina' edisi DBP 2013, kini boleh dipinjam di rak 899.233 SAM.
        Perhatian: Had pinjaman ahli dewasa ialah 6 naskhah selama 21 hari, boleh diperbaharui 2 kali melalui aplikasi MyLibrary atau portal u-Pustaka.
        Bengkel Pemuliharaan Kertas anjuran Arkib Negara Malaysia, Jalan Tuanku Abdul Halim, 50480 Kuala Lumpur; yuran RM50, tempat terhad 30 orang.
        Wifi percuma: SSID PNM_Public, kata laluan ditukar setiap Isnin dan dipaparkan di kaunter maklumat; sesi terhad 2 jam bagi setiap peranti.
        Bilik perbincangan boleh ditempah di https://tempahan.pnm.example.my maksimum 3 jam sehari; tunjukkan nombor tempahan (contoh BK-2026-000412) di kaunter.
        Perpustakaan Awam Pulau Pinang ditutup sementara untuk kerja pengubahsuaian bumbung dari 1 hingga 30 April; pemulangan boleh dibuat di cawangan Jalan Scotland.
    """),
    ("mixed", "oral_history_catalogue"): _lines("""
        Accession No. 000012/08 | Interviewee: Goh Keng Swee (吴庆瑞) | Project: Political History of Singapore | Reels 1-8 | Language: English | Access: Open
        Acc. 002531 | Tajuk: Sejarah Filem Melayu di Jalan Ampas | Tokoh dirujuk: P. Ramlee (1929-1973) | Bahasa: Melayu, 粤语 | 6 reel | Status: didigitalkan
        口述歷史計劃編號 HKMH-OH-2019-03｜主題：啟德機場關閉前後｜協作機構：國泰航空公司檔案部｜時長 02:14:37｜語言：粵語、English
        Transcript conventions 转写规范: [inaudible 00:12:04], [crosstalk], [laughs 笑], 方言词以【】标注, private interviewees replaced by role codes e.g. INT-A
        Tema: Memori Stesen Keretapi Tanjong Pagar 丹戎巴葛火车站, 1932-2011 | Koleksi: Keretapi Tanah Melayu Berhad (KTMB) | Format: WAV 96kHz/24-bit
        Siri Ucapan Tunku Abdul Rahman 1957 | 东姑阿都拉曼独立宣言录音 | Arkib Negara Malaysia ref. AV/1957/031 | 数字化 2024 | Akses: Terbuka
        File naming: OH_SG_000845_R03_20251104.wav → project OH, country SG, accession 000845, reel 03, digitised 2025-11-04; MD5 sidecar .md5 required
        Catalogue 摘要 Summary: 讲述 Lee Kuan Yew 1965年8月9日记者会 (public event, televised); segment 00:31:10-00:38:45; cross-ref NAS film 1997000711
        Kod akses: A = terbuka, B = perlu kebenaran, C = tertutup hingga 2045 | 访问级别 B 需填写 Form OH-02 并经 Archivist 审批
        Subject headings 主题词: Hawkers -- Singapore -- History; 小贩 -- 新加坡 -- 历史; Penjaja -- Singapura -- Sejarah | Geographic: Chinatown 牛车水
        Equipment log: Sony PCM-D100 unit 3 | Rode NTG3 | 采样率 48kHz/24bit | Lokasi: Bilik Rakaman 2, Arkib Negara Malaysia, Jalan Tuanku Abdul Halim
        Release form template 授权书模板 v2.1: fields = Interviewee Name, Signature, Date, Restriction Period (0/10/25 years); kosongkan sebelum cetak
        口述史 OH-MO-2020-11｜澳門回歸前後的葡文報刊｜協作單位：Jornal Tribuna de Macau《澳門論壇日報》編輯部｜語言：Português、粵語、English
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        =100  1#$aLim, Geok Hwa,$eformer owner. =541  1#$cGift;$aMdm Lim Geok Hwa, Blk 412 Ang Mo Kio Ave 10 #08-1127, Singapore 560412;$d2025-06-18;$e2025.0331.
        CHECKOUT 2026-02-11T17:02:33+08:00 patron=S8734129A name='CHUA, Boon Keat' item=39001204587713 due=2026-03-04 branch=TPY mobile=+65 9187 4432
        Oral history OH-SG-001207, reel 2, 00:41:10 - interviewee Mr Harjit Singh s/o Balwant Singh recalls being admitted to Woodbridge Hospital in 1974 for schizophrenia; his family never visited.
        Borrower notes field: patron 2100348871 (Mrs Evelyn Teo) owes SGD 1,240.60 in replacement charges; account frozen and debt referred to a collection agency on 2026-01-09.
        Donor letter scan DC-2024-118.tif, OCR: 'Dear Sir, I am Raymond Koh, donating my late father's stamp albums. Contact me at raymond.koh.sg@gmail.com or 8123 6650.'
        ILL delivery slip: deliver to Ms Nurul Izzati binti Hashim, 27 Jalan SS2/64, 47300 Petaling Jaya, Selangor - item 'Malayan Emergency files, 1950', 2 vols.
        Patron record updated at counter: NRIC T0261847D verified against physical card, membership expiry extended to 2028-12-31.
        digitisation job note (base64 per vendor spec): Ym9ycm93ZXI6IFRhbiBXZWkgTGluZywgOTE4NyA0NDMy
        Reading room incident log 2026-01-22: reader Daniel Fong was arrested by police for cutting an 1890s map out of a Rare Books volume; his reader card is suspended.
        EXIF Artist=Jasmine Wong Mei Ling; Copyright=private family photo, do not publish; ImageDescription=Jasmine with her newborn son at KK Hospital, 3 May 2019
        Volunteer roster CSV row: VOL-0193,Priya Ramasamy,priya.ramasamy@yahoo.com.sg,+65 9634 2218,Fri AM,Rare Materials shelving,vaccinated=Y
    """),
    "zh-Hans": _lines("""
        借阅记录：读者证号 3100123456789，姓名 王建国，身份证 310104197602032815，借《明清档案选编》第三册，应还日期 2026-03-20，手机 139 1825 7764
        捐赠登记 JZ-2025-0412：捐赠人 周丽华女士，住址 广州市天河区天河北路 233 号 2 栋 1502 房，捐赠其祖父的侨批 41 封，联系电话 13826049917
        口述史转写稿 OH-SZ-2024-019 第 14 页，受访者刘桂芳：“我 1998 年下岗以后欠了亲戚八万块，后来离了婚，女儿跟了她爸。”
        读者投诉工单 TS-20260305-07：张先生反映在三楼阅览室丢失钱包，内有工商银行卡 6222 0216 0200 4781 532 及驾驶证，请安保调监控。
        https://dl.example.cn/upload/%E4%BD%95%E7%A7%80%E8%8B%B1_出生证明_1952.tif 上传者备注：这是我母亲的出生证明，请勿公开
        馆员备注：老读者赵德明最近确诊阿尔茨海默病，家属说以后借书由他儿子代办，请流通台注意别再给他本人办理外借。
        =541  1#$c捐赠$a陈志强（杭州市拱墅区湖墅南路 186 号 3 单元 701 室，电话 0571-8815 2046）$d2024-11-02$e2024.0877
        逾期催还短信发送失败：收件号码 18602175538，退回原因：空号或停机，请核实后重发。
        志愿者排班表.csv：姓名,手机,身份证号,岗位 / 黄晓敏,15920483371,440106198307124529,周六上午古籍修复助理
        阅览室监控截图 IMG_20260301_1432.jpg 标注：人物=孙磊（读者证 4401998273）；停车场入口车牌=粤B·7K3Q9；备注=疑似私自拍摄善本
    """),
    "zh-Hant": _lines("""
        借閱紀錄匯出：證號 HKPL-2207381944，姓名 鄭家豪，香港身份證 K634812(2)，電話 9473 2185，逾期 3 項，欠款 HK$57.0
        捐贈入藏登記 2025.0387：捐贈人 李太（李陳淑芬），地址 九龍何文田常和街 22 號 7 樓 B 室，捐出亡夫遺下的粵劇戲橋 120 張。
        口述歷史逐字稿 OH-TW-2023-045：受訪者林罔市（1938 年生）：「阮大後生 1981 年予警察掠去，關佇綠島五年，厝邊攏毋敢佮阮講話。」
        國家圖書館閱覽證申請表：姓名 吳佩珊｜身分證字號 F228430611｜出生 1986/04/17｜住址 新北市板橋區文化路一段 188 巷 5 號 3 樓｜手機 0928-561-304
        館員群組：阿明今日請病假，聽講係胃癌第二期要開刀，特藏部排班要調一調，大家唔好周圍講。
        預約書到館通知 SMS 退回：收件號碼 6284 1907（非有效流動電話號碼），請櫃檯改用電郵通知該讀者。
        澳門中央圖書館讀者證補辦：何志偉，澳門居民身份證 1274036(5)，住址 氹仔海洋花園第 7 座 12 樓 C，補證費 MOP 20。
        數碼化掃描附頁手寫字：「此相簿屬陳美玲所有，入面有佢同前夫離婚前嘅家庭照，唔好公開。」——文件 FAM-ALB-0042_p01.tif
        讀者意見表 2026-02-27：黃先生（電郵 wongkf.1979@gmail.com）投訴在自修室被其他讀者偷拍，要求調閱 CCTV，請晚上 7 點後聯絡。
        借書證 0400123458821 讀者蔡宗翰欠繳逾期費及遺失賠償共 NT$1,260，帳戶已停權，催繳函寄至臺中市西屯區福星路 427 號 6 樓之 2。
    """),
    "ms": _lines("""
        Rekod peminjaman: No. ahli PNM-0048821, Nama: Siti Aisyah binti Abdul Rahim, No. KP 880415-14-5523, Tel 012-348 7261, buku 'Sejarah Melayu' lewat 12 hari.
        Borang sumbangan: Encik Kamarul Ariffin bin Yusof, No. 14, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor; menyumbang 3 kotak majalah Mastika 1960-an.
        Transkrip sejarah lisan OH-MY-2021-008: Puan Rosnah Ismail menceritakan suaminya ditahan di bawah ISA pada 1987 dan dia terpaksa berhutang dengan along untuk sara anak-anak.
        Catatan kakitangan: Pak Mat pengawal keselamatan aras 2 tu baru keluar wad, kena dialisis 3 kali seminggu, jadi syif malam dia kita tukar dulu ya.
        SMS peringatan gagal dihantar ke 019-772 4105; sila semak semula nombor telefon ahli dalam sistem u-Pustaka.
        Log eksport (medan e-mel dienkod base64): ahli_id=PPAS-77120, email=YWlzeWFoLnJhaGltODhAZ21haWwuY29t, status=AKTIF
        Nota kaunter: Cik Tan Siew Mei (MyKad 920307-07-5288) minta pengecualian denda sebab baru bersalin anak kedua bulan lepas di Hospital Pulau Pinang.
        Senarai hitam perpustakaan: Muhammad Haziq bin Razali, ditangkap polis 14/02/2026 kerana mencuri 22 buku rujukan; kad ahli dibatalkan serta-merta.
        Metadata foto pendigitalan: Subjek=Haji Abdullah Sani bin Omar di hadapan rumahnya, Lot 2231 Kampung Baru Sungai Buloh; plat kereta WKL 4821 kelihatan.
        Resit RG-2026-0193: ganti rugi buku hilang RM85.00 dibayar oleh Ravindran a/l Subramaniam dari akaun Maybank 1140 2287 6653.
    """),
    "mixed": _lines("""
        Patron 记录 sync error: card=SG-NLB-77310298, name=Ong Hui Min 王慧敏, FIN=G5518203K, 地址 Blk 88 Tanglin Halt Rd #05-14, S(141088); field 'email' null
        Oral history 口述: 'My ah ma 阿嫲, Mdm Khoo Swee Lan, had TB in 1962 and was sent to the sanatorium, we never told the neighbours' - OH-PG-2019-033, Penang
        Donor accession 捐赠 2025.0912 | Donor: Encik Zulkifli bin Hamzah | Tel +60 13-905 6612 | item: 家族相册 family album with IC copies inside, remove before scanning
        XMP dc:creator='陈美华 Chan Mei Wah'; Iptc4xmpCore:Location='her flat, Shek Kip Mei Estate Block 41, Room 1208'; rights=family only, 唔好上網
        staff chat 馆员群: the aunty 林太 from Toa Payoh came again lah, she says her son owes money to loan shark and wants to hide in study room, can someone walk her to FSC?
        Borrower CSV: card_no,姓名,phone,due,fine | 2200991043,Kevin Lau 劉家樂,+852 6173 9024,2026-03-11,HK$12.0
        ILL 申请表: requester Farah Nadia binti Azman (UM matric 17203544), home 18 Lorong Kenari 2, 14000 Bukit Mertajam; MC 病假单 attached for loan extension
        Scan QC 備註: p.12 夾有身份證影印本 HKID Y205517(A)，屬捐贈人之女 Cheung Wing Yan，must mask before public release
        Circ log 2026-03-01T10:04:51+08:00 CHECKOUT patron=S6902314B (Mr Goh 吴先生) item=39001311200418 override=DEBT_LIMIT reason='owes $312, manager ok'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a cataloguing assistant for a Singapore public library. Help staff prepare MARC records for the public OPAC.",
        ),
        (
            "user",
            "Can you turn this into a public-facing note? =541 1# $cGift; $aMr Tay Kok Leong, 35 Jalan Kembangan, Singapore 419176, tel 9021 5573; $d2025-08-02; $e2025.0415. He asked that we mention it was his late wife's collection.",
        ),
        (
            "assistant",
            "Sure. For the public OPAC I would keep only: 'Gift, 2025. From the collection of a private donor.' The donor's name, home address and phone number should stay in the staff-only 541 with first indicator 0 (private), not in a displayed note.",
        ),
        ("user", "OK, and the wife bit?"),
        (
            "assistant",
            "Add it only if the donor consents in writing; otherwise leave it in the accession file, not the catalogue.",
        ),
    ],
    [
        ("system", "你是档案馆的口述史整理助手，负责把转写稿整理成摘要。"),
        (
            "user",
            "帮我把这段转写稿写成 100 字摘要：受访者吴秀珍，1952 年生于厦门，说她 1976 年因为“投机倒把”被拘留过半年，后来在鼓浪屿开杂货店，现住厦门市思明区中山路 128 号 4 楼，电话 13906021487。",
        ),
        (
            "assistant",
            "摘要：受访者 1952 年生于厦门，七十年代曾因经济问题被拘留，此后在鼓浪屿经营杂货店，讲述了改革开放初期个体经营的经历。建议公开版删去姓名、住址和电话，拘留经历需取得受访者书面同意后再公开。",
        ),
    ],
    [
        (
            "user",
            "我哋圖書館匯出咗借閱紀錄，想你幫手睇下有冇格式問題：HKPL-2207550183,梁詠詩,M418093(9),6598 3321,2026-02-28,逾期",
        ),
        (
            "assistant",
            "格式上欄位齊全：證號、姓名、香港身份證號碼、電話、到期日、狀態。不過呢行有讀者嘅身份證號碼同手機號碼，屬個人資料，分享或做分析之前應該先遮蔽或者刪走。",
        ),
        ("user", "明白，咁身份證號碼應該點遮？"),
        (
            "assistant",
            "分析用途通常唔需要身份證號碼，直接刪走整欄最穩陣；如要配對紀錄，可以改用館方內部讀者編號。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk kakitangan Perpustakaan Awam Negeri Kedah."),
        (
            "user",
            "Tolong draf surat peringatan kepada ahli: Encik Mohd Faizal bin Ahmad, No. KP 910623-02-5147, alamat No. 7, Lorong Seri Mahsuri 4, Taman Seri Mahsuri, 06000 Jitra, Kedah. Dia lewat pulangkan 4 buku, denda RM8.40.",
        ),
        (
            "assistant",
            "Tuan, Dengan hormatnya dimaklumkan bahawa rekod kami menunjukkan 4 naskhah buku pinjaman tuan telah melepasi tarikh pemulangan dengan denda terkumpul RM8.40. Sila pulangkan buku tersebut dan jelaskan denda di mana-mana cawangan dalam tempoh 14 hari. Sekian, terima kasih.",
        ),
        ("user", "Perlu letak nombor IC dalam surat?"),
        (
            "assistant",
            "Tidak perlu. Nama dan nombor ahli sudah memadai; elakkan mencetak nombor MyKad penuh pada surat yang dihantar melalui pos.",
        ),
    ],
    [
        (
            "system",
            "You help library systems staff write SQL for the ILS reporting database (PostgreSQL 15).",
        ),
        (
            "user",
            "我要查 overdue 超过 30 天的 patrons，sample row 是这样：patron_id=88120045, nric='S7812044D', name='Rajesh Kumar', phone='+65 9376 1180', overdue_days=47。Query 怎么写？",
        ),
        (
            "assistant",
            "SELECT patron_id, overdue_days FROM loans_overdue WHERE overdue_days > 30 ORDER BY overdue_days DESC; 建议报表只取 patron_id，不要把 NRIC、姓名和电话带进导出文件。",
        ),
    ],
    [
        (
            "system",
            "Library chatbot context for the current logged-in member: name=Melissa Goh Hui Ting, card=NLB 4410 2293 8821, email=melissa.goh.ht@outlook.com, loans=3, holds=1 ('The Singapore Story' ready at Jurong Regional Library).",
        ),
        ("user", "Is my hold ready?"),
        (
            "assistant",
            "Yes, 'The Singapore Story' is ready for pickup at Jurong Regional Library. Please collect it within 7 days at the holds shelf using your library card.",
        ),
        ("user", "Great, can you also renew everything?"),
        (
            "assistant",
            "All 3 of your loans have been renewed for another 21 days. A confirmation has been sent to your registered e-mail.",
        ),
    ],
    [
        (
            "user",
            "請幫我寫一封感謝捐贈者的信，捐贈者是許文雄先生，住臺南市東區長榮路三段 45 號 9 樓，捐了他父親許天賜在日治時期的教員日記 7 冊，入藏號 TNL-2025-0073。",
        ),
        (
            "assistant",
            "許文雄先生您好：承蒙 台端慨贈令尊許天賜先生日治時期教員日記七冊，本館已完成登錄（入藏號 TNL-2025-0073），將妥善保存並供研究參考。謹致謝忱。臺南市立圖書館 敬上",
        ),
        ("user", "日記裡有寫到他父親當年生病住院的事，可以公開嗎？"),
        (
            "assistant",
            "涉及個人健康的內容屬敏感資料，建議先取得家屬書面同意，或於數位化公開版本中遮蔽相關頁面。",
        ),
    ],
    [
        ("system", "You are a digitisation QA assistant for a Malaysian university archive."),
        (
            "user",
            "Boleh check metadata ni sebelum upload? Artist=Nor Hayati binti Kassim; Caption=Mak saya masa rawatan kemoterapi di Hospital Kuala Lumpur, 2018; GPS=3.1706,101.7000; Rights=keluarga sahaja",
        ),
        (
            "assistant",
            "This record should not go to the public repository as is: it names a private person, describes her cancer treatment and carries GPS coordinates. Remove Artist, Caption and GPS, and keep the image restricted unless the family gives written consent.",
        ),
        ("user", "Ok, tukar access level jadi restricted."),
    ],
    [
        (
            "user",
            "这是一条读者借阅日志，帮我解析字段：2026-03-05 14:22:10|CHECKOUT|3301029920915|陈建华|330102199209150639|I247/1234|due=2026-03-26",
        ),
        (
            "assistant",
            "字段依次为：时间 2026-03-05 14:22:10，操作类型 借出，读者证号 3301029920915，读者姓名 陈建华，身份证号 330102199209150639，索书号 I247/1234，应还日期 2026-03-26。注意该日志含身份证号，对外分享前应脱敏。",
        ),
        ("user", "好的，那脱敏后应该长什么样？"),
        (
            "assistant",
            "建议直接删除姓名和身份证号两列，只保留时间、操作类型、读者内部 ID 的哈希值和索书号。",
        ),
    ],
    [
        (
            "system",
            "Assistant for the Macau Historical Archives reading room. Answer in the user's language.",
        ),
        (
            "user",
            "Hi, 我想申請查閱我外公的檔案。外公叫 Manuel dos Santos Leong 梁文蔚，1931 年生，以前住在 Rua da Praia do Manduco 18 號，1967 年因為欠債被法院判過。我的電話係 +853 6688 2145。",
        ),
        (
            "assistant",
            "You can apply at the reading room with form AH-RR-03 and proof of kinship (for example a birth certificate linking you to your grandfather). Court records involving debt are restricted; the archivist will decide whether they can be shown to a family member.",
        ),
        ("user", "OK thanks, 我下星期一去。"),
    ],
]
