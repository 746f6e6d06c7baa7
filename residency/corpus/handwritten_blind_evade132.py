# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade132: personal data in telecom operator artefacts (call detail records, SIM registration records, number-porting requests, eKYC metadata, USSD and SMS gateway logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade132
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "sms_gateway_log"): _lines("""
        2026-11-21 09:14:02.318 INFO smpp-bind system_id=SGW_PROMO_03 bind_type=TRX smsc=10.40.12.7:2775 window=50 status=ESME_ROK
        2026-11-21 09:14:05.002 INFO submit_sm src=DBSBANK(alpha,ton=5) dst=LIST:otp_retry_q7 dcs=0x00 parts=1 msg_id=7F3A90C21E status=QUEUED
        2026-11-21 09:15:11.870 WARN throughput cap hit for sender_id SINGPOST on route SG-SGT-02 (120 msg/s), 3,412 messages deferred to next window
        2026-11-21 09:16:40.554 INFO deliver_sm MO shortcode=72000 keyword=STOP brand=Grab count_last_5min=118 action=opt_out_batch_queued
        2026-11-21 09:17:03.120 DEBUG mt_template tpl=CMCC_ROAM_ON dcs=0x08 udl=48 ud=30104E2D56FD79FB52A8301156FD96456F2B6E386D4191CF53055DF2751F6548FF0C8BE68BE200310030003000380036
        AT+CMGL lab handset bench 3 raw pdu: 069156690400100405812700F0000862111291245023523010004D00313011004400610074006100200072006F0061006D0069006E006700200031004700420020006100640064002D006F006E002000610063007400690076006100740065006400205DF2542F7528
        2026-11-21 09:20:00.000 INFO dlr_stats window=1h sent=1,284,903 delivered=1,271,448 expired=9,217 rejected=4,238 dlr_rate=98.95%
        2026-11-21 09:21:17.442 ERROR submit_sm_resp cmd_status=0x00000058 (ESME_RTHROTTLED) system_id=SGW_PROMO_03 seq=884120 retry_in=2s
        Sender ID registry update: 'SPF-Notify' (Singapore Police Force) and 'MOH-SG' whitelisted under SSIR from 2026-12-01; unregistered IDs will show as 'Likely-SCAM'.
        2026-11-21 09:22:48.903 INFO hlr_lookup batch=HLRB-20261121-0042 size=50000 ported=6.2% absent=1.1% mcc_mnc_top=525-01,525-05,525-03
        2026-11-21 09:24:10.556 DEBUG concat ref=0xA7 part 2/3 src=LAZADA_SG dcs=0x00 udh=050003A70302 len=153 segment_ok
        2026-11-21 09:25:31.017 INFO smsc_addr TBCD=5669040010 (SMSC-B Jurong, +65 9640 0001) failover from SMSC-A complete, 0 in-flight lost
        2026-11-21 09:26:55.310 INFO mo_keyword shortcode=79777 kw=BAL reply_tpl=BAL_REPLY_EN lang=en hits=2,117 avg_latency_ms=412
    """),
    ("zh-Hans", "运营商公告"): _lines("""
        【中国移动】尊敬的客户：自2026年12月1日起，携号转网资格查询可编辑短信“CXXZ#姓名#证件号码”发送至10086，具体以营业厅公告为准。
        中国联通公告：因核心网割接，2026年12月6日00:00至04:00期间，北京、天津地区部分用户USSD查询及短信业务将短暂中断，详询10010。
        工信部提醒：“一证通查”服务可通过三家运营商App或微信小程序查询本人名下电话卡数量，每人每天限查两次，请勿轻信代查链接。
        中国电信上海公司营业厅地址变更：原南京西路1266号恒隆广场店迁至淮海中路283号香港广场B1层，营业时间10:00-22:00，热线10000。
        关于eSIM一号双终端业务升级的公告：华为Watch GT 5 Pro、Apple Watch Series 10 已支持，开通费0元，月功能费10元/终端。
        短信模板报备 TPL-CMCC-ROAM-0312，编码UCS2，内容十六进制 30104E2D56FD79FB52A8301156FD96456F2B6E386D4191CF53055DF2751F6548，审核通过。
        根据《电话用户真实身份信息登记规定》（工业和信息化部令第25号），办理入网手续时须出示有效证件原件并进行现场人像比对，代办须同时出示代办人证件。
        2026年第三季度携号转网统计：全国累计携转用户超4500万户，单季办理量环比增长3.8%，数据来源：中国信息通信研究院。
        公告：深圳市福田区深南大道6008号特区报业大厦营业厅12月7日临时闭店装修，急办业务请前往华强北路1019号华强广场厅。
        任正非在2019年接受媒体采访时谈及5G专利授权；本营业厅展示的华为Mate 70系列现货供应，以旧换新最高补贴800元。
        温馨提示：运营商工作人员不会通过短信索要验证码；如收到冒充“10086”的来电，请挂断后拨打官方客服热线或反诈专线96110核实，切勿点击短信中的陌生链接。
        资费调整公告：动感地带芒果卡月租29元，含通用流量30GB、定向流量40GB，超出后按5元/GB计费，2027年1月1日起执行。
        实名补登记专区：南京市鼓楼区中山路321号鼓楼营业厅每周六9:00-17:00开放，请携带本人有效身份证件原件办理，单位证件卡请由经办人持介绍信办理。
    """),
    ("zh-Hant", "ussd_menu"): _lines("""
        *#100# 主選單：1.查詢餘額 2.數據用量 3.增值服務 4.漫遊設定 5.語言/Language 0.返回 ── 中華電信預付卡 USSD v2.3
        USSD *109# 回覆範例：你的儲值卡餘額為 HK$58.30，有效期至 2027-02-28。回覆 1 增值，回覆 2 購買數據包。
        澳門電訊 CTM 預付卡 USSD：*133# 查詢餘額，*135*充值卡密碼# 增值，如有疑問請致電客戶服務熱線 1000。
        USSD 會話日誌 sess=UA-77F1 step=3 menu=ROAM_PKG opt=2 resp='已為你訂購 日韓 5 日 3GB 漫遊數據包 HK$98' latency=380ms
        臺灣大哥大 *123# 選單草案：1 帳單金額 2 繳費紀錄 3 門號可攜狀態 4 語音信箱設定，客服專線 0809-000-852，修訂日期 2026/11/28。
        遠傳電信 USSD 選單「漫遊開關」第 4 頁文案：開啟後每日上限 NT$399，如需關閉請撥 *880#，詳見 fetnet.net 漫遊專區。
        GSM 03.38 備註：USSD 字串 *100# 以 7-bit 打包後為 AA180C3602，回應含中文時改用 UCS2，單頁最大 182 字元。
        csl *118# 漫遊數據日費計劃：中國內地及澳門 HK$38/日，亞太區 HK$68/日，可於 My HKT App 內隨時取消自動續訂。
        USSD 閘道設定：timeout=180s，max_steps=8，charset=UCS2，服務代碼 *139# 對應路由 HK-SMT-USSD-01（SmarTone）。
        選單回覆範本 TPL_BAL_ZHT：「你的主戶口餘額為 {balance}，數據餘量 {data_mb}MB，有效期至 {expiry}。」變數由計費系統填入。
        3香港 *1228# 查詢數據用量，回覆時間約 3 秒；若顯示「服務不可用」，請重啟手機或前往銅鑼灣時代廣場門市查詢，門市營業至晚上十時。
        中華電信總公司（臺北市中正區信義路一段21-3號）機房於 11/30 凌晨進行 USSD 平台升級，02:00-04:00 *#100# 暫停服務。
        USSD 統計（2026年11月）：*#100# 查詢 1,284,331 次、*123# 3,902,115 次、平均會話 2.4 步、逾時率 0.7%。
    """),
    ("ms", "soalan_lazim_mnp"): _lines("""
        S: Berapa lama proses Mudah Alih Nombor Mudah Alih (MNP)? J: Biasanya dalam 2 hari bekerja selepas permohonan lengkap diterima oleh pengendali penerima.
        S: Adakah saya perlu bayar untuk pindah nombor? J: Tiada caj MNP dikenakan oleh CelcomDigi; namun tunggakan bil dengan pengendali asal mesti dijelaskan dahulu.
        S: Dokumen apa diperlukan? J: MyKad asal bagi warganegara atau pasport dan pas sah bagi bukan warganegara; nama mesti sama seperti rekod pengendali asal.
        S: Di mana kaunter terdekat? J: Maxis Centre, Lot G-12, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur, dibuka 10 pagi hingga 10 malam.
        S: Format nombor MyKad yang diterima sistem? J: 12 digit tanpa sengkang, contohnya YYMMDDPBXXXX; sistem akan menolak input yang mengandungi huruf.
        S: Kenapa MNP saya ditolak dengan kod RJ07? J: RJ07 bermaksud nombor masih dalam tempoh kontrak; sila rujuk Terma Perkhidmatan seksyen 12.3.
        S: Adakah MCMC menetapkan had masa? J: Ya, mengikut Kod Mudah Alih Nombor MCMC; aduan boleh dibuat melalui portal aduan.skmm.gov.my jika lewat.
        S: Bolehkah pelanggan pascabayar U Mobile pindah ke Yes 5G? J: Boleh, selagi akaun aktif dan tiada sekatan; pelan Yes Infinite+ RM49 sebulan tersedia untuk port-in.
        S: Apakah kod USSD *888# ini? J: Untuk semakan status port; balasan seperti 'PORT_PENDING 2/3' bermaksud langkah kedua sedang diproses oleh pengendali.
        S: Adakah imej selfie eKYC disimpan? J: Ya, mengikut tempoh simpanan dalam notis privasi syarikat, selaras dengan Akta Perlindungan Data Peribadi 2010.
        S: Saya beli SIM di kedai 'Ah Seng Handphone Centre', Jalan Petaling; sah tak? J: Ya jika kedai itu ejen berdaftar; semak senarai ejen di laman rasmi pengendali.
        S: Berapa kos tukar SIM fizikal kepada eSIM? J: RM10 bagi prabayar, percuma bagi pascabayar; pesanan boleh dibuat melalui aplikasi MyMaxis atau CelcomDigi App.
        S: Nombor SSM untuk invois korporat? J: Gunakan nombor pendaftaran 199701009694 (430278-W) seperti pada invois; e-mel korporat@contoh-telco.com.my untuk salinan.
    """),
    ("mixed", "config_and_code"): _lines("""
        smpp: {host: smsc-b.int.example.net, port: 2775, system_id: SGW_PROMO_03, password: ${SMPP_PASS}, enquire_link_s: 30, bind: transceiver}
        MSISDN_SG_RE = r'^(65)?[89][0-9]{7}$'  # 新加坡手机号校验，不含固话号段，国际前缀先在上游剥离
        NRIC_RE = '^[STFGM][0-9]{7}[A-Z]$'  # checksum 另外用 weights (2,7,6,5,4,3,2) 计算，S/T 与 F/G 字母表不同
        def tbcd_decode(b: bytes) -> str: return ''.join('%X%X' % (x & 0x0F, x >> 4) for x in b).rstrip('F')  # MAP 地址解码
        ekyc_vendor: {name: Jumio, region: ap-southeast-1, liveness: passive, doc_types: [MYKAD, NRIC, HKID, TWID, PRC_ID], face_match_threshold: 0.82}
        EKYC_CONFIG_B64=eyJzZGsiOiJla3ljLWxpdGUiLCJ2ZXIiOiIzLjQuMSIsImxpdmVuZXNzIjoicGFzc2l2ZSIsImRvY1R5cGVzIjpbIk1ZS0FEIiwiTlJJQyIsIkhLSUQiXX0=  # SDK 版本与证件类型白名单
        CREATE TABLE cdr_voice (cdr_id BIGINT, a_msisdn_hash CHAR(64), b_msisdn_hash CHAR(64), start_ts TIMESTAMPTZ, dur_s INT, cell_id VARCHAR(20));
        test_vectors: [{in: '0180F6', out: '10086'}, {in: '0110F0', out: '10010'}]  # TBCD 单元测试，客服短号
        ussd_menu.yaml: root: '*#100#' items: [{key: 1, label_ms: 'Semak Baki', label_zh: '查询余额'}, {key: 2, label_ms: 'Langgan Data', label_zh: '订购流量'}]
        curl -s -X POST https://api.example-telco.com/v2/mnp/eligibility -H 'Authorization: Bearer <token>' -d '{"msisdn":"<E164>","donor":"50212"}'
        kafka topic cdr.raw.v3 partitions=48 retention.ms=604800000 compression=zstd; schema-registry subject cdr-raw-value version 17 (Avro)
        SELECT mcc_mnc, COUNT(*) AS ports FROM mnp_requests WHERE created_at >= '2026-11-01' GROUP BY 1 ORDER BY 2 DESC; -- 月报 502-12 / 502-13 / 502-16
        i18n/ms.json: {"otp.sms": "Kod TAC anda ialah {code}. Jangan kongsi dengan sesiapa.", "otp.expire": "Sah selama {min} minit"}
    """),
    ("en", "cdr_interconnect_csv"): _lines("""
        record_type,mcc_mnc_orig,mcc_mnc_term,trunk_group,calls,minutes,rate_usd_per_min,amount_usd,settlement_period
        IC,525-01,502-12,TG-SGMY-07,184203,612448.5,0.0125,7655.61,2026-10,invoice INV-SGMY-2026-10-0017
        IC,454-00,460-00,TG-HKCN-02,2293310,7015822.0,0.0089,62440.82,2026-10,invoice INV-HKCN-2026-10-0042
        cell_id,tac,lac,site_name,erlangs_busy_hour,drop_rate_pct / 502-16-5A21,0x0B3F,0x2C01,KLCC Tower 2 rooftop,41.7,0.42
        Header spec v4.2: cdr_id,record_type(MOC|MTC|SMSMO|SMSMT|GPRS),served_imsi_hash,served_imei_tac,start_time_utc,duration_s,cell_global_id
        GPRS,525-05,APN=internet.starhub,volume_ul_mb=1824331,volume_dl_mb=22918475,sessions=4418230,period=2026-11-20,granularity=daily_total
        TAC summary: 35332011 (Apple iPhone 15 Pro) 18.4%, 35890512 (Samsung Galaxy S24) 12.1%, 86768706 (Xiaomi 14) 6.3% of attached devices, SG, Nov 2026
        SMS,466-92,466-97,IC-TW-CHT-TWM,8821004,,0.0042,37048.22,2026-10,dispute DSP-2026-311 opened on 3.1% count mismatch
        roaming_tap,TAP3.12,file=CDSGPSGMYSMY01234,records=55120,charge_sdr=18420.77,exchange_rate_sdr_usd=1.3341,sent=2026-11-02T03:00Z
        #Interconnect rates effective 2026-12-01: SG->MY mobile 0.0120 USD, SG->HK mobile 0.0095 USD, SG->MO 0.0310 USD, SG->TW 0.0180 USD
        trunk_group,switch,e1_count,utilisation_pct,asr_pct,ner_pct,acd_s / TG-SGHK-03,MSC-Tuas-2,32,68.4,54.2,98.1,182
        reconcile: ours=2293310 calls vs theirs=2291877 (diff 0.06%) on TG-HKCN-02, within 0.5% tolerance, close ticket RC-2026-10-118
        CSV export cdr_daily_agg_20261120.csv.gz sha256=9c1e0f4b7a2d33e58f6a1c0b94d27e5f8a3b6c9d0e1f2a4b5c6d7e8f9a0b1c2d rows=1,048,575
    """),
    ("zh-Hans", "ekyc_sdk_changelog"): _lines("""
        v3.4.1（2026-11-18）：修复在红米 Note 13 上活体检测偶发黑屏的问题；新增港澳居民来往内地通行证（回乡证）OCR 支持。
        v3.4.0：人脸比对阈值默认值由 0.80 调整为 0.82，误识率（FAR）在内部测试集上降至 0.001%，拒识率（FRR）为 1.8%。
        v3.3.7：OCR 字段映射新增 issuing_authority、valid_from、valid_to；“姓名”“公民身份号码”字段在日志中默认脱敏且不落盘。
        兼容性说明：最低支持 Android 8.0 / iOS 13，HarmonyOS NEXT 5.0 适配中，预计随 v3.5.0 发布；安装包体积增加 1.2MB。
        v3.3.5：修复马来西亚 MyKad 芯片 NFC 读取在 Samsung Galaxy A55 上超时的问题，超时时间由 8s 调整为 15s。
        配置示例：ekyc.init(appKey='demo_app_key_0000', env='sandbox', lang='zh-CN', docType='CN_ID_CARD_2ND_GEN')，正式环境请向商务申请密钥。
        v3.3.0：新增新加坡 Singpass MyInfo 对接模块，接入企业需在 GovTech 开发者门户完成注册并提供公司 UEN。
        已知问题：iPhone 12 mini 在强逆光下 OCR 识别率下降约 6%，建议引导到室内光线均匀处拍摄证件，后续版本优化曝光。
        v3.2.9：SDK 签名证书 SHA-1 指纹更新为 3B:7A:91:0C:5E:22:D4:8F:A1:6B:09:EE:43:C7:5D:12:8A:F0:36:B9，请在 2027-01-31 前更新白名单。
        元数据字段说明：device_model、os_version、sdk_version、liveness_score(0-1)、spoof_type(print|screen|mask)、latency_ms，不含任何证件号码。
        v3.2.6：按《个人信息保护法》第三十八条要求，新增数据出境开关 cross_border，默认值 false，启用前须完成安全评估。
        日汇总 2026-11-20：请求 182,334 次，活体通过率 96.4%，OCR 平均耗时 640ms，P99 延迟 1.9s，失败原因前三：反光、模糊、遮挡。
        v3.2.0：新增台湾身份证正反面模板、澳门居民身份证（身份证明局签发）模板，字段顺序参考各地官方公布的样张，演示图片均使用官方样证而非真实证件。
    """),
    ("mixed", "noc_staff_chat"): _lines("""
        [NOC-B 02:14] SMSC-A 又 flap 了, failover to SMSC-B Jurong ok, queue 3.4k msgs draining, will monitor till 3am 🙏
        [NOC-B 02:20] @oncall-core MSC-Tuas-2 CPU 92%, ada yang boleh check TG-SGHK-03? ASR drop to 41% since 02:05
        [NOC-A 08:01] handover: INC-2026-11-21-007 closed, RCA pending from Ericsson, 明天 10am bridge call, dial-in on Teams
        [NOC-A 08:15] Maxis 那边说 MNP gateway 502-12 maintenance 今晚 1am-3am, port requests akan queue, jangan panik 😂
        [Ops-KL 09:30] Reminder: Mid Valley outlet 今天 stock take, eSIM QR printer rosak, guna backup printer HP LaserJet M404 kat rak B.
        [NOC-B 11:42] cron job cdr_daily_agg lambat 40 min sebab partition 17 skew, 已经 rebalance, ETA 12:30
        [Ops-HK 13:05] 旺角西洋菜南街門市 USSD *109# demo 機壞咗, 已開 ticket IT-88231, 今日先用 iPad 示範 🙏
        [NOC-A 14:20] FYI SSIR 新 sender ID 'MOH-SG' 已 whitelist, test SMS from sandbox ok, dlr 200 ms
        [Ops-TW 15:10] 新竹巨城門市的 5G 吃到飽海報價格印錯 NT$1399 應為 NT$1199, 已通知總部行銷重印 500 張
        [NOC-B 16:48] Kafka lag cdr.raw.v3 partition 22 = 1.8M, consumer group cdr-loader restarted, lag turun ke 20k dalam 5 min
        [Ops-SG 17:30] Lucky Plaza roadshow booth L1-08 tomorrow 11am-9pm, bring 200 starter packs + 2 eKYC tablets, dress code polo
        [NOC-A 19:02] 誰有空 review PR #4412 (tbcd_decode rstrip fix)? CI 綠了, need 1 approval before freeze 20:00
        [Ops-MO 20:15] 澳門新馬路營業點今晚 22:00 提早關門做消防演習, 明早 09:30 照常營業, 已更新 Google Maps 營業時間
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        REG,525-01,2026-11-03T14:22:09+08:00,iccid=89650126110300488170,msisdn=+6591847362,name=KOH WEI JIE ANDREW,nric=S8734521A,dob=1987-04-12,addr=Blk 412 Bedok North Ave 2 #09-117 S460412
        ekyc.submit req=9f3c21e0 channel=hotlink_app payload_b64=eyJmdWxsTmFtZSI6Ik51cnVsIEFpbmEgYmludGkgUm9zbGkiLCJteWthZCI6Ijk1MDMxNy0xMC01NTQ2IiwiZG9iIjoiMTk5NS0wMy0xNyJ9 result=PENDING_REVIEW
        Porting desk note: Marcus Lim Boon Huat asked us to waive the early termination fee because he was retrenched in October and is three months behind on his HDB loan.
        MAP MO-ForwardSM sm-RP-OA msisdn TBCD=5689217340 (ton=intl, npi=isdn) imsi=525012204871936 vlr=6596400123 result=ack
        NPR-SG-20261118-00431 | donor StarHub -> recipient Singtel | port number +65 8273 6104 | subscriber Priya d/o Rajendran, NRIC T0123458C | reason: leaving ex-husband's family plan after divorce
        blacklist add 6590218473 reason=harassment_complaint ticket=INC-884120 by=fraud_ops ttl=90d
        CDR|MOC|2026-11-20 23:41:07|A=+60173384102|B=+60376272929 (Befrienders KL)|dur=00:47:12|cell=502-13-4A21-0B3F|imei=353320112847103
        Call tag #55291: Mrs Goh from Blk 88 Tampines St 81 #03-214 wants her late husband's line moved to her daughter Shermaine; death certificate uploaded.
        Collections dialler export row: 0162287740,Rajesh Kumar a/l Subramaniam,postpaid arrears RM1284.60,3 broken promises,DNC after 9pm
        SMS-to-email forward rule #31 created: all MT from sender 'OCBC' forwarded to jiahui.ong87@gmail.com (customer request, verified by OTP)
        eKYC liveness reject: selfie vs NRIC photo 0.41, applicant Darren Seah Kok Wai, S7912034J, attempt 3/3 at Comcentre kiosk, flagged possible money mule
        IMSI 502161183920475 IMEI 356938035643809 last seen cell 502-16-2B07 Jalan Ampang 02:13; subscriber Lee Mei Xin reported the phone taken in a robbery
    """),
    "zh-Hans": _lines("""
        实名登记|460-00|ICCID 89860019230451872637|号码 13817264059|姓名 周晓婷|证件 310104199203154128|地址 上海市徐汇区漕溪北路595弄12号1203室|渠道 徐家汇营业厅
        MT短信 dcs=0x08 tpl=ARREARS_03 dst=15920381746 ud=738B5EFA56FD5148751FFF0C60A8540D4E0B53F778015DF26B208D39003300320036002E003500305143FF0C003365E55185505C673A
        上行短信 10086 <- 13570294816 内容：CXXZ#刘美玲#440306198807123021，下行回复：您的号码满足携号转网条件
        客服工单备注：李红梅女士称丈夫沉迷网络赌博欠下二十多万网贷，要求停掉其副卡并调取近三个月通话详单用于离婚诉讼。
        骚扰号码冻结：18620937514，近7天被投诉43次，关停前已短信告知机主。
        活体检测回调 {"result":"pass","score":0.97,"ocr":{"name":"黄子豪","id":"440106199502285111","addr":"广州市天河区龙口西路华庭小区7栋1502"},"device":"HUAWEI P60"}
        话单扩展字段 cdr_ext=eyJ1c2VyX25hbWUiOiLmnajkuL3ljY4iLCJjZXJ0X25vIjoiMTEwMTA1MTk4MzA5MDcyNDI0In0= 计费号码 13911820473 时长 00:12:41
        营业厅群聊：阿强哥那张卡 139****2210 明天要补，他身份证丢了，先让他带临时身份证过来，别忘了拍照留底。
        短信网关 2026-11-21 08:00:03 MT 13511029384 模板 TPL_HOSP_07 参数 name=赵桂芳 dept=肿瘤内科 bed=12 msg=化疗前请空腹
        客户口述手机号：幺三八，零二七六，四五九一，姓孙，住朝阳区望京西园三区212号楼2单元601，要求上门办理宽带移机。
        OCR识别 身份证号 5101 0719 9011 0336 51 姓名 吴俊杰 民族 汉 住址 成都市武侯区玉林南路8号附3号 签发机关 成都市公安局武侯区分局
    """),
    "zh-Hant": _lines("""
        實名登記|454-00|號碼 6218 3304|中文姓名 陳嘉欣|英文姓名 CHAN KA YAN|HKID K604318(6)|出生日期 1996-08-21|登記方式 網上自拍比對
        攜碼申請 NP-TW-20261115-0772：門號 0921-604-337，申請人 張雅婷，身分證 F228190354，原業者 台灣大哥大，新業者 中華電信，生效日 11/18。
        澳門電訊預付卡補登記：號碼 6688 1290，持證人 何志豪，澳門居民身份證 1308412(7)，住址 澳門黑沙環新街海濱花園第二座14樓C
        MT 短信 dcs=08 dst=85291830276 ud=9673751FFF1A4F6056055206671F5C1A6B200048004B00240034002C003200380030FF0C8ACB65BC0031003267080031003565E5524D6E057E73
        門市留言：黃太話佢個仔喺瑪麗醫院洗腎，想將佢月費計劃降級慳返啲錢，佢哋住黃大仙竹園北邨蓮園樓。
        eKYC 回傳 meta_b64=eyLlp5PlkI0iOiLolKHlrpfnv7AiLCLouqvliIborYkiOiJIMTI0NzAzOTUzIiwi5omL5qmfIjoiMDk1OC0yMjctMTY0In0= liveness=0.93 裝置=iPhone 14
        調閱通聯：0933-218-547 於 2026/10/02 22:14 撥打 0958-661-302，通話 31 分 07 秒，基地台 466-92-7F3A 台中市西屯區
        帳單寄送地址變更：台中市西屯區福科路312號9樓之2，收件人 吳宗翰先生，原因：與前妻分居，帳單勿再寄往舊址。
        阿May 部電話唔見咗，佢話 SIM 卡 PUK 要傳去佢新 email maywong.hk88@outlook.com，號碼 5403 8817 記得先停話。
        eSIM 轉移紀錄：EID 89049032004008882600003185071234，原機 iPhone 13，新機 Pixel 9，用戶 鄭家豪 HKID R338120(9)，於旺角門市辦理。
    """),
    "ms": _lines("""
        Pendaftaran prabayar: Nama MUHAMMAD HAFIZ BIN ZAINAL | MyKad 910823-01-5537 | No. 019-284 7361 | Alamat No 12, Jalan Mawar 3, Taman Sri Skudai, 81300 Johor Bahru
        Permohonan MNP #MNP2611-88341: nombor 012-770 3918 dari Maxis ke CelcomDigi, pemohon Siti Khadijah binti Omar, sebab: suami tinggalkan rumah dan bil atas nama dia tak dibayar
        Nota panggilan: pelanggan sebut nombor kosong satu tujuh, tiga lapan dua, empat kosong sembilan satu untuk semakan baki.
        Nota agen: Encik Lim Chee Keong minta tangguh bayaran bil tiga bulan sebab baru lepas pembedahan pintasan jantung di IJN.
        USSD log sess=MY-9A1F msisdn=60137742091 input=*128*3*930214086673# step=OK produk=Pinjaman Kredit RM10
        ekyc_meta=eyJuYW1hIjoiTW9oZCBGYWl6YWwgYmluIEhhcnVuIiwibm9LUCI6Ijg3MDYwNS0xNC02NjQxIn0= skor_liveness=0.88 peranti=vivo V30 status=LULUS
        Bayaran balik deposit RM300 ke akaun Maybank 1640 2231 8875 atas nama Nor Azlina binti Ahmad, rujukan REF-DEP-77120.
        sms_gw mt dst=60194417302 dcs=0x04 ud_hex=53616C616D204B616B20526F732C20756261742064617261682074696E676769206D616B206461682068616269732C20746F6C6F6E6720616D62696C206B6174204B6C696E696B204B657369686174616E2042616E677361722065736F6B
        Permintaan PDRM: rekod panggilan 011-2709 4835 untuk suspek Azman bin Yusof yang ditahan pada 14/11 di Kajang, rujukan IP/KJG/2026/4412.
        Lawatan teknikal 5G: No 7, Lorong Seri Damai 4, 25150 Kuantan, Pahang; Puan Rohani, kereta CBK 4417 di porch, anjing garang dalam rumah.
    """),
    "mixed": _lines("""
        AT+CMT pdu=06915669040010040A915639031785000862111291245023320041006800200042006F0079002C0020598859884F4F96624E86002000540054005300480020007700610072006400200039
        bro the uncle at Blk 203 Toa Payoh Lor 8, Mr Teo Ah Huat, his SIM kena barred cos his son used it for scam calls, police came already
        陈先生 Mr Tan Kok Leong, IC 780912-07-5123, 槟城 Jalan Burma 住家 No. 88, 要求 port-in 到 Digi, 他说 Maxis 一直 overcharge
        eKYC HKID OCR: 姓名 梁詠詩 LEUNG Wing Sze, HKID M275903(4), DOB 02-11-1990, liveness 0.95, channel=SmarTone app, 結果 PASS
        CSV: msisdn,name,id_no,plan,arrears | 60112094871,Wong Siew Ling 黄秀玲,850922-14-5210,Postpaid 98,RM 642.10
        {"evt":"sim_swap","ts":"2026-11-19T21:03Z","msisdn":"+886910552483","nick":"小蔡","note":"客戶說手機掉在捷運, 要求 urgent swap"}
        Taiwan roaming complaint: 林太 (Mrs Lin Shu-Fen), 0975-310-884, billed NT$8,320 data roaming in Johor during her cancer treatment trip, asks waiver
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an internal assistant for a Singapore mobile operator's SIM registration back office. Follow the PDPA and never share customer data outside the case.",
        ),
        (
            "user",
            "Can you check whether this NRIC checksum is valid before I approve the registration? Name: Nicholas Ong Jun Hao, NRIC S9021847F, mobile 9735 2018, address Blk 56 Commonwealth Drive #11-302.",
        ),
        (
            "assistant",
            "Using the standard weights 2,7,6,5,4,3,2 on the digits 9021847 gives a sum of 93; 93 mod 11 is 5, and for the S series that maps to F, so S9021847F is well-formed. Please still compare the name and photo with the physical card before you approve.",
        ),
        (
            "user",
            "Great, approved. He also asked for paper bills to go to his office instead of Commonwealth Drive.",
        ),
        (
            "assistant",
            "Noted. Update the billing address field on Mr Ong's account only after he submits the office address in writing, and keep the registered residential address unchanged for the SIM record.",
        ),
    ],
    [
        (
            "user",
            "Write a Python snippet to mask the A and B numbers in this CDR line before I share it with the vendor: MOC|2026-11-20 10:02:11|+60176620931|+60122904718|00:03:12|502-13-4A21",
        ),
        (
            "assistant",
            "Split on the pipe and replace fields 2 and 3: parts = line.split('|'); parts[2] = parts[2][:4] + '*' * (len(parts[2]) - 4); parts[3] = parts[3][:4] + '*' * (len(parts[3]) - 4); masked = '|'.join(parts). That keeps the country and operator prefix for routing analysis but hides the subscriber digits.",
        ),
        ("user", "Thanks. Should the cell ID 502-13-4A21 also be removed?"),
        (
            "assistant",
            "Yes if the vendor does not need it: together with the timestamp, a cell ID can locate the caller of +60176620931 to a few hundred metres, so either drop it or generalise it to the LAC.",
        ),
    ],
    [
        (
            "system",
            "You draft customer letters for the number porting team of a Singapore operator. Keep a formal, apologetic tone.",
        ),
        (
            "user",
            "Draft a short letter to Ms Farah Liyana binti Kamal, Blk 117 Jalan Bukit Merah #05-1420, Singapore 160117. Her port of 8816 4072 was rejected because the NRIC name did not match the donor record, which says Farah L. Kamal.",
        ),
        (
            "assistant",
            "Dear Ms Farah Liyana binti Kamal, we regret that your request to port 8816 4072 could not be completed. The name on your NRIC does not match the name held by your current operator (Farah L. Kamal). Please ask them to update the record, then visit any of our shops with your NRIC and we will resubmit the request free of charge. Yours sincerely, Number Porting Team",
        ),
    ],
    [
        (
            "user",
            "帮我解码这条短信的UD（UCS2）：521868425170597358EBFF0C60A85C3E53F70031003900320035768453F778015DF26B208D3900380038002E003000305143",
        ),
        (
            "assistant",
            "解码结果为：“刘桂兰女士，您尾号1925的号码已欠费88.00元”。这是一条带客户姓名和欠费金额的催缴短信。",
        ),
        ("user", "帮我改写得更委婉一些，刘阿姨今年七十多岁了，上个月刚做完白内障手术，别吓到她。"),
        (
            "assistant",
            "建议改为：“刘桂兰女士您好，您尾号1925的号码本月话费尚有88.00元未缴，方便时可通过营业厅或支付宝缴纳，如有困难请拨打10086，我们会为您安排延期。”",
        ),
    ],
    [
        (
            "system",
            "你是中国联通在线客服助手。当前客户资料：姓名 马志远，号码 18601127493，证件号 320102197706140035，在网 11 年，合约期至 2027-03-31。",
        ),
        ("user", "我想携号转网到移动，现在可以办吗？"),
        (
            "assistant",
            "马先生您好，您的号码18601127493目前仍处于合约期内（至2027年3月31日），提前解约需按协议支付违约金。合约到期后即可发送CXXZ短信查询资格并申请授权码。",
        ),
        ("user", "违约金大概多少？我最近失业了，手头比较紧。"),
        (
            "assistant",
            "按您的合约剩余4个月估算约为120元。考虑到您的情况，可以先申请降档到19元保号套餐，等合约到期再办理携转，这样更划算。",
        ),
    ],
    [
        (
            "user",
            "幫我將以下投訴整理成三點：客戶鄧志強（HKID G481027(8)）話佢個 SIM 卡被人冒名換卡，銀行 OTP 被截走，損失 HK$46,000，佢住將軍澳厚德邨德智樓1208室，電話 6027 3391。",
        ),
        (
            "assistant",
            "1. 鄧志強先生（HKID G481027(8)）報稱其號碼 6027 3391 被第三者冒名辦理換卡。2. 換卡後銀行 OTP 被截取，損失約 HK$46,000。3. 客戶要求調查換卡門市記錄並提供文件以便向銀行及警方跟進。",
        ),
        ("user", "需要寫埋佢地址嗎？"),
        (
            "assistant",
            "內部調查可保留將軍澳厚德邨德智樓1208室作聯絡之用，但轉交銀行或外判商時應刪去地址，只保留個案編號。",
        ),
    ],
    [
        ("system", "你是台灣某電信業者 eKYC 團隊的技術助理。"),
        (
            "user",
            "這段 eKYC metadata 是什麼內容？eyJuYW1lIjoi6Kix6ZuF6ZuvIiwidHdfaWQiOiJCMTIwMzg0NzY5IiwiYmlydGgiOiIxOTkxLTA1LTAyIn0=",
        ),
        (
            "assistant",
            "這是 Base64 編碼的 JSON，解碼後為 {name: 許雅雯, tw_id: B120384769, birth: 1991-05-02}，屬於申辦人的姓名、身分證字號與生日，屬個人資料，不應寫入一般 debug log。",
        ),
        ("user", "那 log 裡該怎麼處理？"),
        (
            "assistant",
            "建議在寫入前移除 name 與 tw_id，只保留請求編號與活體分數；若需追查，改由加密的案件系統以請求編號回查。",
        ),
    ],
    [
        (
            "user",
            "Tolong draf SMS peringatan tunggakan untuk Encik Kamarul Ariffin bin Shafie, nombor 013-992 4051, tunggakan RM412.80 sejak Ogos.",
        ),
        (
            "assistant",
            "Salam Encik Kamarul Ariffin, akaun bagi nombor 013-992 4051 mempunyai tunggakan RM412.80 sejak Ogos. Sila jelaskan bayaran melalui aplikasi atau kaunter terdekat untuk mengelakkan gangguan perkhidmatan. Terima kasih.",
        ),
        ("user", "Pendekkan bawah 160 aksara, dia dah warga emas."),
        (
            "assistant",
            "Salam En. Kamarul, bil 013-992 4051 tertunggak RM412.80 sejak Ogos. Sila bayar di kaunter atau aplikasi. Perlu bantuan? Hubungi kami. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu analisis log USSD untuk pasukan pencegahan penipuan sebuah syarikat telekomunikasi Malaysia.",
        ),
        (
            "user",
            "Log ni pelik: 2026-11-20 02:11:40 msisdn=60182275039 input=*118*2*900311106628*5000# berulang 14 kali dalam 3 minit. Apa maksudnya?",
        ),
        (
            "assistant",
            "Menu *118*2 ialah permohonan pinjaman kredit dengan nombor MyKad 900311-10-6628 dan amaun 5000. Cubaan berulang dari 60182275039 mungkin bermaksud seseorang menguji nombor MyKad orang lain; sekat sementara dan hubungi pemilik akaun.",
        ),
        (
            "user",
            "Pemilik MyKad tu rupanya ibu pelanggan, Puan Zainab binti Ismail, dia tak tahu langsung.",
        ),
        (
            "assistant",
            "Rekodkan bahawa Puan Zainab binti Ismail menafikan permohonan, batalkan transaksi, dan sarankan laporan polis jika anaknya menggunakan MyKad tanpa izin.",
        ),
    ],
    [
        (
            "user",
            "Can you translate this voicemail transcript to English? 喂，我係住喺 Woodlands Drive 16, Blk 512 #08-33 嘅何太，我老公上個禮拜中風入咗 KTPH，佢部電話 9642 1180 張月費單我想轉去我名下。",
        ),
        (
            "assistant",
            "Hello, I am Mrs Ho from Blk 512 Woodlands Drive 16 #08-33. My husband had a stroke last week and was admitted to KTPH. I would like the monthly bill for his phone, 9642 1180, transferred to my name.",
        ),
        ("user", "Anything here we shouldn't paste into the ticketing system?"),
        (
            "assistant",
            "The stroke and hospital admission are health information about Mr Ho; record only that the account holder is incapacitated and that Mrs Ho requests a transfer of ownership, and keep the medical detail out of the ticket.",
        ),
    ],
]
