# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade154: personal data in telco and SIM-card artefacts (call-detail records, SIM registration forms, USSD logs, number port-out requests, eSIM QR payloads, SMS-gateway logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "cdr_trunk_log"): _lines("""
        2026-11-03T00:00:00Z trunk=SGSIN-IGW-03 dir=OUT attempts=18422 answered=11274 ASR=61.2% ACD=142s NER=98.7% top_dest=MY,ID,IN
        CDR|2026-11-03 09:14:22|MT|A=1800-738-2000|B=IVR-SG-01|dur=00:02:11|cause=16|note=test call to corporate hotline after PSTN migration
        cdr_schema v3.2: record_type,seq_no,start_ts,end_ts,calling_msisdn,called_msisdn,imsi,imei,cell_id,charge_cents,release_cause
        Test CDR from lab PLMN 001-01: IMSI=001010123456789 TAC=35332110 cell=LAB-RACK-2 dur=00:00:30 charged=0.00 (drive-test SIM pool)
        Release cause 17 (user busy) spiked to 4.1% on KUL-MSC-02 between 19:00 and 21:00 MYT; vendor ticket HW-2026-118273 opened.
        Interconnect invoice INV-IC-2026-10-0442: Singtel to Maxis, 1,284,330 terminated minutes at USD 0.0142, total USD 18,237.49, due 30 Nov 2026.
        Emergency calls 999/995 routed via SGSIN-ESR-1: 2,117 attempts, 100% answered, median setup 1.8s, no drops recorded in October.
        mediation job cdr-collector-7 processed 4,882,019 records from MSC_HK_20261102_0300.dat.gz, sha256=9f2c41e0b7a3d1c8, 12 malformed rejected
        CDR|2026-10-21 14:02:55|MO|A=+85228883388 (corporate PBX)|B=+85222553838 (hospital switchboard)|dur=00:04:38|trunk=HKT-PRI-7
        Roaming TAP file CDSGPSTHKGTA04821 received from HKGTA: 33,908 MOC, 12,044 MTC, 8,102 SMS-MO, total charge SDR 41,276.18
        Top called toll-free numbers in Q3 were 1800-22-1111, 1800-88-6868 and 1300-88-0111; all three are zero-rated corporate lines per the interconnect annex.
        Fraud rule WANGIRI-03 fired 212 times for inbound calls from the +882 and +881 ranges; auto-block applied to prefix list v2026.11.01.
        Alexander Graham Bell placed the first telephone call on 10 March 1876; our museum kiosk replays the 'Mr. Watson, come here' line every hour.
    """),
    ("en", "esim_lpa_payload"): _lines("""
        LPA:1$rsp.example-smdp.com$K2-4Q7X9-ZP3LD8 is the sample activation code printed in the dev docs; replace it with the code returned by /esim/order.
        eSIM QR spec: prefix LPA:1, SM-DP+ FQDN, matching ID, optional SM-DS OID, confirmation-code flag; total length must stay under 255 characters.
        ES2+ DownloadOrder request: {"header":{"functionRequesterIdentifier":"MNO-SG-01","functionCallIdentifier":"TX-20261104-0009"},"eid":null,"profileType":"PREPAID_5G"}
        Profile package batch PPB-2026-47 generated: 5,000 ICCIDs 8965012026110000001 to 8965012026110005000, state AVAILABLE, owner=GOMO retail pool.
        Sample payload eyJzbWRwIjoicnNwLmV4YW1wbGUuY29tIiwibWF0Y2hpbmdJZCI6IlRFU1QtMDAwMSJ9 decodes to smdp and matchingId only, no subscriber fields.
        Error 8.2.6 (matching ID refused) on iPhone 15 with iOS 18.1: usually the QR was already scanned once; reissue it from the dealer portal.
        SGP.22 v2.5 notes: the EID is 32 digits and starts with 89 for GSMA-issued eUICCs, e.g. 89049032000000000000000000000001 in the test spec.
        Dealer FAQ: one eSIM QR can be downloaded once only; if the customer changes phone, trigger Transfer eSIM in the app or visit any Singtel shop.
        QR print template v4: 40x40 mm, error correction level M, caption 'Scan with your phone camera', footer 'Powered by Thales SM-DP+'.
        Grafana panel esim_download_success_rate = 97.3% for last 24h; failures split 61% network timeout, 27% profile conflict, 12% EID mismatch.
        Dual-SIM phones show IMEI for slot 1 and slot 2 plus the EID under Settings > About; our scanner kiosk reads only the EID barcode.
        Sample from vendor: LPA:1$sm-v4-064-a-gtm.pr.go-esim.com$ACT-TEST-00000000-0000 (lab only, do not distribute to retail).
        Ticket ESIM-4471 closed: SM-DP+ certificate renewed on rsp.maxis.example, expiry 2028-03-31, SHA-1 thumbprint 3A:7F:91:0C:5E:22:B8.
    """),
    ("zh-Hans", "实名登记公告"): _lines("""
        【中国移动】根据《电话用户真实身份信息登记规定》（工业和信息化部令第25号），自即日起办理入网须出示本人有效证件并现场人像比对，详询10086。
        中国联通北京分公司西单营业厅地址：北京市西城区西单北大街甲133号，营业时间9:00-18:00，一证通查服务请携带本人身份证原件到厅办理。
        温馨提示：一证通查可通过官方渠道查询名下号码，公告中的“姓名＋证件号”仅为字段说明，请勿在任何群聊中转发自己或他人的证件照片。
        营业厅公告：自2026年12月1日起，每位用户在全国三家基础电信运营商办理的手机卡合计不超过5张，超出部分请到原营业厅核查处理。
        中国电信客服热线10000，集团客户专线10009，政企业务邮箱 zqkf@chinatelecom.example.cn，实名补登请前往就近营业厅并携带有效证件。
        入网协议第七条：用户应妥善保管SIM卡及服务密码，因转借、出租、出售电话卡引发的涉诈后果，由机主依法承担相应法律责任，特此提示。
        实名登记系统升级通知：11月15日00:00-06:00暂停身份证阅读器接入，客户端版本由V5.3.2升级至V5.4.0，请各厅店提前做好排班安排。
        物联网卡（1064号段13位号码）不得用于语音及点对点短信，违规使用将被停机，详见工信部《关于加强物联网卡安全管理的通知》相关条款。
        广东移动营业执照统一社会信用代码 91440000708461136T，办公地址广州市天河区珠江新城珠江西路11号，实名制监督投诉请拨打10086转5。
        根据《反电信网络诈骗法》第二十一条，电信业务经营者应当对涉诈异常电话卡用户重新进行实名核验，未按要求通过核验的将限制相关功能。
        营业员培训材料：身份证号码共18位，第17位奇数为男、偶数为女，末位校验码可为X；练习请使用系统内置的测试证件，严禁使用真实客户资料。
        陈记通讯（深圳华强北店）为中国移动授权代理点，地址：福田区华强北路1002号赛格广场一楼A018，代办新入网、补换卡及携号转网业务。
        工业和信息化部部长金壮龙在全国两会部长通道上介绍了5G基站建设进展，本营业厅电子屏正在滚动播放相关新闻，欢迎市民驻足了解。
    """),
    ("zh-Hant", "攜碼轉網常見問題"): _lines("""
        問：攜碼需要多久？答：一般於申請後三個工作天內完成，移轉當日凌晨00:00至06:00之間可能短暫無法通話及上網，敬請耐心等候。
        問：攜碼是否需要原電信同意？答：不需要，但須先結清原電信帳款；如有綁約，請先致電中華電信客服0800-080-090確認違約金金額。
        香港通訊事務管理局辦公室（OFCA）規定，流動號碼可攜服務之轉台申請一般於兩個工作天內完成，一般查詢請致電 2961 6333 或瀏覽官網。
        台灣大哥大直營門市：台北市信義區松仁路100號1樓，營業時間11:00-21:30，辦理攜碼請攜帶雙證件正本及原門號SIM卡，未成年須法代陪同。
        問：eSIM可以攜碼嗎？答：可以，申請時選擇eSIM，完成後以Email寄送QR Code，啟用前請確認手機支援eSIM並已連上Wi-Fi網路。
        遠傳電信攜碼專區：網路申辦代碼 FET-MNP-2026，月租599元以上方案首六期享八折優惠，活動至2026年12月31日止，詳見官網公告。
        問：攜碼後原號碼的預付卡餘額會保留嗎？答：不會，攜出前請先用完餘額；已購買之數據包剩餘天數亦不會移轉至新電信業者，敬請留意。
        香港1O1O旺角旗艦店位於彌敦道688號旺角中心一期地下，星期一至日上午十時至晚上十時營業，攜號轉台申請即日可取新卡及號碼。
        問：公司門號可以攜碼嗎？答：法人門號需附公司變更登記表及大小章，統一編號請填寫八碼，例如中華電信股份有限公司為96979933。
        數碼通（SmarTone）客戶服務熱線 2880 2688，攜號轉台專線 2880 2600，網上申請表格編號 MNP-F01（2026年版），歡迎企業客戶查詢。
        NCC公告：自115年1月1日起，攜碼作業費上限調整為新臺幣50元，各電信業者不得另行收取其他名目之手續費，違者依法裁處。
        問：攜碼失敗常見原因？答：申請人姓名與身分證字號不符、門號已停話、帳單未結清，或SIM卡號（ICCID）輸入錯誤等情形。
        澳門電訊（CTM）客戶服務中心位於澳門羅保博士街25號，攜號服務諮詢請致電1000，星期日及公眾假期休息，網上申請全天候開放。
    """),
    ("zh-Hant", "儲值卡價目表"): _lines("""
        中國移動香港 4G 儲值卡 HK$88：本地數據 18GB，有效期30日，送500分鐘本地通話，產品編號 CMHK-PP-88-2026，每箱100張。
        3香港 5G 旅遊卡 HK$138：大灣區＋港澳共用 10GB，8日有效，SKU 3HK-TRV-GBA-10G，批發價 HK$102，零售建議價不得低於 HK$128。
        中華電信如意卡 預付儲值 300元：網路日租型每日25元，超過 1GB 降速至 512kbps，料號 CHT-RY-300，門市另加贈通話金 50元。
        亞太電信 4G 預付卡 180天無限上網 1,380元（已停售，庫存清貨價 990元），請於商品標籤上註明「清貨品 不設退換」。
        澳門電訊 CTM 遊客卡 MOP 100：5GB 數據，有效期7日，可於澳門國際機場到港大堂服務櫃位購買，貨號 CTM-TVL-100，附英文說明。
        陳記電訊（深水埗鴨寮街）批發價目：SIM卡針 HK$2、三合一卡套 HK$5、儲值卡面額九五折，每日下午三時前落單即日送貨。
        價目表更新 2026-12-01 v7：數碼通 Pay-As-You-Go 儲值券 HK$100 入貨價 HK$93.50，HK$300 入貨價 HK$279.00，舊價即日作廢。
        台灣之星預付卡已併入台灣大哥大，舊卡號段可繼續使用至2026年6月30日，之後請至任一門市換卡，換卡免收工本費，亦毋須重新綁約。
        CSL 本地儲值卡 $48：30日 8GB，接聽免費，商品條碼 4897012345678，每箱 200 張，最低訂購量一箱，貨到付款另加 HK$30。
        中秋推廣：購買任何 HK$98 以上儲值卡，即送「李小龍紀念版」卡套一個，數量有限，送完即止，不可兌換現金或其他禮品，恕不另行通知。
        發票 INV-HK-26-11873：貨品 3香港 儲值卡 ×500，單價 HK$62.00，小計 HK$31,000.00，付款條件月結30天，商業登記號碼 34219876。
        便利店上架指引：7-Eleven 及 OK便利店 儲值卡掛牌需附中英文價目，條碼朝外，過期卡請退回葵涌物流中心，並填寫退貨單 RT-07。
        遠傳 if 卡 預付儲值 500元 送 100元 通話金，適用新申辦門號；門市條碼 FET-IF-500，有效期 180 天，限量三千張。
    """),
    ("ms", "log_ussd"): _lines("""
        2026-11-04 08:12:33 USSD sesi=7f3a91c2 kod=*100# menu=SEMAK_BAKI resp='Baki anda RM12.30, sah hingga 30/11/2026' masa_tindak=412ms
        USSD gateway KUL-USSD-02: 1,284,551 sesi hari ini, 0.4% tamat masa, kod paling popular *128# (Maxis), *118# (Celcom), *133# (Digi).
        Konfigurasi menu: 1=Tambah Nilai 2=Semak Baki 3=Pelan Data 4=Pinjam Kredit 0=Keluar; teks maksimum 182 aksara GSM-7 setiap skrin.
        Ralat USSD 0x24 (UnknownSubscriber) meningkat selepas migrasi HLR pada 02:00 MYT; tiket INC-MY-2026-55812 dibuka oleh pasukan NOC.
        Log ujian: sesi=TEST-0003 MSISDN=60100000000 (nombor makmal) kod=*123*9# resp=OK, dijalankan oleh skrip ussd_regression v2.8.1.
        Pesanan pop-up USSD: 'Tahniah! Anda layak pelan Hotlink Prepaid RM35 dengan 50GB. Tekan 1 untuk langgan.' kempen HL-Q4-2026.
        Templat URL panggil balik: https://ussd.example.my/cb?sessionId={sid}&msisdn={msisdn}&input={input}&menu=Semak%20Baki; nilai kurungan diganti semasa runtime.
        Statistik Pinjam Kredit *128*5#: 48,210 permohonan, jumlah pinjaman RM241,050, kadar bayar balik 96.8% dalam tempoh 7 hari.
        2026-11-04 09:40:02 WARN ussd-router: timeout 5000ms ke OCS node ocs-kul-3, cubaan semula 2/3, fallback ke ocs-kul-4 berjaya.
        Kod USSD *888# untuk semak nombor sendiri tidak lagi menyokong kad SIM generasi lama (sebelum 2015); sila tukar SIM di mana-mana kedai.
        Yes 4G: pelan Prepaid Kasi Up kini boleh diaktifkan melalui *6000#; kod promosi YES-KU-2026 sah untuk pembelian pertama sahaja.
        Kod Am Pengguna MCMC: penyedia perkhidmatan mesti memaparkan caj USSD bagi perkhidmatan kandungan sebelum pengguna mengesahkan langganan.
        Hash sesi USSD disimpan sebagai sha256(sessionId+salt), contoh 4e1b7a90c2d3 dalam jadual ussd_audit, tempoh simpanan 90 hari mengikut polisi.
    """),
    ("ms", "berita_tokoh_awam"): _lines("""
        Menteri Komunikasi Fahmi Fadzil berkata kad SIM prabayar yang tidak didaftarkan dengan betul akan ditamatkan selepas tempoh semakan MCMC berakhir.
        Josephine Teo, Menteri Pembangunan Digital dan Penerangan Singapura, mengumumkan langkah baharu terhadap SMS penipuan termasuk pendaftaran ID penghantar wajib.
        Muzium Telekom di Jalan Raja Chulan, Kuala Lumpur, menempatkan papan suis manual era British; bangunan itu dibina pada 1928 sebagai ibu sawat telefon.
        Tun Dr. Mahathir Mohamad melancarkan Koridor Raya Multimedia (MSC) pada 1996, yang membuka jalan kepada pelaburan telekomunikasi di Cyberjaya.
        MCMC melaporkan lebih dua juta talian prabayar disekat sepanjang tahun lalu kerana gagal pengesahan MyKad; orang ramai boleh menyemak status di portal rasmi.
        Polis Diraja Malaysia menasihati orang ramai supaya tidak berkongsi kod TAC melalui telefon; talian NSRC 997 beroperasi setiap hari 8 pagi hingga 8 malam.
        Menteri Digital Gobind Singh Deo menegaskan data pendaftaran SIM mesti dilindungi mengikut Akta Perlindungan Data Peribadi 2010 yang dipinda.
        Datuk Lee Chong Wei hadir sebagai tetamu kehormat di majlis pelancaran pelan keluarga 5G di Pavilion Kuala Lumpur petang semalam.
        Laporan Bernama: CelcomDigi Berhad (No. Syarikat 199701009694) mencatat keuntungan bersih RM1.7 bilion bagi tahun kewangan 2025.
        Perdana Menteri Datuk Seri Anwar Ibrahim berkata rangkaian 5G kedua akan memastikan harga data kekal kompetitif untuk rakyat di luar bandar.
        Watak animasi Upin dan Ipin muncul dalam kempen kesedaran penipuan SMS untuk murid sekolah rendah anjuran kerajaan negeri Selangor.
        Sejarah ringkas: Jabatan Telekom Malaysia dikorporatkan sebagai Syarikat Telekom Malaysia Berhad pada 1 Januari 1987 sebelum disenaraikan di Bursa.
        Pengerusi MCMC dalam ucaptama di Kuala Lumpur berkata 98% talian mudah alih kini telah melengkapkan pengesahan biometrik di kedai berdaftar.
    """),
    ("mixed", "noc_group_chat"): _lines("""
        [09:02] NOC-SG: SMSC-2 queue 到 48k 了 lah, throughput drop to 120 TPS, anyone from vendor on call? ticket INC-88213 已开.
        [09:05] Ops-KL: Dah restart smpp-bind untuk aggregator, TPS naik balik 450, 我再 monitor 半小时 then update dalam group.
        [09:11] NOC-HK: 今日 OTP 模板改咗, sender ID 要用 # 前綴跟 OFCA 登記短訊發送人計劃, 舊嗰個 sender 會被 block 喔.
        Reminder: 明天 02:00-04:00 SGT maintenance on HLR-SG-1, MNP port-in 暂停, 请在 portal 放 banner. Terima kasih semua.
        Config diff: smpp.window_size 10 -> 50, enquire_link_interval 30s, system_id=APAC_GW_PROD, password=(rotated 2026-11-01, see vault)
        Bos kata laporan KPI SMS bulan Oktober: delivery rate 98.6%, latency p95 2.4s, hantar ke group sebelum Jumaat ya. 谢谢!
        Anyone tahu kenapa DLR dari CMHK semua return stat=UNDELIV err=0x0000000B? 我查了是 invalid destination range, 测试号段 lah.
        Kedai Ah Huat Mobile di Jalan Petaling hantar complaint pasal stok SIM Hotlink tak sampai, DO-2026-11-0457, 谁跟进一下 logistics?
        SSIR 新规: 从 2026-12-01 起 unregistered sender ID 在 SG 会显示 Likely-SCAM, 我们的 sender MyTelcoSG 已经 approve 了 ok.
        Latest build sms-gw 4.12.3 (commit a9f3e21) 已部署到 staging, regression 142/142 pass, prod rollout 礼拜四晚上 10pm.
        Cuti umum Deepavali: NOC shift 照常, on-call 名单在 Confluence page OPS-ROSTER-2026, sila semak sebelum 5pm ya semua.
        UCS2 sample for the OTP template: 60A876849A578B4978BC70BA0020003400380032003900310033FF0C003552069418516767096548 decodes fine on iOS and Android.
        Grafana alert cleared: sms_mt_failure_ratio back to 0.7% (threshold 2%), root cause Celcom SMSC maintenance window, 不用 action.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CDR|2026-03-14T23:41:07+08:00|MO|A=+6591734260|B=+6581126634|dur=00:47:12|cell=SGP-TPY-0412|note=subscriber Darren Koh disputing the overnight charges
        port-out req PO-SG-2026-004417 donor=Singtel recipient=M1 MSISDN 8846 2719 status=PENDING_DONOR_VALIDATION retry=2
        Retention note: Mrs Valerie Lim asked to suspend her line for three months while she goes through chemotherapy at NCCS; please waive the suspension fee.
        eSIM order ES-SG-88213 qr_meta=eyJmdWxsTmFtZSI6IkRhcnJlbiBLb2ggSnVuIFdlaSIsIm5yaWMiOiJTODgxMjM0NkgiLCJtc2lzZG4iOiIrNjU5MTczNDI2MCJ9 status=ISSUED
        SIM REG | Name: Muthu Krishnan s/o Rajendran | FIN G5123874K | DOB 14/02/1991 | Work Permit | Addr: Blk 412 Tampines St 41 #08-233 S520412
        Collections: account 8812-0045-771 of Jason Teo Boon Hock, arrears S$1,284.60 on two postpaid lines, barred since 02 Nov; skip-trace via his sister on 9027 5513.
        2026-11-02 08:15:44 SMSC-SG-2 MT to=6597201845 status=DELIVRD text='Hi Priya, your antenatal appt with Dr Goh at KTPH Women's Clinic is on 12 Nov 9:30am'
        HK real-name SIM reg: CHAN Ka Yan, HKID K472915(3), DOB 1994-06-21, mobile 6138 2047, registered at the Mong Kok shop on 2026-10-30.
        Port-in confirmation e-mailed to melvin.ong.88@gmail.com for MSISDN +65 8755 0392, account holder Melvin Ong, porting window 02:00-06:00 SGT.
        MAP SRI_SM trace 14:02:11 calledParty TBCD 91 5698271304 -> IMSI 525015512093847; line owner is under a PPO, his ex-wife reported repeated harassing SMS.
    """),
    "zh-Hans": _lines("""
        实名登记｜姓名：陈晓东｜证件：居民身份证 440305198703142512｜手机号：13823461907｜营业厅：深圳南山科技园营业厅｜经办工号：GD0755-3318
        SMPP submit_sm dst=8613911826475 dcs=0x08 short_message=738B5EFA56FD5148751FFF0C60A85DF26B208D39003300380036002E003500305143
        客服备注：刘芳女士来电称丈夫肺癌住院，要求把副卡停机保号，下个月再复机，已按特殊关怀流程处理。
        携号转网授权码申请：号码 15902147736，授权码已下发，有效期至2026-12-09 23:59，携入方：中国联通。
        话单 2026-10-08 02:13:55 主叫 13601234587 被叫 18917650342 时长 3分12秒 基站 上海静安-LTE-0231 备注：用户张磊申诉夜间通话非本人所拨
        群里说的阿强就是欠了三张卡话费的那个，城中村的阿强，手机 18620735519，催了三次都没交，下周转给外包催收。
        eSIM开通记录 order=CM-ES-20261107-0412 ext_info=eyLlp5PlkI0iOiLotbXmlY8iLCLor4Hku7blj7ciOiIzMTAxMDQxOTkyMDgyNzA2NDYifQ== 状态=已下载
        副卡邮寄地址：北京市海淀区学院路甲5号院3号楼2单元601，收件人孙立伟，电话13501168294，请顺丰到付。
        营业厅工单：李女士称正在和丈夫周海涛办离婚，要求把家庭套餐里他的号码拆出去并查询他近三个月通话记录，已拒绝查询并告知需法院调取。
        话费代扣失败：户名 黄志明，银行卡 6222 0212 0300 4418 772，扣款金额158元，失败原因余额不足，已发短信提醒。
    """),
    "zh-Hant": _lines("""
        攜碼申請書｜申請人：林怡君｜身分證字號 F228461732｜門號 0912-483-076｜原電信：中華電信｜新電信：台灣大哥大｜戶籍地址：新北市板橋區文化路一段188巷12號5樓
        預付卡實名登記：陳嘉欣小姐，香港身份證 Y238604(4)，出生日期 1989年3月2日，電話 9147 3820，登記門市：旺角西洋菜南街
        澳門電訊SIM卡登記表 姓名：梁志豪 澳門居民身份證 5218734(2) 手機 6628 1937 住址：澳門氹仔孫逸仙大馬路海洋花園第5座12樓B
        GET /ussd/cb?msisdn=886935217480&name=%E5%BC%B5%E6%B7%91%E8%8A%AC&act=%E8%A3%9C%E7%99%BCSIM&ts=1762412055 200 OK
        門市交接：黃太話佢個仔確診自閉症，要開一張兒童卡限制上網時段，記得幫佢申請殘疾人士月費優惠。
        客服紀錄：吳先生來電說他弟弟吳俊傑上週在桃園被警方逮捕，手機被扣押，詢問能否暫停門號0958-317-624避免遭盜用。
        攜出驗證碼已發送至 0921 664 803，請於十分鐘內輸入，逾時需重新申請，系統單號 TW-MNP-7741902。
        CDR 2026-09-17 21:08:33 主叫 +852 6392 1174 被叫 +852 9081 5527 通話 01:52:40 基站 HK-SSP-118；用戶何家明投訴被收取漫遊費
        Subject: =?UTF-8?B?5pSc56K85oiQ5Yqf6YCa55+l77yN6JSh5a6X57+w5YWI55Sf?= To: tsai.ch0922@hinet.net 攜碼工單 TW-2026-118903
        續約備註：客戶阿玲話佢懷孕七個月，想將月費計劃轉去平啲嘅，等生完BB再轉返，幫佢記低。
    """),
    "ms": _lines("""
        Borang pendaftaran SIM prabayar: Nama Nur Aisyah binti Kamarudin, No. MyKad 950712-10-5586, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        GET /ussd/callback?sessionId=8f2a91&msisdn=60137284519&input=1&nama=Mohd%20Faizal%20bin%20Rahim&ic=880203-08-6617 200
        Nota kutipan: Encik Rosli bin Ahmad tertunggak bil RM2,316.80 untuk tiga talian pascabayar; notis tuntutan kedua dihantar, beliau kata baru dibuang kerja.
        Permohonan MNP: nombor 019-748 2265 (TBCD 0691472862F5) dipindahkan dari Celcom ke Maxis, status DITOLAK kerana butiran pemilik tidak sepadan.
        Kak Yah dari Kampung Baru tu minta tukar pelan murah sebab dia dah tak kerja, kena dialisis tiga kali seminggu.
        CDR|2026-07-22 19:04:12|MOC|0126638142|0194417208|00:12:05|Sel=KUL-BANGSAR-3G17|Pelanggan: Siti Hajar, aduan caj panggilan antarabangsa
        Kod QR eSIM dijana, data_tambahan=eyJuYW1hIjoiTGltIENoZWUgS2VvbmciLCJpYyI6Ijc3MDQxNS0wNy01MTIzIiwidGFsaWFuIjoiMDEyNzc0NjMwOSJ9, dihantar melalui emel.
        Sila hantar salinan bil bulan Oktober ke emel hazwani.rahman92@yahoo.com, akaun 3001847752, pemilik Hazwani binti Abd Rahman.
        Puan Kavitha minta buang nama bekas suaminya, Suresh a/l Maniam, daripada akaun keluarga sebab mereka dah bercerai bulan lepas.
        2026-10-30 11:20:07 MT 60167390281 DELIVRD 'Salam Cik Farah, tuntutan insurans hospital anda untuk kemoterapi sebanyak RM4,850 telah diluluskan.'
    """),
    "mixed": _lines("""
        SIM reg lah, nama 黄伟强 Wong Wai Keung, IC 800915-14-6013, tel 012-335 8810, tinggal di Taman Connaught Cheras, 帮他开 prepaid plan.
        Auntie Tan 的女儿 call 来说 her mum 中风 住院了 at SGH, 要 suspend line 9456 1273 one month, 不要收 fee.
        SMS log dst=85291748263 dcs=8 ud=6797592AFF0C963F4ED46D6971364ECA665A55148FD45C4B4F0198DF98EF status=DELIVRD smsc=HK-SMSC-3
        Hi team, 客户 Ms Goh Siew Lan (S7645208C) 要 port out 8231 9045 去 SIMBA, 她说 she is moving back to Ipoh, pls expedite.
        msisdn,name,id_type,id_no,plan,remark: 6590147728,Rahul Menon,FIN,F2298431N,GOMO 20GB,学生优惠 expired
        @all 那个 Uncle Ah Seng 又来了, 说他 gambling debt 太多, 要我们 block 他儿子 Kelvin 的号码 8702 6619 lah.
        Port-out fail: ref bmFtZT1SYWh1bCBNZW5vbjtmaW49RjIyOTg0MzFOO21zaXNkbj02NTkwMTQ3NzI4 rejected by donor, sila semak semula FIN.
        Macau 客户 Sr. Leong Chi Hou 梁子豪, BIR 1308652(7), telefone 6281 4409, 要 transfer SIM 去 Hong Kong 用 roaming.
        台北客戶 蔡明哲 passport 護照號碼 312847560, 手機 0933-208-715, wants an eSIM for Malaysia trip, email mingche.tsai@gmail.com
        Encik Hafiz cakap 老婆 Nurul 要 cancel 他名下的 family line 012-905 3378 sebab mereka sedang proses cerai di mahkamah syariah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a support assistant for a Singapore MVNO's port-out desk. Be concise and never invent policy.",
        ),
        (
            "user",
            "Customer Daniel Sim Wei Jie, NRIC T0234571J, wants to port 8193 6620 to Singtel but the donor check failed with code NAME_MISMATCH. Why would that happen?",
        ),
        (
            "assistant",
            "NAME_MISMATCH means the name or ID sent by the recipient operator does not match our subscriber record for 8193 6620. Check whether the line is registered under T0234571J exactly as 'Sim Wei Jie, Daniel' and whether the recipient dropped the English name.",
        ),
        ("user", "Record shows 'SIM WEI JIE' only. What do I tell Singtel?"),
        (
            "assistant",
            "Ask Singtel to resubmit the port request with the name exactly as 'SIM WEI JIE' and the same NRIC; no change is needed on our side.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催缴短信，客户叫李桂兰，号码13907315528，欠费412.30元，已经停机三天了，语气客气一点。",
        ),
        (
            "assistant",
            "【温馨提示】尊敬的李桂兰女士，您的号码13907315528目前欠费412.30元，已暂停服务。缴清欠费后将在2小时内自动复机，可通过营业厅、App或拨打10086缴费。感谢您的支持！",
        ),
        ("user", "不要写全号码，改成只写尾号。"),
        (
            "assistant",
            "【温馨提示】尊敬的李女士，您尾号5528的手机目前欠费412.30元，已暂停服务，缴清后2小时内自动复机，详询10086。",
        ),
    ],
    [
        ("system", "你係香港流動網絡營運商嘅帳單查詢助手，用廣東話回覆。"),
        (
            "user",
            "我係張振邦，HKID P610357(3)，號碼 6417 2093，上個月去日本漫遊收咗 HK$2,380，我明明買咗日費計劃，點解會咁？",
        ),
        (
            "assistant",
            "張先生你好，通常係因為日費計劃未喺抵達前啟動，或者手機連咗非合作網絡。建議你喺App查睇 6417 2093 嘅漫遊明細，如果大部分費用喺計劃生效前產生，可以致電客服申請調整。",
        ),
    ],
    [
        (
            "user",
            "Tolong isi borang pendaftaran SIM untuk mak saya. Nama Zainab binti Osman, IC 560821-03-5432, alamat Lot 1127 Kampung Padang Tembak, 15200 Kota Bharu, Kelantan, nombor 013-962 4471.",
        ),
        (
            "assistant",
            "Baik. Nama penuh: Zainab binti Osman. No. MyKad: 560821-03-5432. Alamat: Lot 1127 Kampung Padang Tembak, 15200 Kota Bharu, Kelantan. Nombor telefon: 013-962 4471. Sila bawa MyKad asal ke kedai untuk pengesahan biometrik.",
        ),
        (
            "user",
            "Mak saya tak boleh jalan sebab baru lepas bedah lutut, boleh orang lain wakilkan?",
        ),
        (
            "assistant",
            "Boleh, wakil perlu membawa MyKad asal ibu anda, MyKad wakil sendiri dan surat kebenaran yang ditandatangani. Sesetengah kedai juga menawarkan lawatan ke rumah untuk warga emas.",
        ),
    ],
    [
        ("system", "You help telco back-office staff decode eSIM and QR payloads."),
        (
            "user",
            "这个 QR 里面的 base64 是什么? eyJob2xkZXIiOiJUYXkgSHVpIE1pbiIsIm5yaWMiOiJTOTAzNDc2MkQiLCJtc2lzZG4iOiIrNjU5NjEyMDQ4MyIsImFkZHIiOiJCbGsgMjA4IEJpc2hhbiBTdCAyMyAjMTEtNDE3In0=",
        ),
        (
            "assistant",
            "It decodes to JSON: holder Tay Hui Min, NRIC S9034762D, msisdn +6596120483, addr Blk 208 Bishan St 23 #11-417. This is subscriber personal data and should not be embedded in a QR code; the LPA string only needs the SM-DP+ address and matching ID.",
        ),
        ("user", "ok, so 我们 should regenerate the QR without holder info lah?"),
        (
            "assistant",
            "Yes. Regenerate it as LPA:1$<smdp>$<matchingId> only and revoke the old matching ID so the leaked code cannot be reused.",
        ),
    ],
    [
        (
            "system",
            "Customer on the line: Mr Aravind Pillai, account SG-PP-7730182, mobile 9638 1547, home address 27 Jalan Kemaman, Singapore 328123. He is on a payment plan after a job loss; remaining balance S$640.",
        ),
        ("user", "He is asking if we can defer this month's instalment. What can I offer?"),
        (
            "assistant",
            "You can offer a one-time 30-day deferral of the S$640 payment-plan instalment without late fees, provided the account stays in good standing; note it in the account and send him an SMS confirmation.",
        ),
    ],
    [
        (
            "user",
            "請幫我寫一封攜碼申請的說明信：申請人王俊傑，身分證 B120739586，門號 0987-552-014，要從遠傳攜到中華電信，原因是搬到花蓮市中山路二段45號後收訊不好。",
        ),
        (
            "assistant",
            "敬啟者：本人王俊傑（身分證字號 B120739586），現持用門號 0987-552-014，因遷居花蓮市中山路二段45號後遠傳訊號不佳，特申請攜碼至中華電信，懇請協助辦理。申請人 王俊傑 敬上",
        ),
        ("user", "再短一點，只要一段就好。"),
        (
            "assistant",
            "本人王俊傑（B120739586）申請將門號 0987-552-014 由遠傳攜碼至中華電信，原因為遷居花蓮後收訊不佳，敬請協助辦理。",
        ),
    ],
    [
        ("system", "Anda pembantu teknikal untuk pasukan SMS gateway di Kuala Lumpur."),
        (
            "user",
            "Log ni gagal: 2026-11-05 10:44:12 MT dst=60182273650 err=0x45 text='Encik Azlan, ansuran pinjaman peribadi RM1,150 anda lewat 45 hari.' Kenapa?",
        ),
        (
            "assistant",
            "Ralat 0x45 biasanya bermaksud submit_sm ditolak oleh SMSC, selalunya kerana sender ID tidak berdaftar atau kandungan disekat penapis. Semak pendaftaran sender ID untuk kempen kutipan ini.",
        ),
        ("user", "Sender ID dah berdaftar. Ada isu lain?"),
        (
            "assistant",
            "Mungkin penapis kandungan mengesan perkataan kutipan hutang. Minta templat dimasukkan dalam senarai putih dan elakkan menghantar butiran pinjaman peribadi dalam SMS; cukup minta pelanggan menghubungi talian rasmi.",
        ),
    ],
    [
        (
            "user",
            "帮我看下这段USSD日志：2026-11-06 21:17:40 msisdn=8618576630214 code=*100# resp=余额-96.20元 周先生说他没打过国际长途，为什么会扣钱？",
        ),
        (
            "assistant",
            "从日志看，18576630214 的余额为-96.20元，说明账户已透支。建议调取周先生近7天的详单，重点查看国际及港澳台通话、增值业务订购和数据漫游记录，再判断是否为误扣。",
        ),
        ("user", "详单里有三通打到+8821的电话，每通两分钟。"),
        (
            "assistant",
            "+882开头是国际网络号码，常见于“响一声”诈骗回拨。可以为周先生申请退费复核，并为该号码开通国际来电拦截。",
        ),
    ],
    [
        ("system", "You are a bilingual (English/中文) assistant for a Macau telecom retail shop."),
        (
            "user",
            "有位客人 Sra. Ho Mei Ling 何美玲, 澳門身份證 7306519(4), 電話 6395 2280, wants to transfer her number to her daughter. What documents?",
        ),
        (
            "assistant",
            "For a transfer of ownership, both parties must come to the shop: Sra. Ho with her BIR 7306519(4) and the daughter with her own ID, plus the SIM for 6395 2280 and a signed transfer form. Any outstanding balance must be settled first.",
        ),
        ("user", "她女兒今年十六歲, can still?"),
        (
            "assistant",
            "A minor cannot hold a postpaid contract alone; the number can stay under Sra. Ho's name as guarantor, or be moved to a prepaid card in the daughter's name with parental consent.",
        ),
    ],
]
