# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade100: personal data hidden in bank payment messages (MT103, ISO 20022, ISO 8583, GIRO/DuitNow/FPS batches, statements). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade100
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "swift_mt103"): _lines("""
        {1:F01DBSSSGSGAXXX4821093311}{2:I103MBBEMYKLXXXXN}{4::20:FT2431877Q01 :23B:CRED :32A:241113SGD48500,00 :50K:/0721458836 HALCYON MARINE SUPPLIES PTE LTD 8 SHENTON WAY #21-03 SINGAPORE 068811 :59:/514011223344 PERDANA KOTA TRADING SDN BHD :70:/INV/PKT-2024-1187 :71A:SHA -}
        :20:REF0098812 :23B:CRED :32A:250207USD12400,00 :50K:/0044127730 LEE KUM KEE (HONG KONG) FOODS LTD :59:/0012845531 TAN TOCK SENG HOSPITAL FUND :70:SPONSORSHIP NURSES DAY 2025 :71A:OUR
        Field :70: allows 4 lines of 35 characters; put the /RFB/ and /INV/ codes first and never copy the payer's personal details into it.
        Template -> :50K:/{ordering_account} {ORDERING_CUSTOMER_NAME} {ADDRESS_LINE_1} :59:/{beneficiary_account} {BENEFICIARY_NAME} :70:{REMITTANCE_INFO}
        {4::20:INQ241104-33 :21:FT2431877Q01 :79:/REJT/AC01 BENEFICIARY ACCOUNT NUMBER INVALID PLEASE AMEND AND RESEND -}
        :70:/RFB/LKY SCHOOL OF PUBLIC POLICY EXEC PROG FEE COHORT 2025-B /INV/LKYSPP-EP-0412
        :32A:250314GBP3180,00 :59:/40-11-62 71298844 SHERLOCK HOLMES MUSEUM LTD 221B BAKER STREET LONDON :70:TICKETING SETTLEMENT MAR 2025
        :32A:241231HKD1000000,00 :33B:HKD1000000,00 :59:/012-345-678901-001 LI KA SHING FOUNDATION LTD :70:SAY HONG KONG DOLLARS ONE MILLION ONLY /ROC/CHARITY-Q4
        MT103 volume Oct 2024: 18,442 sent, 312 repaired, 27 returned (AC04 14, AM05 6, RC01 7); median ack 41s, no repairs touched party fields.
        :52A:ICBKCNBJSZN :56A:CHASUS33 :57A:HSBCHKHHHKH :59:/808-123456-838 HARBOUR CITY ESTATES LTD :70:/ACC/RENTAL DEPOSIT SHOP G12 OCEAN TERMINAL
        gpi tracker: UETR 3f7c1e9a-4b2d-4e51-9c8a-0d6e2b7f4a11 status ACCC at 2025-01-09T03:14:52Z, charges USD 25,00 deducted by intermediary CHASUS33
        :72:/INS/ABNANL2A /ACC/CALL CORPORATE DESK +65 6222 8800 BEFORE CREDIT
        :70:/INV/9982341 PAYMENT FOR 40FT CONTAINER MSCU 7712045 EX PORT KLANG /BL/MEDU4418820
    """),
    ("en", "iso20022_xml"): _lines("""
        <CdtTrfTxInf><PmtId><EndToEndId>E2E-20241104-000871</EndToEndId></PmtId><Amt><InstdAmt Ccy="SGD">3200.00</InstdAmt></Amt><Cdtr><Nm>Sunrise Bakery Pte Ltd</Nm></Cdtr><RmtInf><Ustrd>SU5WLTIwMjQtMDg4MTcgLyBQTyA0NTAwMTIzOTg3</Ustrd></RmtInf></CdtTrfTxInf>
        <GrpHdr><MsgId>PAIN001-HALCYON-20250203-01</MsgId><CreDtTm>2025-02-03T09:12:44+08:00</CreDtTm><NbOfTxs>148</NbOfTxs><CtrlSum>512880.35</CtrlSum><InitgPty><Nm>HALCYON MARINE SUPPLIES PTE LTD</Nm><Id><OrgId><Othr><Id>201912345K</Id><SchmeNm><Cd>TXID</Cd></SchmeNm></Othr></OrgId></Id></InitgPty></GrpHdr>
        <Dbtr><Nm>{{DEBTOR_NAME}}</Nm><PstlAdr><StrtNm>{{STREET}}</StrtNm><PstCd>{{POSTCODE}}</PstCd></PstlAdr><Id><PrvtId><Othr><Id>{{NATIONAL_ID}}</Id></Othr></PrvtId></Id></Dbtr>
        <RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>INV-88213</Nb><RltdDt>2024-12-02</RltdDt></RfrdDocInf><RfrdDocAmt><DuePyblAmt Ccy="MYR">18450.00</DuePyblAmt></RfrdDocAmt></Strd></RmtInf>
        <Cdtr><Nm>Raffles Medical Group Ltd</Nm><PstlAdr><StrtNm>North Bridge Road</StrtNm><BldgNb>585</BldgNb><PstCd>188770</PstCd><Ctry>SG</Ctry></PstlAdr></Cdtr>
        <SplmtryData><Envlp><Note>eyJpbnZvaWNlIjoiSU5WLTg4MjEzIiwic2t1IjoiU0tVLUFYLTQ0MTAiLCJxdHkiOjEyfQ==</Note></Envlp></SplmtryData>
        <TxInfAndSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Closed account; 3 of 148 transactions rejected in batch PAIN001-HALCYON-20250203-01</AddtlInf></StsRsnInf></TxInfAndSts>
        <CdtrAcct><Id><Othr><Id>5140 1122 3344</Id></Othr></Id><Nm>PERDANA KOTA TRADING SDN BHD - COLLECTION</Nm></CdtrAcct>
        <UltmtCdtr><Nm>Jollibee Foods Corporation</Nm></UltmtCdtr><Purp><Cd>SUPP</Cd></Purp><RgltryRptg><Dtls><Cd>MY-0113</Cd><Inf>Payment for goods imported</Inf></Dtls></RgltryRptg>
        <RmtInf><Ustrd>UXVhcnRlcmx5IHNlcnZpY2UgZmVlIFEzIDIwMjQgLSBDb250cmFjdCBTVkMtNzczMQ==</Ustrd></RmtInf><!-- base64 because the ERP exports UTF-8 invoice text -->
        <CtctDtls><Nm>Accounts Payable Team</Nm><PhneNb>+65-62228800</PhneNb><EmailAdr>ap@halcyonmarine.com.sg</EmailAdr></CtctDtls>
        <Cdtr><Nm>Sun Yat-sen University</Nm></Cdtr><RmtInf><Ustrd>TUITION DEPOSIT 2025 INTL COHORT BULK 27 STUDENTS REF SYSU-IO-0925</Ustrd></RmtInf>
        <Dbtr><Nm>Customer A</Nm></Dbtr><Cdtr><Nm>Customer B</Nm></Cdtr><!-- anonymised sample from the pacs.008 usage guide, section 4.2 -->
    """),
    ("en", "iso8583_dump"): _lines("""
        MTI=0100 BMP=7234054128C28000 DE2=4111111111111111 DE3=000000 DE4=000000012550 DE7=1104031552 DE11=004821 DE14=2812 DE22=051 DE41=TERM0042 DE42=MER000000881203 DE49=702 [UAT host, scheme public test PAN]
        MTI=0110 DE11=004821 DE37=431803118842 DE38=A7K2Q9 DE39=00 DE43=MBB KLCC CAFE SDN BHD   KUALA LUMPUR MY DE49=458
        DE43 arrived hex-encoded: 4D4242204B4C434320434146452053444E20424844 -> MBB KLCC CAFE SDN BHD, decode before merchant matching
        24h auth summary 2025-01-09: 9,812 requests, 7.4% declined; DE39=51 (412), DE39=05 (233), DE39=54 (61), DE39=14 (9)
        MTI=0110 DE2=400000******0002 DE39=14 invalid card number [sandbox decline test card, expected result]
        DE18=5499 DE43=7-ELEVEN 0912 CAUSEWAY BAY HONG KONG HK DE4=000000003800 DE49=344 DE39=00 DE38=084121 DE37=501208833104
        [2025-01-09 03:14:52.118] ERROR iso8583.parser field=55 len=0x1F2 exceeds max 255; tags present 9F26 9F27 9F36; tag 5F20 absent
        DE45=B4111111111111111^TEST/CARD^28121010000000000000 [scheme certification script TC-07, dummy cardholder]
        DE18=5814 DE43=GRAB*FOOD SINGAPORE   SINGAPORE    SG DE4=000000002890 DE32=00000487 DE37=509203771046 DE39=00
        Bitmap 723C468128E18000 decoded: DE2 DE3 DE4 DE7 DE11 DE12 DE13 DE14 DE18 DE22 DE23 DE25 DE32 DE35 DE37 DE41 DE42 DE43 DE49 present
        DE55 TLV: 9F02 06 000000012550 | 9F1A 02 0702 | 5F2A 02 0702 | 9A 03 241104 | 9C 01 00 | 9F36 02 00A1 | 95 05 0000008000
        DE127.3=3235303130393A5041593A47524F55505F42415443485F3031 (hex of 250109:PAY:GROUP_BATCH_01)
        iso8583.mask_pan=first6_last4 ; iso8583.log_track2=false ; iso8583.hexdump_fields=[48,55,127] ; iso8583.max_field_len=999
    """),
    ("ms", "giro_duitnow_batch"): _lines("""
        H|BULKPAY|20241105|PERDANA KOTA TRADING SDN BHD|202301012345|MBBEMYKL|Bil rekod: 214
        D|00017|IBG|PBBEMYKL|3182004411|SYARIKAT PENGANGKUTAN MAJU JAYA SDN BHD|RM 12,880.00|Bayaran invois SPMJ-2024-1102
        D|00018|DUITNOW|ID PERNIAGAAN 201801023344|KEDAI RUNCIT PAK MAT ENTERPRISE|RM 415.50|Stok minuman Oktober
        T|214|RM 1,288,460.75|Diterima 211 Ditolak 3 (akaun ditutup)|Checksum 8F3A21C0
        Nota: Medan Nama Penerima mesti sama dengan nama pemegang akaun; maksimum 40 aksara, huruf besar, tanpa simbol.
        DuitNow QR pedagang: NASI KANDAR LINE CLEAR, Jalan Penang, ID pedagang M0012284471, MDR 0.25%
        Rujukan pembayar (base64): Uk0gMiw0NTAuMDAgeXVyYW4gbGFuZ2dhbmFuIEp1bC1EaXMgMjAyNA== (yuran langganan syarikat)
        Penerima: Universiti Tunku Abdul Rahman (UTAR) - yuran pukal 38 pelajar tajaan, rujukan UTAR-SP-2025-014
        Templat baris butiran: D|{no_siri}|{kod_bank}|{no_akaun}|{NAMA_PENERIMA}|{no_kp_atau_ssm}|{amaun}|{rujukan}
        JomPAY biller 3010 LHDN, Ref-1 nombor cukai syarikat C2580123401, Ref-2 ansuran CP204 bulan 06
        Ringkasan: 1,204 transaksi DuitNow pada 11.11, nilai purata RM 86.40, 0.6% gagal (kod U112, akaun penerima tidak sah)
        05/11/2024,IBG CR,PETRONAS DAGANGAN BHD,RM 3,200.00,REBAT PENGEDAR Q3,BAKI RM 184,220.16
        Alamat penerima: Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur; talian korporat 1-300-88-6688, e-mel bulkpay-support@
    """),
    ("zh-Hans", "bank_statement_export"): _lines("""
        交易日期,交易时间,摘要,收入,支出,余额,对方户名,对方账号,附言
        2024-11-05,10:22:41,货款,,35000.00,1283344.17,深圳市星河电子科技有限公司,44201501100052523388,第二批货款
        2024-11-06,网银转账,收入128,000.00,付款方统一社会信用代码91440300MA5FKT3Q13,附言：设备尾款
        导出链接 ?payee=%E6%98%9F%E5%B7%B4%E5%85%8B%E5%92%96%E5%95%A1%EF%BC%88%E6%B7%B1%E5%9C%B3%EF%BC%89%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&from=20241101&to=20241130
        附言(Base64)：5Y+R56Wo5Y+3IDQ0MDMxOTAwMTEyIOi0p+asviDnrKzkuozmibk=  解码后为发票号和货款批次
        大写金额：人民币叁万伍仟元整；小写：¥35,000.00；用途：设备租赁费（合同号ZL-2024-0877）
        收款人：孙中山故居纪念馆 用途：团体参观门票（42人） 金额：¥840.00
        模板：收款人={{收款人姓名}}，身份证号={{证件号码}}，手机={{手机号}}，用途={{用途}}
        本月对公账户：入账1,842笔，出账377笔，退票5笔（户名不符3笔、账户冻结2笔）
        摘要：代发工资（批量） 笔数：86 总额：¥612,480.00 批次号 PAY20241125-003
        对公业务咨询请拨 400-820-6666 转 2，或发送邮件至 corp-service@bank.example.cn
        收款方：%E4%B8%AD%E5%B1%B1%E8%B7%AF88%E5%8F%B7%E4%B8%87%E8%B1%A1%E5%9F%8E 物业管理处（中山路88号万象城） 用途：商铺管理费
        交易流水号 ２０２４１１０５１０２２４１０００８８１ 凭证号 ＩＮＶ－２０２４－１１８７３
        测试说明：张三向李四转账100元时，若户名不符，系统应提示“请核对收款人户名”
    """),
    ("zh-Hant", "fps_and_remittance"): _lines("""
        轉數快 FPS 識別碼 1628473 收款商戶：大快活快餐有限公司 參考號 FPS2411051022A 金額 HK$ 12,400.00
        2025/01/09,跨行匯款,NT$ 58,000,受款戶名=%E5%A5%BD%E5%B8%82%E5%A4%9A%E8%82%A1%E4%BB%BD%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8,統一編號 53318807
        附言 Base64：L0lOVi9UVy0yMDI1LTAzMTEvT1JERVIgNzcxMjA=（/INV/TW-2025-0311/ORDER 77120）
        收款人：香港中文大學逸夫書院發展基金 用途：邵逸夫獎學金 2025 年度撥款 HK$ 500,000.00
        十一月 FPS 統計：共 4,318 筆，失敗 21 筆（收款識別碼不存在 15、超出限額 6）
        範本：收款人姓名 CHAN TAI MAN 陳大文（示例）／香港身份證號碼 {{HKID}}／手提電話 {{電話}}
        國立國父紀念館 團體導覽費 35 人 NT$ 7,000 匯款帳號 0501-888-00123-4（機關專戶）
        企業金融部總機 (02) 2389-5858，傳真 (02) 2389-5800，電郵 corporate@bank.example.tw
        交易序號 ＦＰＳ２５０１０９０３１４５２ 金額 ＨＫ＄１，２８０．００ 狀態：已完成
        :59:/012-875-0-012345-6 THE UNIVERSITY OF HONG KONG 香港大學 :70:學費 交換生批量 12 名 SEM2
        2024/12/31,利息收入,NT$ 1,284,餘額 NT$ 2,948,330,公司活存 帳戶尾號 8812
        八達通商戶結算：商戶編號 OCT-M-00881 日結 HK$ 38,412.60 交易 2,041 筆
        UAT 測試資料：付款備註「韋小寶還令狐沖三百兩」，人物取自金庸小說，僅供欄位長度測試
    """),
    ("en", "ops_tickets_and_config"): _lines("""
        PAY-4821: FAST returns spike 2025-01-09 03:00-04:00 SGT, 27 items all AC04; root cause beneficiary bank migrated branch codes. Owner: the duty manager, Payments Ops.
        redact_rules: nric_pattern: [STFGM][0-9]{7}[A-Z] ; apply_to: [":70:", "Ustrd", "DE48"] ; replacement: "[REDACTED]"
        To: payments-ops@halcyonmarine.com.sg | Subject: GIRO file rejected - header record count 148, body has 147 records
        mask_fields: [Dbtr.Nm, Dbtr.PstlAdr, Dbtr.Id.PrvtId, Cdtr.Nm]  # only when the party is a private person, keep OrgId as is
        How do I decode the base64 Ustrd in a camt.054 so I can match it against open invoices in SAP FI?
        Postmortem: card auth p99 rose from 180ms to 1.4s after HSM firmware 7.3.2; no cardholder data exposed; rollback completed 04:12.
        @channel who owns the MT103 repair queue this week? the Relationship Manager for Perdana Kota says 3 payments stuck since Fri
        2025-02-03T09:12:44.118+08:00 WARN pain001.validator msgId=PAIN001-HALCYON-20250203-01 tx=77 field=Cdtr.PstlAdr.PstCd value=068811 reason=MISSING_TOWN
        sha256(batch_PAIN001_20250203.xml)=f302f17751ef31c111847b0dfa3153f260c2fc30ec07d6506134a02d6d6acdfe verified by the checker
        Q4 sanctions screening: 1,482,330 messages screened, 2,114 alerts, 9 true hits (all vessels and entities)
        Customer A reported that a FAST transfer of SGD 250 reached Customer B twice; reversal raised under REV-2025-00318.
        For corporate card disputes call 1800 222 2121 (24h) or write to cards.disputes@bank.example
        Dear Valued Customer, your payment instruction FT2431877Q01 has been rejected. Please log in to view the reason. This is a system-generated e-mail; do not reply.
    """),
    ("mixed", "encoded_remittance"): _lines("""
        FAST ref（全角）：ＩＮＶ－２０２４－１１８７３／ＰＯ－８８１００－３ – bank converted to half-width on posting
        https://duitnow.example.my/qr?merchant=Kedai%20Runcit%20Pak%20Mat&amt=15.90&ref=QR-0091&lang=ms
        DuitNow card txn DE43(hex)=53484F504545204D59204B4C (SHOPEE MY KL) RM 59.90 lulus
        ultmt_cdtr_b64=S2FzaWggU2F5YW5nIFNkbiBCaGQgMTIzNDU2Ny1Y (Kasih Sayang Sdn Bhd 1234567-X)
        Amount in words: SINGAPORE DOLLARS FORTY-EIGHT THOUSAND FIVE HUNDRED ONLY / 新加坡元肆万捌仟伍佰元整
        Alert: beneficiary name PERDАNA KOTA TRADING contains Cyrillic А (U+0410), possible spoof of supplier master record 000481
        ref part 1/2: INV-2024-0 | ref part 2/2: 8817 (bank split :70: at 35 chars)
        Virtual account 8 8 0 1 2 4 5 5 7 1 for Halcyon Marine collections, quote it as the beneficiary account
        繳費虛擬帳號 ９６７３ ０２８８ １１４５ ２０９１（公司電費戶，統一編號 53318807）
        https://ebank.example.com.hk/fps/pay?proxy=FPS-1628473&name=%E5%A4%A7%E5%BF%AB%E6%B4%BB&amt=1280.00
        PayNow UEN 201912345K (Halcyon Marine) – scan QR at counter, 不收现金, boleh bayar DuitNow juga
        {"payee":"Lee Kuan Yew Centre for Innovative Cities","amount":"5000.00","purpose":"sponsorship","ref":"LKYCIC-2025-07"}
        SGQR 00020101021226370009SG.PAYNOW010120210201912345K03010520400005303702540548.505802SG5914HALCYON MARINE6009Singapore6304B196
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {1:F01DBSSSGSGAXXX4821093312}{2:I103OCBCSGSGXXXXN}{4::20:FT2431877Q44 :23B:CRED :32A:241113SGD2300,00 :50K:/0291847736 KOH BOON HWEE BLK 412 ANG MO KIO AVE 10 #09-1187 SINGAPORE 560412 :59:/5012334871 LIM SIEW LING :70:RENT NOV 2024 ROOM 2 :71A:SHA -}
        <Dbtr><Nm>VANESSA ROZARIO</Nm><Id><PrvtId><Othr><Id>S7612590B</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></PrvtId></Id><CtctDtls><MobNb>+65-96620418</MobNb></CtctDtls></Dbtr>
        MTI=0100 DE2=4532019384756127 DE14=2709 DE35=4532019384756127=27092011000012300000 DE45=B4532019384756127^LIM/KAH HOE^27092011000000123000000 DE43=NTUC FAIRPRICE JURONG POINT SG
        <RmtInf><Ustrd>VEFOIFdFSSBNSU5HIFM4NzM0MTI2RyBSRU5UIE5PVg==</Ustrd></RmtInf>
        2025-01-09T03:14:52Z POST /v1/paynow/callback?txn=PN250109-88213&status=SETTLED&payer_email=rajkumar.sivalingam77%40gmail.com&payer_mobile=%2B6598174402
        MTI=0110 DE39=05 DE48=2B36353931383437323031 (cardholder callback no., hex) DE43=COURTS MEGASTORE TAMPINES SG
        03/10/2024,GIRO DR,1200.00,MEDISAVE TOP-UP FOR MDM GOH SOK HUA - CHEMO CYCLE 4 NCCS,BAL 8821.40
        :70:/RFB/FINAL SALARY DARREN PEREIRA LESS 2 WKS - DISMISSED FOR CASH SHORTAGE 12/09
        CB-24-11873 SGD 389.00: cardholder wants the refund confirmed at joanne [dot] desouza88 [at] yahoo [dot] com [dot] sg
        Call note: Mr Anand s/o Krishnan says his PayNow went to the wrong number; call him back on eight one two four, seven seven three five after 6pm
        FAST ref: ＳＡＬＡＲＹ ＮＯＶ Ｓ９０５１７６３Ｅ (full-width, from the employer's payroll file)
        Payer contact as received: mеlissa.ong.hy@outlook.com (Cyrillic е), card holder MELISSA ONG HUI YING, chargeback on SGD 1,240.00
        WP,F2398471R,MD RAKIBUL HASAN,SGD 1450.00,DORM 5 TUAS SOUTH ST 3 RM 14-07,LESS SGD 300 HOSPITAL BILL NTFGH
        <AddtlNtryInf>MONTHLY ALLOWANCE TO MUM MRS KAMALA D/O VEERASAMY - NURSING HOME BEDOK, DEMENTIA WARD</AddtlNtryInf>
        pacs.004 <RtrRsnInf><Rsn><Cd>MD07</Cd></Rsn><AddtlInf>Beneficiary Mr Ravi Chandran deceased 02/11, estate being handled by his widow</AddtlInf></RtrRsnInf>
    """),
    "zh-Hans": _lines("""
        2024-09-18,跨行转账,-35000.00,张秀英,6214831057623909,借款还款第3期（共12期）
        <Dbtr><Nm>%E9%99%88%E5%BB%BA%E5%9B%BD</Nm><Id><PrvtId><Othr><Id>440306198804127318</Id><SchmeNm><Prtry>RESIDENT_ID</Prtry></SchmeNm></Othr></PrvtId></Id></Dbtr>
        退票通知：收款人证件号 ３１０１０５１９９２０９１７２６４９（户名不符），请联系收款人核实后重新提交
        代发工资退回：户名 李红梅，附言“加我微信 wxid_lhm1990 退押金”
        摘要：代付 王桂兰 住院押金 湘雅二院肿瘤科 第二次化疗
        备注：3栋陈阿姨 儿子欠的赌债 第二笔 剩下的月底还
        商户回调 extra=eyJuYW1lIjoi5YiY5rSLIiwiaWQiOiIxMTAxMDgxOTc1MDIwMzQ1MTIifQ== status=SUCCESS amt=2999.00
        收款人电话：幺五八 二零九三 七七四一（周女士），到账后请短信告知
        证件号码分两栏导出：前段=510122199 后段=511300828 姓名=赵敏
        转账附言：给刘志强的分手费，以后两清，别再来找我
        网银日志 GET /transfer/confirm?payee=%E5%91%A8%E7%BE%8E%E5%8D%8E&acct=6228480402564890018&amt=5000
        对账单备注：罚款 员工孙丽娟 私自挪用备用金 已作辞退处理
    """),
    "zh-Hant": _lines("""
        FPS 轉賬紀錄：收款人 陳美玲 手提 9426 1187 金額 HK$3,200 附言：十一月補習費（阿俊）
        <Cdtr><Nm>WONG KA HO</Nm><Id><PrvtId><Othr><Id>K372915(A)</Id><SchmeNm><Prtry>HKID</Prtry></SchmeNm></Othr></PrvtId></Id></Cdtr>
        2025/01/09,跨行匯款,NT$ 12,000,受款人=林淑芬,身分證=A128415975,備註=贍養費一月
        請回撥 ０９２８－５５３－７１６ 找張家豪，確認 ATM 轉帳轉錯帳號
        匯款附言：LINE ID meiling_0611 轉帳後傳截圖，週六面交
        匯款附言：黃志明 欠房租三個月 深水埗桂林街
        備註：何家欣 產後抑鬱 請假三個月 薪金照發
        附言欄 Base64：6Zmz576O546yIFk2MDQyMTgoOCk=
        網銀 URL ?payee=%E9%BB%83%E6%B7%91%E8%8A%AC&idno=F230771841&amt=20000&memo=%E9%86%AB%E8%97%A5%E8%B2%BB
        收款人地址：九龍何文田 俊民苑 C座 1203室 李國強（業主）
        轉數快附言：蘇太 個仔入咗青山 住院費 第一期
    """),
    "ms": _lines("""
        D|00019|DUITNOW|164022849913|NUR AISYAH BINTI KAMARUDDIN|930725146618|RM 350.00|yuran tadika anak
        Nota panggilan: Encik Shahrul beri no IC lapan lapan kosong empat satu dua, satu kosong, lima lima dua tiga untuk semakan IBG
        Bayaran ansuran Ah Long bagi pihak Encik Muthusamy a/l Periasamy, tertunggak 3 bulan
        Potongan gaji Siti Khadijah binti Othman - cuti tanpa gaji selepas keguguran
        <Cdtr><Nm>KUMARESAN A/L SUBRAMANIAM</Nm><PstlAdr><AdrLine>No 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam</AdrLine></PstlAdr></Cdtr><CdtrAcct><Id><Othr><Id>7062 0318 4452</Id></Othr></Id></CdtrAcct>
        Rujukan (base64): Tk9SIEFaTElOQSBCSU5USSBIQVNTQU4gNzUwMTAzMDc1MTIx
        Catatan pemindahan: hantar resit ke Telegram @faizal_kl88, duit sewa bilik Februari
        Bayaran saman JPJ untuk kenderaan W X Y 4 8 2 1 milik Zulkifli bin Ahmad, kompaun RM 150
        https://fpx.example.my/return?buyer_name=Nurul%20Huda%20binti%20Ismail&buyer_email=nurulhuda.ismail92%40yahoo.com&status=00
        Pemindahan DuitNow: duit nafkah cerai untuk Hafizah, bulan 2 daripada 12
        Potongan gaji pekerja asing: SRI WAHYUNI (Indonesia), pasport C 4 8 1 2 0 7 3, baki pinjaman agensi RM 1,800
    """),
    "mixed": _lines("""
        PayNow to 8812 6034 (Ah Boy 的妈妈 Mdm Lim) – tuition fees Nov, 请确认收到
        SALARY,KAVITHA D/O RAJENDRAN,POSB 190-12345-6,SGD 3,850.00,gaji Nov + 加班费
        Boss say Ah Seng from #05-12 still owe 3 months rent, 他老婆 also sick, can give discount or not?
        SGQR 00020101021226380009SG.PAYNOW010100211+6591847201030115204000053037025406120.005802SG5913LIM SOO CHENG6009Singapore63048D0A
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for the payments operations desk. Help staff repair rejected SWIFT messages.",
        ),
        (
            "user",
            "This MT103 bounced with RC01: :50K:/0377120459 KOH BOON HWEE 21 JALAN SENANG SINGAPORE 418458 :57A:MBBEMYK :59:/5140112233 TAN AH LEK. What is wrong?",
        ),
        (
            "assistant",
            "RC01 means the BIC is invalid. Field :57A: has MBBEMYK, which is only 7 characters; it should be MBBEMYKL or the full 11-character branch BIC.",
        ),
        (
            "user",
            "ok fixed. Also his mobile is 8124 7735, can I put it in :72: so the Malaysian bank can call him?",
        ),
        (
            "assistant",
            "Please don't put the customer's mobile number in :72:. That field is for bank-to-bank instructions. If the receiving bank needs to reach him, they will ask through an MT199 and you can reply through the secure channel.",
        ),
    ],
    [
        (
            "user",
            "Can you decode this Ustrd from a camt.054? cGF5ZXI9R2VyYWxkIGRlIFNvdXphO21vYmlsZT0rNjU5NzMxNjY0MA==",
        ),
        ("assistant", "It is base64. It decodes to: payer=Gerald de Souza;mobile=+6597316640"),
        (
            "user",
            "so Gerald is the one who paid the SGD 4,200 deposit for unit 07-03? he says it was his sister",
        ),
        (
            "assistant",
            "The remittance info names Gerald de Souza as the payer. If he says someone else paid, check the debtor account in the camt.054 entry before you issue the receipt.",
        ),
    ],
    [
        ("system", "你是银行手机客服助手，回答转账查询。"),
        ("user", "我昨天给表哥周建华转了两万，卡号 6217 0032 1098 7654 320，到现在还没到账。"),
        ("assistant", "跨行转账一般在24小时内到账。请提供交易流水号，我帮您查询处理状态。"),
        ("user", "流水号 20241105102241000881，他说急着交住院费。"),
        (
            "assistant",
            "这笔交易显示已由收款行入账处理中，预计今天17点前到账。如超过时间未到，请致电客服热线并说明流水号。",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan perbankan. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya Mohd Hafiz bin Abdullah, IC 860221-08-5347. Saya hantar RM 500 melalui DuitNow ke adik saya semalam tapi tak masuk.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Sila berikan nombor rujukan transaksi DuitNow dan nama bank penerima supaya kami boleh semak.",
        ),
        (
            "user",
            "Rujukan DN20250109-771204, bank CIMB, nama adik saya Nur Farhana binti Abdullah.",
        ),
        (
            "assistant",
            "Terima kasih. Transaksi ini masih dalam status belum selesai di bank penerima. Jika tidak dikreditkan dalam 2 hari bekerja, dana akan dipulangkan ke akaun Encik.",
        ),
    ],
    [
        ("system", "你是香港銀行的客服助手，用粵語書面語回覆。"),
        (
            "user",
            "我將 HK$8,000 轉咗去 6173 5520，應該係 6173 5250，收款人顯示 LAM S*** Y***，點算？",
        ),
        (
            "assistant",
            "轉數快交易一經完成無法直接撤回，我哋可以代你向收款銀行提出追討請求。請提供交易參考號碼。",
        ),
        ("user", "參考號 FPS250109031452。我叫吳嘉欣，身份證 P118347(1)。"),
        (
            "assistant",
            "已記錄你嘅追討申請，收款銀行會聯絡收款人，一般需時7至14個工作天，結果會以短訊通知你。",
        ),
    ],
    [
        ("system", "You help card operations analysts read ISO 8583 logs."),
        (
            "user",
            "Why was this declined? MTI=0110 DE2=5524330192847165 DE14=2703 DE39=05 DE45=B5524330192847165^NG/SIEW LAN^27031010000000000000 DE43=ION ORCHARD SG",
        ),
        (
            "assistant",
            "DE39=05 is do not honour, a generic issuer decline; the log does not say more. Please don't paste full PANs and track data into chats; mask DE2 as 552433******7165.",
        ),
        (
            "user",
            "understood. the customer Ms Ng phoned in upset, she thinks her card was blocked after her divorce because the account was joint",
        ),
        (
            "assistant",
            "Refer her to the issuer's card servicing team; they can confirm whether the card was blocked on the account and what she needs to do to get a card in her own name.",
        ),
    ],
    [
        ("user", "Draft a chargeback reply. The customer says the charge at GRAB*FOOD isn't hers."),
        (
            "assistant",
            "Sure. Please share the dispute reference, amount and the customer's preferred contact.",
        ),
        (
            "user",
            "CB-25-00412, SGD 48.90, card ending 9259. Her name is Priya Nair, email priya dot nair84 at gmail dot com, she wants updates there.",
        ),
        (
            "assistant",
            "Dear Ms Nair, we have received your dispute CB-25-00412 for SGD 48.90 on your card ending 9259. A temporary credit will be posted within 5 working days while we investigate with the merchant.",
        ),
    ],
    [
        ("system", "You are an assistant that validates GIRO payroll files before upload."),
        (
            "user",
            "line 37 fails: 37,T0281947Z,NG JUN JIE,POSB,082345671,SGD 1200.00,PART-TIME DEC. Why?",
        ),
        (
            "assistant",
            "The NRIC and amount look valid. POSB savings accounts have 9 digits, so 082345671 is fine; the failure is likely the bank code column, which expects 7171 instead of the text POSB.",
        ),
        (
            "user",
            "thanks. Jun Jie is the intern who got the written warning last week, should his pay be held?",
        ),
        (
            "assistant",
            "Holding pay is an HR decision, not a file issue. Ask HR to confirm before you upload; the file itself only needs the bank code fixed.",
        ),
    ],
    [
        (
            "user",
            "My tenant Arjun a/l Murugan at 14 Lorong 3, Taman Bukit Indah, Johor Bahru keeps paying late. His DuitNow always comes from 019-441 2087. Can I set up a standing instruction to collect?",
        ),
        (
            "assistant",
            "You can't pull money from his account yourself. You can ask him to set up a recurring DuitNow transfer or a FPX direct debit mandate that he authorises.",
        ),
        ("user", "ok boleh, I send him the mandate link by WhatsApp then."),
    ],
    [
        ("system", "你是台灣銀行 App 的匯款小幫手。"),
        ("user", "我要匯款給房東王麗華，身分證 H195603284，帳號 0501-222-31877-6，附言要寫什麼？"),
        (
            "assistant",
            "附言可填「2025年2月房租」即可，匯款不需要填寫房東的身分證字號，請勿將身分證字號寫在附言。",
        ),
        ("user", "好，那她的手機 0912-774-305 要填嗎？"),
        ("assistant", "不需要。只要帳號和戶名正確就能入帳，手機號碼不用填寫在匯款資料中。"),
    ],
]
