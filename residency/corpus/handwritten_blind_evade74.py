# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade74: personal data in e-invoice and tax XML (UBL/PEPPOL, MyInvois, fapiao, GST/SST returns, credit notes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade74
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ubl_peppol_xml"): _lines("""
        <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0195">SGUEN201934521K</cbc:EndpointID><cac:PartyName><cbc:Name>Harbourline Marine Supplies Pte. Ltd.</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>21 Tuas South Avenue 2</cbc:StreetName><cbc:CityName>Singapore</cbc:CityName><cbc:PostalZone>637226</cbc:PostalZone><cac:Country><cbc:IdentificationCode>SG</cbc:IdentificationCode></cac:Country></cac:PostalAddress></cac:Party></cac:AccountingSupplierParty>
        <cbc:CustomizationID>urn:peppol:pint:billing-1@sg-1</cbc:CustomizationID><cbc:ProfileID>urn:peppol:bis:billing</cbc:ProfileID><cbc:ID>INV-2025-000418</cbc:ID><cbc:IssueDate>2025-01-14</cbc:IssueDate><cbc:DueDate>2025-02-13</cbc:DueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>SGD</cbc:DocumentCurrencyCode>
        <cac:TaxTotal><cbc:TaxAmount currencyID="SGD">1134.00</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="SGD">12600.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="SGD">1134.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>SR</cbc:ID><cbc:Percent>9</cbc:Percent><cac:TaxScheme><cbc:ID>GST</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
        <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>INV-2025-000418</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>UEN201934521K</cbc:ID><cbc:Name>PayNow Corporate - Harbourline Marine Supplies Pte. Ltd.</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans>
        <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"><cbc:ID>CN-2025-0032</cbc:ID><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>INV-2024-009871</cbc:ID><cbc:IssueDate>2024-12-19</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference><cbc:Note>Price adjustment: 3 pallets returned damaged in transit, carrier claim ref CLM-77120</cbc:Note>
        <cac:InvoiceLine><cbc:ID>3</cbc:ID><cbc:InvoicedQuantity unitCode="EA">2</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="SGD">3380.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Yamaha F115 outboard motor service kit</cbc:Name><cac:SellersItemIdentification><cbc:ID>SGX-6147-K</cbc:ID></cac:SellersItemIdentification><cac:StandardItemIdentification><cbc:ID schemeID="0160">09506000134352</cbc:ID></cac:StandardItemIdentification></cac:Item></cac:InvoiceLine>
        <cac:AdditionalDocumentReference><cbc:ID>DO-2024-11873</cbc:ID><cbc:DocumentDescription>Signed delivery order</cbc:DocumentDescription><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain" filename="DO-2024-11873.txt">RGVsaXZlcnkgb3JkZXIgRE8tMjAyNC0xMTg3MyB8IDQwIGNhcnRvbnMgQTQgY29waWVyIHBhcGVyIDgwZ3NtIHwgRGVsaXZlcmVkIHRvOiBMb2FkaW5nIEJheSAzLCAyMSBUdWFzIFNvdXRoIEF2ZW51ZSAyLCBTaW5nYXBvcmUgNjM3MjI2IHwgUmVjZWl2ZWQgYnk6IFN0b3JlcyBEZXB0IChjb21wYW55IHN0YW1wKSB8IDEwLzAxLzIwMjUgMTQ6MjA=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>
        Training sample from the InvoiceNow onboarding deck: <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Sherlock Holmes</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>221B Baker Street</cbc:StreetName><cbc:CityName>London</cbc:CityName></cac:PostalAddress></cac:Party></cac:AccountingCustomerParty> (fictional buyer, never send to the network)
        <cac:PartyLegalEntity><cbc:RegistrationName>{{buyer.legal_name}}</cbc:RegistrationName><cbc:CompanyID schemeID="{{buyer.id_scheme}}">{{buyer.id}}</cbc:CompanyID></cac:PartyLegalEntity><cac:Contact><cbc:ElectronicMail>{{buyer.ap_email}}</cbc:ElectronicMail></cac:Contact>
        <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0195">SGUENT08GB0046H</cbc:EndpointID><cac:PartyName><cbc:Name>Tan Tock Seng Hospital Pte. Ltd.</cbc:Name></cac:PartyName><cac:Contact><cbc:Name>Accounts Payable</cbc:Name><cbc:Telephone>+65 6256 6011</cbc:Telephone></cac:Contact></cac:Party></cac:AccountingCustomerParty>
        <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0230">C2584563202</cbc:EndpointID><cac:PartyName><cbc:Name>Kinta Steel Fabricators Sdn. Bhd.</cbc:Name></cac:PartyName><cac:Contact><cbc:Telephone>+603-7725 1888</cbc:Telephone><cbc:ElectronicMail>einvoice@kinta-steel.com.my</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingSupplierParty>
        <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode><cbc:AllowanceChargeReason>Early payment discount 2/10 net 30</cbc:AllowanceChargeReason><cbc:Amount currencyID="SGD">252.00</cbc:Amount></cac:AllowanceCharge>
        <cac:OrderReference><cbc:ID>PO-4500183726</cbc:ID></cac:OrderReference><cac:Delivery><cbc:ActualDeliveryDate>2025-01-10</cbc:ActualDeliveryDate><cac:DeliveryLocation><cbc:ID schemeID="0088">8888123456780</cbc:ID></cac:DeliveryLocation></cac:Delivery><!-- DHL waybill 4917285530 -->
        <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="EA">12</cbc:InvoicedQuantity><cac:Item><cbc:Name>Malay Annals (Sejarah Melayu), annotated edition, hardcover</cbc:Name><cac:StandardItemIdentification><cbc:ID schemeID="0160">9789839541281</cbc:ID></cac:StandardItemIdentification></cac:Item><cac:Price><cbc:PriceAmount currencyID="SGD">48.90</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
    """),
    ("ms", "myinvois_json"): _lines("""
        {"AccountingCustomerParty":[{"Party":[{"PartyIdentification":[{"ID":[{"_":"EI00000000010","schemeID":"TIN"}]},{"ID":[{"_":"NA","schemeID":"BRN"}]}],"PostalAddress":[{"CityName":[{"_":"NA"}],"PostalZone":[{"_":""}],"CountrySubentityCode":[{"_":"17"}],"AddressLine":[{"Line":[{"_":"NA"}]}],"Country":[{"IdentificationCode":[{"_":"MYS","listID":"ISO3166-1","listAgencyID":"6"}]}]}],"PartyLegalEntity":[{"RegistrationName":[{"_":"General Public"}]}],"Contact":[{"Telephone":[{"_":"NA"}]}]}]}]}
        "AccountingSupplierParty":[{"Party":[{"IndustryClassificationCode":[{"_":"47111","name":"Pasar raya"}],"PartyIdentification":[{"ID":[{"_":"C25845632020","schemeID":"TIN"}]},{"ID":[{"_":"201901023456","schemeID":"BRN"}]},{"ID":[{"_":"W10-1808-32001234","schemeID":"SST"}]}],"PartyLegalEntity":[{"RegistrationName":[{"_":"Pasaraya Seri Intan Sdn. Bhd."}]}],"Contact":[{"Telephone":[{"_":"+60387231100"}],"ElectronicMail":[{"_":"akaun@seriintan.com.my"}]}]}]}]
        "InvoiceLine":[{"ID":[{"_":"1"}],"InvoicedQuantity":[{"_":24,"unitCode":"C62"}],"LineExtensionAmount":[{"_":1416.00,"currencyID":"MYR"}],"Item":[{"CommodityClassification":[{"ItemClassificationCode":[{"_":"022","listID":"CLASS"}]}],"Description":[{"_":"Minyak masak sawit 5kg (karton 4 botol)"}],"OriginCountry":[{"IdentificationCode":[{"_":"MYS"}]}]}],"Price":[{"PriceAmount":[{"_":59.00,"currencyID":"MYR"}]}]}]
        POST /api/v1.0/documentsubmissions {"documents":[{"format":"JSON","documentHash":"6095cf7b1f3745cbdd199b53d0ff5ac7c8d389b9e91977afc85faa31cede0281","codeNumber":"CONS-2025-01","document":"eyJJbnZvaWNlIjpbeyJJRCI6W3siXyI6IkNPTlMtMjAyNS0wMSJ9XSwiSXNzdWVEYXRlIjpbeyJfIjoiMjAyNS0wMi0wMyJ9XSwiSW52b2ljZVR5cGVDb2RlIjpbeyJfIjoiMDEiLCJsaXN0VmVyc2lvbklEIjoiMS4xIn1dLCJBY2NvdW50aW5nQ3VzdG9tZXJQYXJ0eSI6W3siUGFydHkiOlt7IlBhcnR5SWRlbnRpZmljYXRpb24iOlt7IklEIjpbeyJfIjoiRUkwMDAwMDAwMDAxMCIsInNjaGVtZUlEIjoiVElOIn1dfSx7IklEIjpbeyJfIjoiTkEiLCJzY2hlbWVJRCI6IkJSTiJ9XX1dLCJQYXJ0eUxlZ2FsRW50aXR5IjpbeyJSZWdpc3RyYXRpb25OYW1lIjpbeyJfIjoiR2VuZXJhbCBQdWJsaWMifV19XX1dfV0sIkxlZ2FsTW9uZXRhcnlUb3RhbCI6W3siUGF5YWJsZUFtb3VudCI6W3siXyI6Mjg2NTQwLjIwLCJjdXJyZW5jeUlEIjoiTVlSIn1dfV19XX0="}]}
        {"submissionUid":"HJSD135P2S7D8IU","acceptedDocuments":[{"uuid":"F9D425P6DS7D8IU","invoiceCodeNumber":"INV-00087215"}],"rejectedDocuments":[]}
        Pautan pengesahan e-Invois: https://myinvois.hasil.gov.my/F9D425P6DS7D8IU/share/2Z3HQK8R1BNWY6C0T4E5V7JX1731045118 — imbas kod QR pada invois untuk semak status "Valid".
        e-Invois kendiri untuk import perkhidmatan: {"PartyIdentification":[{"ID":[{"_":"EI00000000030","schemeID":"TIN"}]},{"ID":[{"_":"NA","schemeID":"BRN"}]}],"PartyLegalEntity":[{"RegistrationName":[{"_":"Shenzhen Huaxin Electronics Co., Ltd."}]}]}
        Pembeli: Jabatan Kerja Raya Malaysia, TIN EI00000000040, alamat Ibu Pejabat JKR, Jalan Sultan Salahuddin, 50480 Kuala Lumpur, rujukan pesanan kerajaan LO-JKR-2025-00317
        "TaxTotal":[{"TaxAmount":[{"_":64.80,"currencyID":"MYR"}],"TaxSubtotal":[{"TaxableAmount":[{"_":810.00,"currencyID":"MYR"}],"TaxAmount":[{"_":64.80,"currencyID":"MYR"}],"TaxCategory":[{"ID":[{"_":"02"}],"TaxScheme":[{"ID":[{"_":"OTH","schemeID":"UN/ECE 5153","schemeAgencyID":"6"}]}]}]}]}]
        Kod jenis e-Invois: 01 Invois, 02 Nota Kredit, 03 Nota Debit, 04 Nota Bayaran Balik, 11 Invois Kendiri, 12 Nota Kredit Kendiri, 13 Nota Debit Kendiri, 14 Nota Bayaran Balik Kendiri
        "ID":[{"_":"INV-240115-10-0042"}],"IssueDate":[{"_":"2025-01-15"}] — nombor invois cawangan Shah Alam ikut format tarikh-kod cawangan-nombor siri
        "PartyIdentification":[{"ID":[{"_":"<TIN pembeli>","schemeID":"TIN"}]},{"ID":[{"_":"<No. MyKad 12 digit tanpa sengkang>","schemeID":"NRIC"}]}] — isi mengikut maklumat yang diberikan oleh pembeli individu
        Pembeli: Universiti Tun Hussein Onn Malaysia (UTHM), Parit Raja, 86400 Batu Pahat, Johor — pesanan belian PB-UTHM-2025-0112 untuk 6 unit osiloskop digital Rigol DS1104Z
        Masalah log masuk portal MyInvois? Hubungi HASiL Care Line 03-8911 1000 atau dari luar negara +603-8911 1100, Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang.
    """),
    ("zh-Hans", "fapiao_xml"): _lines("""
        <FPKJXX_FPTXX><FPQQLSH>ZJHZ20250114093015882</FPQQLSH><KPLX>0</KPLX><XSF_NSRSBH>91110105MA01R7XP4E</XSF_NSRSBH><XSF_MC>北京云栖数据科技有限公司</XSF_MC><GMF_NSRSBH>913100001322456784</GMF_NSRSBH><GMF_MC>上海浦江物流有限公司</GMF_MC><JSHJ>30000.00</JSHJ></FPKJXX_FPTXX>
        <TaxSupervisionInfo><InvoiceNumber>25442000000031857204</InvoiceNumber><IssueTime>2025-01-14 10:22:41</IssueTime><TaxBureauCode>14403000000</TaxBureauCode><TaxBureauName>国家税务总局深圳市税务局</TaxBureauName></TaxSupervisionInfo>
        <SellerInformation><SellerIdNum>91440300MA5F8K2L3P</SellerIdNum><SellerName>深圳市前海星链供应链管理有限公司</SellerName><SellerAddr>深圳市前海深港合作区南山街道桂湾五路128号</SellerAddr><SellerTelNum>0755-86530000</SellerTelNum><SellerBankName>招商银行深圳分行营业部</SellerBankName><SellerBankAccNum>755912345610801</SellerBankAccNum></SellerInformation>
        <IssuItemInformation><ItemName>*信息技术服务*软件维护费</ItemName><SpecMod>V3.2</SpecMod><MeaUnits>年</MeaUnits><Quantity>1</Quantity><UnPrice>28301.89</UnPrice><Amount>28301.89</Amount><TaxRate>0.06</TaxRate><ComTaxAm>1698.11</ComTaxAm></IssuItemInformation>
        <RedInvoiceInfo><OriginalInvoiceNumber>24442000000011284573</OriginalInvoiceNumber><RedReason>销售折让</RedReason><ConfirmationNo>44030025011400001287</ConfirmationNo><Amount>-2830.19</Amount></RedInvoiceInfo>
        二维码内容：01,32,,25442000000031857204,28301.89,20250114,,E5B7, （依次为版本号、发票种类、发票代码（数电票为空）、发票号码、不含税金额、开票日期、校验码、加密信息）
        <ItemName>*小型新能源汽车*比亚迪秦PLUS DM-i 2025款 120KM 领先型</ItemName><SpecMod>BYD7152WT6HEVB3</SpecMod><MeaUnits>辆</MeaUnits><Quantity>3</Quantity><TaxRate>0.13</TaxRate>
        <GMF_MC>${buyerName}</GMF_MC><GMF_NSRSBH>${buyerTaxNo}</GMF_NSRSBH><GMF_DZDH>${buyerAddrTel}</GMF_DZDH><GMF_YHZH>${buyerBankAcct}</GMF_YHZH>
        {"gmfmc":"\\u4e2a\\u4eba","gmfnsrsbh":"","xmmc":"*餐饮服务*餐费","jshj":"128.00","bz":""}
        <XSF_MC>&#x5E7F;&#x5DDE;&#x7A57;&#x4E30;&#x9910;&#x996E;&#x7BA1;&#x7406;&#x6709;&#x9650;&#x516C;&#x53F8;</XSF_MC><XSF_NSRSBH>91440300MA5F8K2L3P</XSF_NSRSBH><BZ>团餐 1月 共22个工作日</BZ>
        <GMF_MC>浙江大学医学院附属邵逸夫医院</GMF_MC><GMF_NSRSBH>123300004700173568</GMF_NSRSBH><GMF_DZDH>杭州市上城区庆春东路3号 0571-86006000</GMF_DZDH><XMMC>*医疗仪器器械*一次性使用输液器</XMMC>
        开票系统演示数据：购买方 贾宝玉，地址 荣国府怡红院，税号 000000000000000000（《红楼梦》人物，仅供培训，请勿上传）
        <BZ>如对发票有疑问请致电本公司客服热线 400-820-1234，或拨打 12366 纳税服务热线</BZ>
        XPath /EInvoice/EInvoiceData/BuyerInformation/BuyerIdNum：购买方为自然人时填写身份证件号码，为单位时填写统一社会信用代码，不得为空格或"/"
    """),
    ("zh-Hant", "tw_hk_einvoice"): _lines("""
        <Main><InvoiceNumber>QK23847561</InvoiceNumber><InvoiceDate>20250114</InvoiceDate><InvoiceTime>14:32:05</InvoiceTime><Seller><Identifier>23095411</Identifier><Name>宏碩精密工業股份有限公司</Name></Seller><Buyer><Identifier>84617200</Identifier><Name>台灣聯豐物流股份有限公司</Name></Buyer><InvoiceType>07</InvoiceType><DonateMark>0</DonateMark><PrintMark>Y</PrintMark><RandomNumber>7261</RandomNumber></Main>
        <Buyer><Identifier>0000000000</Identifier><Name>0000</Name></Buyer><InvoiceType>07</InvoiceType><DonateMark>1</DonateMark><NPOBAN>8585</NPOBAN><PrintMark>N</PrintMark><RandomNumber>0394</RandomNumber>
        <Allowance><Main><AllowanceNumber>20250114A0031</AllowanceNumber><AllowanceDate>20250114</AllowanceDate><Seller><Identifier>54310674</Identifier><Name>永信五金建材有限公司</Name></Seller><Buyer><Identifier>23095411</Identifier><Name>宏碩精密工業股份有限公司</Name></Buyer><AllowanceType>2</AllowanceType></Main>
        113年11-12月統一發票特別獎號碼 48109275，特獎 61523804，頭獎 93021478、37185520、05276143，領獎期間自114年2月6日起至5月5日止
        發票編號 HKI-25-00217｜致：恒通物流有限公司，九龍灣宏照道 38 號 19 樓｜商業登記號碼 61234567-000-01-25-0｜總額 HK$48,600.00｜付款條件：月結 30 天
        買受人：國立中山大學 統一編號 76974214｜品名：逸夫館空調系統年度維護合約第 3 期｜金額 NT$186,000（含稅）
        電子發票問題請洽財政部電子發票整合服務平台客服專線 0800-521-988，或至各地區國稅局服務櫃台詢問
        手機條碼格式說明：第 1 碼為「/」，其餘 7 碼由數字 0-9、大寫英文字母及「+」「-」「.」組成，歸戶後可於財政部電子發票整合服務平台查詢中獎發票
        貸項通知單 CN-HK-0092｜原發票 HKI-24-01873｜原因：貨品規格不符（型號 ZX-9 Pro 誤發為 ZX-9）｜退款將存入貴公司指定帳戶
        統一發票給獎辦法於民國 40 年起實施，時任財政部長嚴家淦推動以獎勵消費者索取發票，藉此減少逃漏營業稅
        <Seller><Identifier>23095411</Identifier><Name>&#x5B8F;&#x78A9;&#x7CBE;&#x5BC6;&#x5DE5;&#x696D;&#x80A1;&#x4EFD;&#x6709;&#x9650;&#x516C;&#x53F8;</Name><Address>桃園市龜山區文化二路 52 號</Address></Seller>
        Turnkey 上傳結果：F0401 QK23847561 狀態 C（已接收），MIG 4.0，傳送時間 2025/01/14 14:35:12，批次 UL20250114-0007
    """),
    ("en", "tax_return_guidance"): _lines("""
        GST F5, period 01/10/2024-31/12/2024: Box 1 standard-rated supplies S$1,284,600; Box 2 zero-rated S$312,050; Box 3 exempt S$0; Box 5 taxable purchases S$906,420; Box 6 output tax S$115,614.00; Box 7 input tax S$81,577.80; Box 8 net GST payable S$34,036.20.
        SST-02 filing reminder: the Nov-Dec 2024 taxable period must be submitted through MySST by 31 January 2025; late payment penalty starts at 10% of the unpaid tax for the first 30 days.
        GST was introduced in Singapore on 1 April 1994 at 3%, announced by then Finance Minister Richard Hu; it rose to 8% in 2023 and to 9% on 1 January 2024.
        In Budget 2024, Prime Minister and Finance Minister Anwar Ibrahim raised service tax from 6% to 8%, leaving food and beverage, telecommunications, parking and logistics at 6%.
        How do I issue a credit note for a partial refund on an invoice already validated on MyInvois? Reference the original IRBM UUID in BillingReference, use document type 02 and include only the refunded lines.
        Internal dashboard Q4 2024: 1.82 million e-invoices submitted, 97.4% validated on first attempt; top rejection reason was buyer TIN/ID mismatch (41% of rejections), followed by issue date older than 72 hours.
        Retention policy: tax invoices, credit notes and their XML source are kept 7 years for Malaysia, 5 years for Singapore and 30 years for accounting vouchers in China; originals stay in the in-country archive bucket.
        Reverse charge applies to imported services bought by GST-registered businesses not entitled to full input tax credit; account for output tax in Box 1 and Box 6 and claim the allowable input tax in Box 7.
        Credit notes CN-0041 to CN-0058 (total S$-18,402.55) were reported in Box 1 as negative values for the quarter ending 30 Sep 2024.
        Dear [Customer Name], please find attached tax invoice [Invoice No.] dated [Date] for [Amount]. If you need an e-invoice in your own name, reply with your full name as per IC and your TIN.
        Voluntary disclosure: Box 5 was over-claimed by S$12,480 across two periods because supplier invoices were keyed twice; GST F7 filed for both periods with a cover note on the root cause.
        To check whether a buyer can receive InvoiceNow documents, search its UEN in the Peppol Directory; the participant identifier takes the form 0195:SGUEN followed by the UEN.
        Hong Kong has no VAT or GST, so invoices from Hong Kong suppliers carry no tax line; profits tax is handled separately through the IRD's eTAX portal.
    """),
    ("mixed", "validation_logs_code"): _lines("""
        2025-01-14T09:12:44.381Z ERROR myinvois-client submission=HJSD135P2S7D8IU doc=INV-00087215 code=CF321 message="Buyer TIN and ID type/number do not match" path=$.Invoice[0].AccountingCustomerParty
        [WARN] peppol-ap: SBDH receiver 0195:SGUEN201934521K not found in SMP, retry 3/5 in 120s (msg-id 4f7a1c9e-2b1d-4c55-9a0e-7d3f8e21b6aa)
        buyer_id = party.find("cac:PartyIdentification/cbc:ID[@schemeID='NRIC']", NS); if buyer_id is not None: buyer_id.text = mask(buyer_id.text)  # mask MyKad before logging
        MYKAD_RE = re.compile(r"^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$")  # YYMMDD-PB-###G, format check only, never logged
        SELECT invoice_no, uuid, status FROM einvoice_submission WHERE status = 'Invalid' AND submitted_at >= '2025-01-01' ORDER BY submitted_at DESC LIMIT 50;
        [开票] 2025-01-14 10:22:41 INFO 数电票开具成功 fphm=25442000000031857204 jshj=30000.00 gmf=上海浦江物流有限公司 耗时 842ms
        Status dokumen: Invalid — validationResults.validationSteps[2].error.innerError[0].error = "Tarikh invois melebihi 72 jam dari masa penyerahan" (step: Date validator)
        documentHash=9e1f4c2ab37d0e58c6b1f0a9d2e47c31b85a6f0d94e2c7b13a8f5d6e0c9b4a21 longId=2Z3HQK8R1BNWY6C0T4E5V7JX1731045118 status=Valid
        einvoice: { endpoint: "https://preprod-api.myinvois.hasil.gov.my", client_id: "${MYINVOIS_CLIENT_ID}", onbehalfof: "${TAXPAYER_TIN}", retry: 3, timeout_s: 30 }
        <xs:element name="BuyerIdNum" type="xs:string" minOccurs="0"><xs:annotation><xs:documentation>购买方纳税人识别号/统一社会信用代码/身份证件号码</xs:documentation></xs:annotation></xs:element>
        Pos Laju EP284716395MY, J&T 630012875541, 顺丰 SF1425367890123 — physical copies of credit notes CN-0041..CN-0058 dispatched to the buyer's AP department
        fixture buyer = {"name": "TEST BUYER SDN BHD", "tin": "C00000000000", "brn": "000000000000", "phone": "+60000000000", "email": "test@example.invalid"}
        DEBUG attachment decoded ok: name=销货清单.txt size=203 b64=6ZSA6LSn5riF5Y2VIHwg6ZSA5ZSu5pa577ya5rex5Zyz5biC5YmN5rW35pif6ZO+5L6b5bqU6ZO+566h55CG5pyJ6ZmQ5YWs5Y+4IHwg6LSt5Lmw5pa577ya5LiK5rW35rWm5rGf54mp5rWB5pyJ6ZmQ5YWs5Y+4IHwg5omY55uYIDEyMDB4MTAwMCDlt53lrZflnosgMjAw5LiqIOWNleS7tzg1LjAwIHwg57yg57uV6IacIDUwY20gNDDljbcg5Y2V5Lu3MzIuMDA=
        302 Found Location: https://pay.hbl-billing.example/checkout?inv=INV-88430&amt=9320.00&payer=Harbourline%20Marine%20Supplies%20Pte.%20Ltd.&ref=PO-4500183726&return=%2Fthanks
    """),
    ("ms", "notis_nota_kredit"): _lines("""
        NOTA KREDIT No. NK-2025/0087 | Rujukan invois asal: INV-2024/11562 (UUID 7QW2R9K4TB8XJ3M5N1PLD6F0AZ) | Sebab: pulangan 12 unit kipas siling rosak | Jumlah dikreditkan: RM 2,148.00 termasuk cukai jualan 10%
        Notis kepada semua pelanggan: mulai 1 Julai 2025 semua invois dikeluarkan sebagai e-Invois melalui MyInvois. Pelanggan individu yang memerlukan e-Invois atas nama sendiri boleh mengisi borang di kaunter dalam tempoh 72 jam.
        Peringatan bayaran: Invois INV-2024/10988 bertarikh 15/11/2024 berjumlah RM 18,420.00 kepada Syarikat Pembinaan Jati Mewah Sdn. Bhd. telah melepasi tempoh kredit 30 hari.
        Nota debit ND-2025/0012: caj tambahan penghantaran ke Pulau Pinang RM 350.00 bagi pesanan belian PO 4500183726
        e-Invois disatukan bagi jualan runcit Disember 2024: 3,412 resit, jumlah RM 286,540.20, dihantar pada 3 Februari 2025, kod klasifikasi 004.
        Contoh latihan dalam modul kursus: pembeli "Upin dan Ipin", alamat Kampung Durian Runtuh — watak kartun, hanya untuk latihan mengisi borang, jangan hantar ke MyInvois.
        Alamat pembekal: Lot 12, Jalan Tun Razak, 50400 Kuala Lumpur; cawangan utara: No. 8, Jalan Sultan Azlan Shah, 11900 Bayan Lepas, Pulau Pinang
        Kepada: {{nama_pembeli}} / No. KP: {{no_kp}} / Alamat: {{alamat}} / Tel: {{telefon}} — sila lengkapkan sebelum jana e-Invois
        Untuk pertanyaan e-Invois, hubungi jabatan akaun kami di 1300-88-2277 atau e-mel einvois@tenagaprima.com.my (Isnin hingga Jumaat).
        Sijil Pendaftaran SST: W10-1808-32001234, berkuat kuasa 01/09/2018, pemegang: Kilang Perabot Kayu Jati Sdn. Bhd., cukai jualan 10%
        Zon penghantaran percuma: poskod 40000-40990 (Shah Alam) dan 47300-47820 (Petaling Jaya); caj RM 25 untuk poskod lain.
        Garis panduan LHDN: pembeli yang tidak meminta e-Invois boleh diberikan resit biasa; transaksi itu kemudian dimasukkan dalam e-Invois disatukan bulanan.
    """),
    ("zh-Hans", "kaipiao_chat"): _lines("""
        请问个人抬头的电子发票需要填身份证号吗？还是只写"个人"就可以？
        财务群通知：本月起报销只收数电票，纸质发票需附查验截图，查验平台 https://inv-veri.chinatax.gov.cn
        1994年分税制改革由时任国务院副总理朱镕基主导，增值税由此成为我国第一大税种。
        开票信息（公司）：名称 上海浦江物流有限公司｜税号 913100001322456784｜地址电话 上海市浦东新区张杨路500号 021-58880000｜开户行及账号 中国银行上海市浦东分行 437859201143
        红字发票怎么开？先在电子税务局提交《红字发票信息确认单》，对方确认后系统会自动开具负数发票。
        发票代码 144031900111 发票号码 08372165 开票日期 2024年12月03日 校验码 71524 38816 90327 41158 金额 ¥1,280.00
        小规模纳税人2025年增值税征收率仍按1%执行，开票时税率栏选1%，不要选3%。
        报销规则：出差住宿标准一线城市每晚600元、其他城市450元，发票抬头必须是公司全称。
        有没有人知道OFD格式的发票怎么转PDF？数字账户里下载的时候可以直接选PDF格式。
        开票软件提示"E1203 发票号码已用完"，需要在电子税务局重新申请发票额度。
        客服热线 400-820-1234（工作日 9:00-18:00），发票问题请在工单系统提交，单号示例 TK-20250114-0193。
        12366纳税服务热线可以咨询发票真伪，也可以登录全国增值税发票查验平台自行查验。
        OCR识别结果：发票号码 ２５４４２０００００００３１８５７２０４ 开票日期 ２０２５年０１月１４日 价税合计（小写）¥３０，０００．００
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Priya d/o Ramasamy</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>Blk 412 Bedok North Avenue 2</cbc:StreetName><cbc:AdditionalStreetName>#08-115</cbc:AdditionalStreetName><cbc:CityName>Singapore</cbc:CityName><cbc:PostalZone>460412</cbc:PostalZone></cac:PostalAddress><cac:Contact><cbc:Telephone>+65 9736 2048</cbc:Telephone></cac:Contact></cac:Party></cac:AccountingCustomerParty>
        <cac:PartyLegalEntity><cbc:RegistrationName>LIM JUN HAO MARCUS</cbc:RegistrationName><cbc:CompanyID schemeID="NRIC">S8834126J</cbc:CompanyID></cac:PartyLegalEntity><!-- individual buyer, kitchen renovation at his HDB unit -->
        <cac:AdditionalDocumentReference><cbc:ID>TS-2025-0193</cbc:ID><cbc:DocumentDescription>Treatment summary</cbc:DocumentDescription><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain" filename="summary.txt">VHJlYXRtZW50IHN1bW1hcnkgfCBQYXRpZW50OiBNZG0gR29oIFNpZXcgTGFuLCBOUklDIFM2NTI5NDE3RiwgRE9CIDE0LzAzLzE5NjUgfCBEeDogTDQtTDUgZGlzYyBwcm9sYXBzZSB3aXRoIGxlZnQgc2NpYXRpY2EgfCA2IHBoeXNpb3RoZXJhcHkgc2Vzc2lvbnMgY29tcGxldGVkIDAyLzEyLzIwMjQtMTAvMDEvMjAyNSB8IE5leHQgcmV2aWV3IDE0LzAyLzIwMjU=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>
        <cbc:Note>Refund of deposit for cancelled wedding banquet of Mr Desmond Oliveiro and Ms Charmaine Fernandez (14 Feb 2025, Ballroom 2); reversed to Visa 4539 1488 0343 6467</cbc:Note>
        2025-01-13T16:40:02Z WARN ubl-validator BR-SG-05 invoice=INV-2025-000377 buyer CompanyID "T0217385E" (scheme NRIC) is not a UEN; buyer name "Tan Wei Ming Ryan" — route to manual review
        Hi accounts team, please reissue INV-2024-0831 in my personal name, Natalie Cheong Hui Min, billing address 7 Lorong 27A Geylang #05-02, Singapore 388112 — my employer needs it for my claim by Friday. Thanks!
        https://pay.hbl-billing.example/checkout?inv=INV-88421&amt=1486.20&name=Kavitha%20a%2Fp%20Subramaniam&mobile=%2B60123874419&email=kavitha.subra88%40gmail.com&return=%2Fthanks
        FINAL REMINDER: Mr Jeremy Pereira, invoice INV-2024-1177 for your son's Sec 3 A-Math tuition (Jan-Mar) of S$1,560.00 is 63 days overdue. Please settle by 31 Jan to avoid referral to our collection agent.
        Self-billed e-invoice SB-2025-0042: supplier (individual) Noor Aisyah binti Kamarul, MyKad 920308-10-6244, translation of 18,500 words, RM 2,775.00, paid to Maybank 1640 2231 8874
        Expense claim EC-7781 | claimant: Rajesh s/o Gopal (Sales, APAC) | Hotel Indigo Bangkok 12-15 Jan, tax invoice TI-BKK-55810, THB 14,200 | purpose: client visit, flight SQ 978
        invoice_no,issue_date,buyer_name,buyer_id,buyer_phone,total / INV-2025-00112,2025-01-09,CHAN KA WAI,K382716(A),9468 2175,HKD 12800.00
        <cac:Contact><cbc:Name>Siti Zubaidah Osman</cbc:Name><cbc:Telephone>8214 5530</cbc:Telephone><cbc:ElectronicMail>sitizub.osman@hotmail.com</cbc:ElectronicMail></cac:Contact><cbc:Note>3-session fertility counselling package, second cycle</cbc:Note>
        <cbc:RegistrationName>&#x9EC3;&#x5FD7;&#x5F37;</cbc:RegistrationName><cbc:CompanyID schemeID="HKID">Y520931(3)</cbc:CompanyID><cbc:Note>Fit-out of buyer's own flat, Block 3, Tuen Mun Town Plaza, 21/F</cbc:Note>
        GST F5 from sole proprietor Wong Mei Ling (NRIC S7712345H), trading as Mei's Bakes: Box 1 S$412,380, Box 8 net GST S$21,804.55; IRAS has queried the Box 7 claim on the oven installed at her home.
    """),
    "zh-Hans": _lines("""
        <FPKJXX_FPTXX><GMF_MC>王晓燕</GMF_MC><GMF_NSRSBH>440305199003157822</GMF_NSRSBH><GMF_DZDH>深圳市南山区桃园路华联花园6栋1203 13671042958</GMF_DZDH><JSHJ>3580.00</JSHJ><BZ>个人购买 空调安装</BZ></FPKJXX_FPTXX>
        <BuyerInformation><BuyerName>&#x9648;&#x5FD7;&#x660E;</BuyerName><BuyerIdNum>330106198507224414</BuyerIdNum><BuyerAddr>杭州市西湖区文三路259号</BuyerAddr></BuyerInformation>
        {"gmfmc":"\\u5218\\u6d0b","gmfsj":"186 2175 0943","gmfyx":"liuyang_hz@126.com","xmmc":"*餐饮服务*餐费","jshj":"688.00"}
        <BZ>代开劳务报酬 收款人：李建国 身份证：110105197811092039 开户行：中国工商银行北京朝阳支行 账号：6222 0210 0218 3451 231</BZ>
        麻烦开个人抬头，名字 周婷，手机 138 2756 4091，电子发票发到 zhouting_0412@163.com 就行，谢谢
        身份证号：３１０１１５１９９２０６０４５６８Ｘ 姓名：郑佳怡 —— 发票抬头改为个人，原公司抬头发票已退回作废
        <Attachment name="buyer.txt" encoding="base64">6LSt5Lmw5pa577ya6ZmI5reR6IqsIOi6q+S7veivgeWPt++8mjM1MDIwMzE5OTUwOTE4MDI0NSDnlLXor53vvJoxMzk1OTIxNzc4NiDlnLDlnYDvvJrljqbpl6jluILmgJ3mmI7ljLrmuZbmu6jljZfot68zODjlj7cy5Y2V5YWDMTcwMg==</Attachment>
        浙江省医疗门诊收费票据（电子）交款人：黄国平 性别：男 医保类型：职工医保 项目：血液透析 4次 金额 1,632.00元 个人自付 326.40元
        报销单 BX-20250114-031：申请人 赵磊（销售二部），1月6日至9日成都出差，住宿发票 全季酒店春熙路店 3晚 1,047元，高铁 G89 北京西—成都东
        红字发票信息确认单 44030025011400002291：购买方 孙丽娟（自然人，证件号 51010719870130336X），原发票 24442000000011297755，冲红原因 退货，金额 -5,299.00
        劳务报酬代扣明细：何志远 身份证 420106196902254173，1月讲课费 8,000元，应扣个税 1,280元，已由税务机关代开数电票
        @财务小杨 我老婆林小玉那张发票抬头开错了，她身份证 350102199603211288，手机 177-1043-8826，麻烦红冲后重开一张
        <ofd:CustomData Name="购买方名称">钱慧敏</ofd:CustomData><ofd:CustomData Name="购买方纳税人识别号">32010220010811152X</ofd:CustomData><ofd:CustomData Name="价税合计">12800.00</ofd:CustomData>
    """),
    "zh-Hant": _lines("""
        <Buyer><Identifier>0000000000</Identifier><Name>林美惠</Name><Address>新北市板橋區文化路一段188巷12號5樓</Address><TelephoneNumber>0933-718-205</TelephoneNumber></Buyer><CarrierType>3J0002</CarrierType><CarrierId1>/K7Q.2M9</CarrierId1>
        載具類別 CQ0001 自然人憑證條碼 TP03958172640513，持卡人 張雅婷，身分證字號 F228390747，申請將 113 年 9-10 月中獎發票獎金匯入郵局帳號 0001234-0567891
        發票 HKI-25-00231｜致：陳家豪先生｜地址：九龍旺角洗衣街 88 號 12 樓 B 室｜電話：6137 5820｜香港身份證：R774102(1)｜工程：浴室翻新連防水，總額 HK$68,500
        銷貨退回或折讓證明單：買受人 吳俊宏（個人），身分證 H133072685，原發票 WR-58201346，退回吸塵器一台，折讓 NT$18,900，退款至信用卡 4907 6240 1583 9205
        {"buyerName":"\\u8b1d\\u5b9c\\u541b","carrierType":"3J0002","carrierId":"/8WJ-3XA","mobile":"0958412673","donate":false}
        欸我發票不用打統編，直接幫我存手機載具 /P2R+0H5 就好，名字黃柏翰，有問題 LINE 我 id: bohan_0712
        診所收據／貸項單：病人 何詠詩 女 香港身份證 CA184523(2)，物理治療 6 節（頸椎退化），已退款 HK$1,200 至八達通
        <Buyer><Identifier>0000000000</Identifier><Name>&#x912D;&#x5BB6;&#x8C6A;</Name><Address>台中市西屯區河南路二段 262 號 7 樓之 3</Address></Buyer><MainRemark>身分證 L128047369，分期 12 期</MainRemark>
    """),
    "ms": _lines("""
        "AccountingCustomerParty":[{"Party":[{"PartyIdentification":[{"ID":[{"_":"IG20458913070","schemeID":"TIN"}]},{"ID":[{"_":"850623086135","schemeID":"NRIC"}]}],"PartyLegalEntity":[{"RegistrationName":[{"_":"SARAVANAN A/L MUNUSAMY"}]}],"Contact":[{"Telephone":[{"_":"+60176234518"}],"ElectronicMail":[{"_":"saravanan.munu@gmail.com"}]}]}]}]
        {"documents":[{"format":"JSON","documentHash":"05742667cf98c44c04bc55e2f1ba4db35e64166a1165377d9a9af247cf2e8612","codeNumber":"INV-2025-00391","document":"eyJJbnZvaWNlIjpbeyJJRCI6W3siXyI6IklOVi0yMDI1LTAwMzkxIn1dLCJJc3N1ZURhdGUiOlt7Il8iOiIyMDI1LTAxLTE0In1dLCJBY2NvdW50aW5nQ3VzdG9tZXJQYXJ0eSI6W3siUGFydHkiOlt7IlBhcnR5SWRlbnRpZmljYXRpb24iOlt7IklEIjpbeyJfIjoiSUcyNzcxNDUzMDAyMCIsInNjaGVtZUlEIjoiVElOIn1dfSx7IklEIjpbeyJfIjoiOTAwNzE1MTQ1NTgyIiwic2NoZW1lSUQiOiJOUklDIn1dfV0sIlBhcnR5TGVnYWxFbnRpdHkiOlt7IlJlZ2lzdHJhdGlvbk5hbWUiOlt7Il8iOiJOVVIgRkFSSEFOQSBCSU5USSBBWk1BTiJ9XX1dLCJQb3N0YWxBZGRyZXNzIjpbeyJBZGRyZXNzTGluZSI6W3siTGluZSI6W3siXyI6Ik5vLiAyMSwgSmFsYW4gU2V0aWF3YW5nc2EgOSwgVGFtYW4gU2V0aWF3YW5nc2EifV19XSwiUG9zdGFsWm9uZSI6W3siXyI6IjU0MjAwIn1dLCJDaXR5TmFtZSI6W3siXyI6Ikt1YWxhIEx1bXB1ciJ9XSwiQ291bnRyeVN1YmVudGl0eUNvZGUiOlt7Il8iOiIxNCJ9XX1dLCJDb250YWN0IjpbeyJUZWxlcGhvbmUiOlt7Il8iOiIrNjAxMTI2MzQ4ODA1In1dfV19XX1dfV19"}]}
        e-Invois kendiri SBI-2025-0107: ejen hartanah Ong Kah Meng (No. KP 670911-07-5031), komisen jualan rumah teres di Bayan Lepas RM 9,450.00, dibayar ke akaun CIMB 8009441726
        Tuan Haji Rosli bin Abdullah, invois INV-2024/10342 untuk caj penyelenggaraan unit A-12-03 Residensi Seri Mutiara berjumlah RM 1,284.00 masih tertunggak selama 3 bulan.
        NOTA KREDIT NK-2025/0044 kepada Cik Nurul Huda binti Zainal (Pasport A54801273) — pembatalan pakej umrah 12 hari Mac 2025, bayaran balik RM 7,890.00 ke akaun Bank Islam 12052010048371
        bos, customer nama Siti Khadijah binti Ismail nak e-invois atas nama dia, IC 950130-03-5876, tel 019-665 2130, dia beli peti sejuk 2 pintu semalam
        Ralat pengesahan: No. KP 781104015367 tidak sepadan dengan TIN IG10835726090 bagi pembeli "MOHD FAIZAL BIN HASSAN", dokumen INV-00091233 ditolak.
        Penyata SST-02 Nov-Dis 2024: Kedai Runcit Ah Seng (milikan tunggal Tan Ah Seng, No. KP 730519-05-5403), cukai perkhidmatan RM 3,216.40, lewat bayar 21 hari, penalti 10% RM 321.64
        <cac:PartyIdentification><cbc:ID schemeID="NRIC">991202115160</cbc:ID></cac:PartyIdentification><cac:PartyLegalEntity><cbc:RegistrationName>PUSHPA A/P RAJAGOPAL</cbc:RegistrationName></cac:PartyLegalEntity><cac:AddressLine><cbc:Line>No. 14, Jalan Kenari 3, Taman Sri Gading</cbc:Line></cac:AddressLine><cbc:PostalZone>20400</cbc:PostalZone><cbc:CountrySubentityCode>11</cbc:CountrySubentityCode>
        borang permintaan e-Invois: nama=Amirul+Hakim+bin+Zulkifli&nokp=840817065397&tin=IG31907264050&emel=amirul.hakim84%40yahoo.com&resit=R-0012874
        e-Invois Klinik Pergigian Senyum Kuching: pesakit Jeffery anak Nyambong, No. KP 880412135219, rawatan saluran akar gigi 36, RM 1,150.00, tuntutan panel majikan ditolak
        Akak, tolong semak e-invois saya tak masuk emel lagi, nama Vivian Chong Mei Ling, IC 010227120648, boleh telegram saya @vivchong_kk
    """),
    "mixed": _lines("""
        boss pls send the e-invoice to my wife, name Lim Siew Peng, IC 830514105128, email siewpeng.lim83@gmail.com, the aircon servicing one lah, RM 380
        帮我把 invoice 抬头改成 Tan Hui Ling (S9027754E)，address Blk 156 Serangoon North Ave 1 #11-230, S550156，thanks
        何淑儀小姐 (Ms Ho Suk Yee)，你張 credit note CN-HK-0115 已經出咗，退款 HK$2,350 會過返你 HSBC 戶口 004-512-389471-838，搞掂之後我哋會 SMS 去 5118 4306
        {"level":"error","msg":"buyer TIN mismatch","buyer":{"name":"Muthu a/l Krishnan","nric":"030914-10-1427","tin":"IG55012378010"},"doc":"INV-MY-2025-0441"}
        各位，客户 Azman bin Yusof 要 e-invois 个人抬头，IC 760203-02-5339，地址 No. 5 Lorong Cempaka 2, Taman Bersatu, 09000 Kulim, Kedah，请 Ah Lian 今天开好
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an e-invoicing assistant for a Singapore accounting firm."),
        (
            "user",
            "I'm a freelance designer, not GST-registered. I need a Peppol invoice to Orchid Bay Hotels Pte. Ltd. for logo work, S$4,800.",
        ),
        (
            "assistant",
            "Sure. What supplier name, address and contact number should appear on the invoice?",
        ),
        (
            "user",
            "Daryl Koh Wen Jie, Blk 812 Jurong West Street 81 #14-22, Singapore 640812, mobile 8665 0192.",
        ),
        (
            "assistant",
            "<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Daryl Koh Wen Jie</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>Blk 812 Jurong West Street 81 #14-22</cbc:StreetName><cbc:PostalZone>640812</cbc:PostalZone></cac:PostalAddress><cac:Contact><cbc:Telephone>86650192</cbc:Telephone></cac:Contact></cac:Party></cac:AccountingSupplierParty>",
        ),
    ],
    [
        (
            "user",
            "Saya ada kedai elektrik. Pelanggan minta e-Invois atas nama sendiri, apa maklumat yang perlu?",
        ),
        (
            "assistant",
            "Anda perlukan nama penuh seperti dalam MyKad, nombor MyKad, TIN (jika ada), alamat dan nombor telefon pembeli.",
        ),
        (
            "user",
            "Nama dia Zainab binti Omar, IC 670405-04-5062, TIN tak tahu, alamat No. 33 Jalan Bukit Baru 2, 75150 Melaka, tel 013-881 2470.",
        ),
        (
            "assistant",
            'Jika TIN tidak diketahui, gunakan "EI00000000010" dan isi NRIC: {"ID":[{"_":"670405045062","schemeID":"NRIC"}]}, RegistrationName "ZAINAB BINTI OMAR", Telephone "+60138812470".',
        ),
    ],
    [
        ("user", "帮我写一段开票申请，发给供应商财务"),
        ("assistant", "好的，请提供发票抬头、纳税人识别号或身份证号、接收邮箱和开票金额。"),
        (
            "user",
            "抬头个人：徐文静，身份证 330102198806141867，邮箱 xuwenjing88@qq.com，金额 2,360 元，是上个月的瑜伽私教课",
        ),
        (
            "assistant",
            "您好，麻烦为以下信息开具数电普票：抬头 徐文静（个人），证件号 330102198806141867，项目 *生活服务*瑜伽私教课，金额 2,360.00 元，请发送至 xuwenjing88@qq.com。谢谢！",
        ),
    ],
    [
        ("user", "請問網購退貨要怎麼開折讓單？發票是 AB-30918274"),
        (
            "assistant",
            "賣方會開立銷貨退回或折讓證明單，請提供買受人姓名與聯絡方式，若發票存在手機載具也請一併提供。",
        ),
        (
            "user",
            "我是蔡宗翰，手機載具 /3VN-8.K，電話 0972-305-816，地址台南市東區林森路一段 120 號",
        ),
        (
            "assistant",
            "已填妥：買受人 蔡宗翰，載具 /3VN-8.K，電話 0972-305-816，原發票 AB-30918274，退貨折讓金額待賣方確認後回覆。",
        ),
    ],
    [
        ("system", "You draft billing documents for a Hong Kong renovation contractor."),
        (
            "user",
            "Draft a credit note for our client, the waterproofing was redone under warranty.",
        ),
        (
            "assistant",
            "Please give me the client's name, address, original invoice number and the credit amount.",
        ),
        (
            "user",
            "黃家輝先生 Mr Wong Ka Fai, HKID Z603184(7), 沙田第一城 22 座 18 樓 F 室, original inv HKI-24-01922, credit HK$6,200",
        ),
        (
            "assistant",
            "CREDIT NOTE CN-HK-0121 | To: Mr Wong Ka Fai (HKID Z603184(7)), Flat F, 18/F, Block 22, City One Shatin | Ref: HKI-24-01922 | Credit: HK$6,200.00 (warranty re-work, waterproofing)",
        ),
    ],
    [
        (
            "user",
            'Why was this rejected? {"error":"CF321","buyer":{"name":"Lee Pei Shan","nric":"680925105126"},"tin":"IG41205837090"}',
        ),
        (
            "assistant",
            "CF321 means the TIN and the NRIC do not belong to the same taxpayer on the IRBM side. Check that the NRIC is the buyer's own, not a family member's.",
        ),
        (
            "user",
            "ah she gave us her mum's IC by mistake, her own is 940611-10-5872 and her phone is 016-228 7451",
        ),
        (
            "assistant",
            "Then resubmit with NRIC 940611105872 and the same TIN; if it still fails, validate the TIN first through the Taxpayer TIN validation API.",
        ),
    ],
    [
        (
            "user",
            "Klien saya Encik Hafiz bin Rahman (No. KP 870921-10-5493) ada perniagaan katering milikan tunggal.",
        ),
        ("assistant", "Baik. Apa isu berkaitan penyata SST beliau?"),
        (
            "user",
            "Dia lambat hantar SST-02 untuk tempoh Sep-Okt 2024 selama 45 hari, cukai RM 8,640. Berapa penalti?",
        ),
        (
            "assistant",
            "Untuk 30 hari pertama 10% (RM 864), ditambah 15% bagi tempoh 30 hari kedua (RM 1,296), jadi jumlah penalti Encik Hafiz ialah RM 2,160 selain cukai RM 8,640.",
        ),
    ],
    [
        (
            "user",
            "这段 base64 是发票附件里的，帮我解码看看是什么：5aeT5ZCN77ya5b2t5rWp54S2IHwg6Lqr5Lu96K+B77yaNDQwMzA0MTk5MzAyMjc2NDM4IHwg5omL5py677yaMTU4MjE0MzY2OTAgfCDlvIDnpajph5Hpop3vvJo0LDIwMC4wMCB8IOmhueebru+8mirkvY/lrr/mnI3liqEq5L2P5a6/6LS5IOa3seWcs+emj+eUsCAz5pma",
        ),
        (
            "assistant",
            "解码结果：姓名：彭浩然 | 身份证：440304199302276438 | 手机：15821436690 | 开票金额：4,200.00 | 项目：*住宿服务*住宿费 深圳福田 3晚",
        ),
        ("user", "好的，那这张住宿发票就按这个人的名字报销"),
    ],
    [
        (
            "user",
            "Our fapiao XML shows the buyer as <BuyerName>&#x5434;&#x5609;&#x8C6A;</BuyerName><BuyerIdNum>320106199103074256</BuyerIdNum>, why does the name look like that?",
        ),
        (
            "assistant",
            "Those are XML numeric character references; they decode to 吴嘉豪. The ID number is a mainland resident ID, so this is an individual buyer.",
        ),
        ("user", "Ok, so I just need to reissue for 吴嘉豪 and mail it to wujiahao_nj@163.com?"),
        (
            "assistant",
            "Yes, reissue to 吴嘉豪 with BuyerIdNum 320106199103074256 and send the new e-fapiao to wujiahao_nj@163.com.",
        ),
    ],
    [
        (
            "user",
            "Customer wants the deposit refunded to her card instead of PayNow. Help me word the credit note.",
        ),
        (
            "assistant",
            "Sure, what is the customer's name, the original invoice and the card to refund?",
        ),
        (
            "user",
            "Ms Sandra Vaz, FIN G5109832W, inv INV-2025-000402, S$980, Mastercard 5412 9913 4578 2107",
        ),
        (
            "assistant",
            "Credit note CN-2025-0039 to Ms Sandra Vaz (FIN G5109832W) for S$980.00 against INV-2025-000402; refund to Mastercard 5412 9913 4578 2107 within 7-10 working days.",
        ),
    ],
]
