# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade49: personal data in percent-encoding, URL query strings, HTML entities, JSON unicode escapes, punycode and quoted-printable. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade49
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "percent-encoding Q&A"): _lines("""
        RFC 3986 §2.3: unreserved characters (ALPHA, DIGIT, "-", ".", "_", "~") should not be percent-encoded, and URIs that differ only in how they encode them are equivalent.
        encodeURIComponent("北京") returns "%E5%8C%97%E4%BA%AC" – each UTF-8 byte becomes %XX; uppercase hex is the convention but decoders must accept both cases.
        Q: why does my form post turn spaces into + while encodeURIComponent gives %20?  A: application/x-www-form-urlencoded is older than RFC 3986. URLSearchParams gives you the form flavour, encodeURIComponent the RFC one.
        Double-encoding bug: %E4%B8%AD came out as %25E4%25B8%25AD after the API gateway re-escaped an already escaped path. Decode once at the edge, never twice.
        >>> urllib.parse.quote("Ærøskøbing", safe="")  # -> '%C3%86r%C3%B8sk%C3%B8bing'
        Deep link template: https://app.example.com/profile?uid={user_id}&name={urlencoded_display_name} – log the route only, never the expanded URL.
        Java's URLEncoder.encode(s, StandardCharsets.UTF_8) turns " " into "+" and leaves "*" alone, which breaks SigV4 canonical requests; replace them with %20 and %2A afterwards.
        The %u5F20 form comes from the deprecated JavaScript escape(); it is not valid in a URI and most servers answer 400 instead of guessing.
        nginx: $request_uri keeps the raw %XX sequences while $uri is normalised and decoded – neither drops the query string for you, so define your own log_format if it must not be logged.
        curl -G --data-urlencode "q=Sun Yat-sen University" --data-urlencode "fields=name,founded" https://api.example.org/v3/institutions
        Percent-encoding is escaping, not encryption: whatever sits in a query string ends up in proxy logs, browser history and Referer headers.
        Why is %2F rejected in my path? Apache ships with AllowEncodedSlashes Off, so /files/a%2Fb returns 404 until you set it to NoDecode.
    """),
    ("en", "query strings and access logs"): _lines("""
        https://shop.example.hk/checkout/success?order_no=HK20251204-778123&amount=1288.00&currency=HKD&utm_source=newsletter&utm_medium=email&utm_campaign=xmas_2025
        10.0.3.17 - - [04/Dec/2025:10:15:32 +0800] "GET /api/v2/track?carrier=sf-express&waybill=SF1402877635421&lang=zh-CN HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
        https://www.google.com/search?q=lee+kuan+yew+speech+1965+separation&hl=en-SG
        https://zh.wikipedia.org/wiki/%E9%B2%81%E8%BF%85 opens the article on the writer Lu Xun (1881–1936).
        https://www.google.com/maps/search/?api=1&query=Queen+Mary+Hospital%2C+102+Pok+Fu+Lam+Road%2C+Hong+Kong
        https://www.moh.gov.sg/search?q=dengue%20cases%202025&page=2&sort=date
        302 /login?next=%2Fdashboard%2Freports%3Fyear%3D2025%26quarter%3D4 -> /dashboard/reports?year=2025&quarter=4
        GET /v1/invoices?status=overdue&due_before=2025-12-31T23%3A59%3A59%2B08%3A00&limit=50&cursor=eyJpZCI6OTkyMX0%3D
        https://s.taobao.com/search?q=%E6%9D%8E%E5%AE%81%20%E8%B6%85%E8%BD%BB21%20%E8%B7%91%E9%9E%8B&sort=sale-desc&filter=reserve_price%5B300%2C600%5D
        /careers/search?title=Data+Engineer&location=Kuala+Lumpur&salary_min=8000&salary_max=12000&type=full-time
        sentry breadcrumb: navigation /products/SKU-88213?color=%23FF6600&size=M -> /cart?coupon=XMAS25&ref=pdp
        utm_term=%E5%8F%8C%E5%8D%81%E4%BA%8C%20%E4%BC%98%E6%83%A0%E5%88%B8&utm_content=banner_v3&spm=a21bo.jianhua.201876.1
    """),
    ("en", "HTML entities and CMS markup"): _lines("""
        <footer>&copy; 2025 Caf&eacute; de Flore &middot; 172 Boulevard Saint-Germain, 75006 Paris</footer>
        <title>&#39318;&#38913; &#8211; &#39321;&#28207;&#22823;&#23416; | The University of Hong Kong</title>
        &lt;input type=&quot;email&quot; name=&quot;email&quot; placeholder=&quot;you@example.com&quot; required&gt;
        Escape order matters: do &amp; first, then &lt; &gt; &quot; &#x27; – otherwise the page ends up showing a literal &amp;lt;
        <blockquote>&ldquo;Be water, my friend.&rdquo; &mdash; Bruce Lee, 1971 TV interview</blockquote>
        Dr. Martens 1460 Smooth &ndash; UK 8 &ndash; HK$1,399&nbsp;|&nbsp;SKU DM-11822006&nbsp;|&nbsp;In stock
        <p class="poem">&#26446;&#30333;&#12298;&#38745;&#22812;&#24605;&#12299;&#65306;&#24202;&#21069;&#26126;&#26376;&#20809;&#65292;&#30097;&#26159;&#22320;&#19978;&#38684;&#12290;</p>
        <a href="tel:1823">&#25919;&#24220;&#29105;&#32218; 1823</a> &middot; <a href="mailto:enquiry@1823.gov.hk">enquiry@1823.gov.hk</a>
        <h2>Sherlock Holmes &amp; Dr. John Watson</h2><p>221B Baker Street, London &mdash; <i>A Study in Scarlet</i>, ch.&nbsp;1</p>
        <meta name="description" content="Raffles Hotel Singapore &ndash; 1 Beach Road, Singapore 189673 &ndash; reservations +65 6337 1886">
        &lt;!-- wp:paragraph --&gt;&lt;p&gt;Opening hours: Mon&ndash;Fri 09:00&ndash;18:00, Sat 10:00&ndash;14:00&lt;/p&gt;&lt;!-- /wp:paragraph --&gt;
        &#x5F20; and &#24352; are the same character (U+5F20, 张), one of the most common Chinese surnames.
        Total: &yen;1,299 / &euro;169 / &pound;145 &mdash; VAT incl., order ref WEB-2512-00931
    """),
    ("en", "JSON escapes and API payloads"): _lines(r"""
        {"code":40001,"msg":"\u53c2\u6570\u9519\u8bef\uff1amobile \u683c\u5f0f\u4e0d\u6b63\u786e","request_id":"7f3c2a9e-51b4-4d8e-9a61-0c2f5e8b1d44"}
        {"city":"\u5e7f\u5dde","district":"\u5929\u6cb3\u533a","aqi":68,"pm25":41,"updated":"2025-12-04T08:00:00+08:00"}
        {"sku":"LN-ARHU021","title":"\u674e\u5b81 \u8d85\u8f7b21 \u7537\u5b50\u8dd1\u978b","price":499.0,"stock":1327}
        json.dumps("王府井大街") returns "\u738b\u5e9c\u4e95\u5927\u8857" because ensure_ascii defaults to True; pass ensure_ascii=False if the consumer speaks UTF-8.
        {"template_id":"SMS_21455","params":{"name":"{{customer_name}}","code":"{{otp}}","minutes":5}}
        json.decoder.JSONDecodeError: Invalid \uXXXX escape: line 1 column 48 (char 47)
        "\ud83d\ude00" is the surrogate pair for U+1F600 😀 – a lone "\ud83d" gets rejected by strict decoders such as serde_json.
        {"poi":"\u5b59\u4e2d\u5c71\u6545\u5c45\u7eaa\u5ff5\u9986","open":"09:00-17:00","closed":"\u5468\u4e00","hotline":"0760-85501691"}
        {"event":"order.paid","order_id":"202512041538220017","amount":"\u00a5268.00","channel":"wechat_pay","ts":1764833902}
        "checkout.empty": "\u8d2d\u7269\u8f66\u8fd8\u662f\u7a7a\u7684\uff0c\u53bb\u901b\u901b\u5427",
        {"hospital":"\u5317\u4eac\u534f\u548c\u533b\u9662","dept":"\u5fc3\u5185\u79d1","date":"2025-12-08","slots_left":12}
        {"level":"warn","msg":"mobile failed validation","field":"mobile","rule":"^1[3-9]\\d{9}$","count":317}
        {"book":"\u7ea2\u697c\u68a6","author":"\u66f9\u96ea\u82b9","characters":["\u8d3e\u5b9d\u7389","\u6797\u9edb\u7389","\u859b\u5b9d\u9497"]}
        {"province":"\u6d59\u6c5f","year":2024,"new_cases":1432,"rate_per_100k":2.18,"source":"\u7701\u536b\u5065\u59d4"}
    """),
    ("en", "IDN and punycode"): _lines("""
        xn--fiqs8s is the ASCII form of the .中国 TLD and xn--j6w193g is .香港
        Chrome shows xn--80ak6aa92e.com instead of the Cyrillic lookalike because the whole label is a confusable of apple.com.
        IDNA2003 maps "faß.de" to "fass.de", IDNA2008 keeps the ß and gives xn--fa-hia.de – two different registrations.
        >>> "香港大學.hk".encode("idna")  # -> b'xn--pssu7cv61af44b.hk'
        Registrar notice: xn--w9s97y.com (李宁.com) renewal due 2026-03-18, invoice INV-2025-40917, USD 38.00
        RFC 3492 Bootstring parameters for Punycode: base 36, tmin 1, tmax 26, skew 38, damp 700, initial_bias 72, initial_n 128.
        Phishing ticket PH-88123: xn--pypal-4ve.com (Cyrillic а) suspended 2025-11-30 after the registrar abuse report.
        Each label, xn-- prefix included, is limited to 63 octets; a long Chinese company name can exceed that after conversion.
        SAN: DNS:xn--1lq90ic7fzpc.cn, DNS:www.xn--1lq90ic7fzpc.cn – serial 04:A1:9C:3E:77, not after 2026-06-30
        EAI test: the domain becomes postmaster@xn--fsqu00a.xn--0zwm56d but a UTF-8 local part still needs SMTPUTF8 on every hop.
        dig +short NS xn--fiqs8s856bruk.xn--fiqs8s
    """),
    ("en", "email source and quoted-printable"): _lines(r"""
        Subject: =?UTF-8?Q?=E5=8F=8C=E5=8D=81=E4=BA=8C_=E9=99=90=E6=97=B6=E4=BC=98=E6=83=A0=EF=BC=9A=E5=85=A8=E5=9C=BA=E6=BB=A1300=E5=87=8F50?=
        Soft line breaks: a trailing "=" means the line continues; "=3D" is a literal equals sign and "=20" a trailing space that has to survive transport.
        Your order #SG-5528190 has shipped =E2=80=93 estimated arrival 8=E2=80=9310 Dec. Track it at https://track.example.sg/?id=3D5528190
        =E6=84=9F=E8=B0=A2=E6=82=A8=E8=AE=A2=E9=98=85=E3=80=8A=E6=AF=8F=E5=91=A8=E7=A7=91=E6=8A=80=E3=80=8B=EF=BC=8C=E6=9C=AC=E6=9C=9F=E4=B8=BB=E9=A2=98=EF=BC=9AHTTP/3 =E4=B8=8E QUIC=E3=80=82
        To unsubscribe click https://list.example.com/u?list=3Dweekly&t=3D{{token}} =E2=80=94 this link is unique to your subscription.
        Reply-To: =?UTF-8?Q?=E5=AE=A2=E6=9C=8D=E4=B8=AD=E5=BF=83?= <support@example.cn>
        550 5.1.1 <{recipient}>: Recipient address rejected: User unknown in virtual mailbox table (DSN 2F9A1C0D33)
        =E3=80=8A=E5=9B=B4=E5=9F=8E=E3=80=8B=E6=98=AF=E9=92=B1=E9=92=9F=E4=B9=A6=E5=94=AF=E4=B8=80=E7=9A=84=E9=95=BF=E7=AF=87=E5=B0=8F=E8=AF=B4=EF=BC=8C1947 =E5=B9=B4=E5=88=9D=E7=89=88=E3=80=82
        Dear Customer,=20=0AYour e-Statement for November 2025 is now available. Statement ref STMT-2511-A77.=0A=E2=80=94 Customer Service Hotline 2288 8888
        From: =?UTF-8?Q?=E9=A6=99=E6=B8=AF=E4=B8=AD=E6=96=87=E5=A4=A7=E5=AD=B8_=E5=9C=96=E6=9B=B8=E9=A4=A8?= <library@example.edu.hk>
        >>> quopri.decodestring(b'Caf=C3=A9 de la Paix')  # -> b'Caf\xc3\xa9 de la Paix'
    """),
    ("zh-Hans", "开发笔记"): _lines(r"""
        前端用 encodeURIComponent 处理中文参数，比如“上海”会变成 %E4%B8%8A%E6%B5%B7，后端只解码一次就行。
        日志脱敏规范：手机号保留前三后四，身份证号只保留前六位，姓名只保留姓；URL 里的 query 参数整体丢弃。
        接口返回的中文变成了 \u4e2d\u6587 这种形式，是因为 json.dumps 默认 ensure_ascii=True，不是乱码。
        微信支付回调验签失败，十有八九是 sign 里的 %2B 被当成空格解了，别用 unquote_plus。
        中文域名“北京大学.cn”转成 Punycode 是 xn--1lq90ic7fzpc.cn，申请证书时 SAN 里要写这个形式。
        邮件标题里那串 =?UTF-8?Q?...?= 是 RFC 2047 编码，用 email.header.decode_header 解一下就是中文。
        客服热线 95588 在页面里输出成 &#57;&#53;&#53;&#56;&#56;，防止被简单的爬虫抓走。
        订单查询接口：/order/query?no=E20251204113355871&ts=1764820435&sign=9f1c0a7b3e
        百科条目 https://baike.example.com/item/%E9%B2%81%E8%BF%85%E6%95%85%E5%B1%85（北京市西城区宫门口二条19号）
        HTML 里 &nbsp; 和全角空格 &#12288; 不是一回事，排版时别混用。
        表单模板：name={姓名}&mobile={手机号}&id_no={身份证号}，联调时前端不要把拼好的串打到 console。
        短链 https://t.example.cn/a8Kd2x 解出来是 ?act=double12&ch=sms&ver=3.2.1，只有活动参数，没有用户信息。
        统计：2025 年第三季度“.中国”域名新注册约 1.86 万个，环比下降 4.2%。
        《三国演义》里的“&#35832;&#33883;&#20142;”在 HTML 源码里只是一串数字实体，搜索引擎照样能索引。
    """),
    ("zh-Hant", "網頁與電郵"): _lines(r"""
        香港郵政查件：https://www.hongkongpost.hk/tc/mail_tracking/index.html?trackNo=EE218604471HK
        &#39321;&#28207;&#20013;&#25991;&#22823;&#23416; 2026 &#24180;&#24230;&#26412;&#31185;&#20837;&#23416;&#36039;&#35338;&#26085; &ndash; 12 月 13 日（星期六）
        Subject: =?UTF-8?Q?=E9=A6=99=E6=B8=AF=E8=BF=AA=E5=A3=AB=E5=B0=BC=E6=A8=82=E5=9C=92_=E8=81=96=E8=AA=95=E5=84=AA=E6=83=A0_=E4=BD=8E=E8=87=B3=E5=85=AB=E6=8A=98?=
        請勿在 URL 參數中傳遞身份證號碼或電話號碼，應改用 POST 並經 TLS 傳送，伺服器日誌亦須關閉 query string 記錄。
        逸夫書院（以邵逸夫爵士命名）開放日報名：?event=open-day&date=2026-01-17&lang=zh-HK
        臺北市 1999 市民當家熱線查詢頁：?keyword=%E5%9E%83%E5%9C%BE%E6%B8%85%E9%81%8B&district=%E5%A4%A7%E5%AE%89%E5%8D%80
        JSON 裡的 \u81fa\u5317 其實就是「臺北」，只是轉義，不必驚慌。
        &#29802;&#40599;&#37291;&#38498; &#22320;&#22336;&#65306;&#39321;&#28207;&#34180;&#25206;&#26519;&#36947;102&#34399; &#32317;&#27231; 2255 3838
        孫中山紀念館 展覽頁：https://www.lcsd.gov.hk/ce/Museum/sysm/zh_TW/web/sysm/exhibitions.html?year=2025
        中文域名「商會.香港」的 ASCII 形式是 xn--czrs62b.xn--j6w193g。
    """),
    ("ms", "laman web dan e-mel"): _lines("""
        Jangan hantar nombor MyKad melalui parameter URL; gunakan borang POST yang disulitkan.
        https://www.jpj.gov.my/carian?q=saman+trafik+2025&bahasa=ms
        Subject: =?UTF-8?Q?Promosi_Hari_Raya_=E2=80=93_Diskaun_30=25_untuk_semua_ahli?=
        Hospital Tengku Ampuan Rahimah, Klang &ndash; waktu melawat 12:30&ndash;14:00 &amp; 17:00&ndash;19:00
        Talian Kasih 15999 beroperasi 24 jam; untuk kecemasan hubungi 999.
        Pautan peta: https://maps.google.com/?q=Menara+Kuala+Lumpur%2C+Jalan+Puncak%2C+50250+Kuala+Lumpur
        Templat SMS: "Tuan/Puan {nama}, pesanan {no_pesanan} telah dihantar." – jangan isi data sebenar dalam log ujian.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        10.0.3.17 - - [03/Dec/2025:21:44:09 +0800] "GET /api/v1/kyc/verify?full_name=Tan%20Wei%20Ling&nric=S8734215H&dob=1987-03-14&mobile=%2B65%209672%208134 HTTP/1.1" 200 87
        applicant_name=Nurul+Aisyah+binti+Kamarudin&ic_no=950812-10-5526&phone=012-7745310&address=No.+14%2C+Jalan+SS2%2F75%2C+47300+Petaling+Jaya%2C+Selangor
        Ticket #48812 – customer says the reset link never arrives: https://portal.example.com/account/reset?email=chloe.ng.kaman%40gmail.com&phone=%2B852%206283%200571&lang=en
        <tr><td>&#38472;&#23478;&#26126;</td><td>M/58</td><td>HbA1c 9.2% &ndash; type 2 diabetes, started insulin glargine 12&nbsp;IU</td></tr>
        Hi Ravi,=0AMy new address from 1 Jan is Blk 512 Jurong West St 52, #08-217, Singapore 640512 =E2=80=93 please update the payroll records.=0A=E2=80=94 Priya Raman, 8823 4017
        Ouyang Siyuan · me@xn--m8tq9vrw3apkf.com · +86 139 1028 7743 · Hangzhou
        GET /member/update?name=%25E6%259D%258E%25E5%25BF%2597%25E5%25BC%25BA&idno=510107198509047714&tel=18620457713&src=h5
        payment_callback?card_no=4556902183772646&holder=WONG%20KA%20HO&exp=09%2F28&cvv_check=pass&amt=3299.00
        Emergency contact: Lam Siu Fong (mother) &ndash; &#57;&#49;&#48;&#54;&#32;&#50;&#55;&#51;&#52;, Flat 12B, Block 3, Kornhill, Quarry Bay
        {"uid":88213,"name":"Zhou Min","phone":"\u0031\u0033\u0035\u0037\u0035\u0031\u0032\u0038\u0030\u0034\u0036","city":"Hangzhou","note":"prefers calls after 7pm, hearing aid in left ear"}
        /hr/payslip/view?emp=E10442&name=Siti%20Hajar%20binti%20Omar&month=2025-11&basic=6850.00&allowance=450.00&net=6311.20&acct=Maybank%201140%202283%207716
        <p>FCMC 8812/2025 &ndash; Fung Chi Keung v. Ho Wing Sze: interim custody of the child Fung Hoi Ying (born 14/02/2017) granted to the mother; father&rsquo;s access every other weekend.</p>
        /visa/apply?step=3&surname=KOH&given_names=JUN%20HAO&passport_no=E4418290M&nationality=SGP&dob=1990-07-22&email=kohjh90%40outlook.com
        /season-parking/renew?plate=SKP%206190%20E&owner=Goh%20Swee%20Hoon&address=Blk%20231%20Bishan%20St%2022%20%2305-331&carpark=BS12
        https://wa.me/60127734598?text=Hi%20Encik%20Faizal%2C%20this%20is%20Cikgu%20Lina%20from%20SK%20Taman%20Melawati.%20Danial%20had%20an%20asthma%20attack%20during%20PE%20today%2C%20he%20used%20his%20inhaler%20and%20is%20resting%20in%20the%20sick%20bay.
        Dear Ms Cheung,=0D=0APlease find attached the tenancy agreement for Flat 5C, 18 Tai Hang Road. Tenant: CHEUNG Wai Man, HKID Y621804(9), monthly rent HK$28,500.=0D=0ARegards,=0D=0AEdmond
        Delivery note: Mr Arjun Menon, 7 Lorong Kurau 3, Bangsar, 59100 Kuala Lumpur &ndash; he&rsquo;s a wheelchair user since the stroke, please use the side gate &amp; call 017&#8209;338&#8209;2194 on arrival
    """),
    "zh-Hans": _lines(r"""
        GET /h5/insurance/claim?insured=%E7%8E%8B%E7%BE%8E%E5%85%B0&relation=%E6%AF%8D%E4%BA%B2&hospital=%E5%A4%8D%E6%97%A6%E5%A4%A7%E5%AD%A6%E9%99%84%E5%B1%9E%E8%82%BF%E7%98%A4%E5%8C%BB%E9%99%A2&diag=%E8%83%83%E7%99%8C%E6%9C%AF%E5%90%8E%E5%8C%96%E7%96%97&applicant_mobile=15902173382
        &#25910;&#20214;&#20154;&#65306;&#36213;&#28023;&#28059;&#32;&#49;&#51;&#56;&#49;&#54;&#54;&#50;&#52;&#48;&#57;&#55;&#32;&#19978;&#28023;&#24066;&#38389;&#34892;&#21306;&#19971;&#33688;&#36335;&#51;&#51;&#57;&#57;&#24324;&#50;&#55;&#21495;&#54;&#48;&#50;&#23460;
        {"name":"\u9ec4\u601d\u742a","gender":"\u5973","birth":"1993-11-28","mobile":"17708361259","email":"huangsiqi93@163.com","school":"\u6d59\u6c5f\u5927\u5b66","id_card":"330106199311280865"}
        =E5=86=89=E5=90=AF=E8=88=AA=EF=BC=8C=E6=82=A8=E5=A5=BD=EF=BC=9A=E6=82=A8 2025 =E5=B9=B4 11 =E6=9C=88=E5=B7=A5=E8=B5=84=E6=9D=A1=E5=A6=82=E4=B8=8B=E2=80=94=E2=80=94=E5=9F=BA=E6=9C=AC=E5=B7=A5=E8=B5=84 15,000.00=EF=BC=8C=E7=BB=A9=E6=95=88 4,200.00=EF=BC=8C=E4=B8=AA=E7=A8=8E 1,057.50=EF=BC=8C=E5=AE=9E=E5=8F=91 18,142.50=E3=80=82=E5=A6=82=E6=9C=89=E7=96=91=E9=97=AE=E8=AF=B7=E8=81=94=E7=B3=BB=E4=BA=BA=E4=BA=8B=E9=83=A8 =E5=91=A8=E8=80=81=E5=B8=88=E3=80=82
        /rent/contact?name=%E9%99%88%E5%AE%87&wechat=chenyu_0923&mobile=13655170284&budget=4500&area=%E5%8D%97%E5%B1%B1%E5%8C%BA%E7%A7%91%E6%8A%80%E5%9B%AD&move_in=2026-01-05
        GET /api/idcheck?id=%34%34%30%33%30%34%31%39%38%38%30%33%31%37%32%35%34%34&name=%E6%9E%97%E6%99%93%E9%9B%AF&scene=loan
        /etc/bind?plate=%E7%B2%A4B7K2Q9&owner=%E4%BD%95%E6%8C%AF%E4%B8%9C&mobile=13902985516&vin=LSVNV2183N2071834
        &#65288;2025&#65289;&#27818;0115&#27665;&#21021;20871&#21495; &#21407;&#21578; &#21525;&#31168;&#33521; &#35785; &#34987;&#21578; &#21525;&#24314;&#22269; &#36193;&#20859;&#36153;&#32416;&#32439;&#65292;&#21028;&#20915;&#34987;&#21578;&#27599;&#26376;&#25903;&#20184;&#36193;&#20859;&#36153; 1500 &#20803;&#12290;
        {"holder":"\u9093\u4e3d\u534e","card_no":"6228480619372054186","bank":"\u4e2d\u56fd\u519c\u4e1a\u94f6\u884c","reserved_mobile":"15011426790"}
        /emr/note?patient=%E5%AD%94%E7%BB%B4&age=34&dx=%E9%87%8D%E5%BA%A6%E6%8A%91%E9%83%81%E5%8F%91%E4%BD%9C%EF%BC%8C%E4%BC%B4%E8%87%AA%E6%9D%80%E6%84%8F%E5%BF%B5&ward=%E7%B2%BE%E7%A5%9E%E7%A7%91%E4%B8%89%E7%97%85%E5%8C%BA%2012%E5%BA%8A&doctor=D0317
        订单收件人 %E5%AD%99%E4%B8%BD%E5%A8%9C 159****3382 %E5%8C%97%E4%BA%AC%E5%B8%82%E6%9C%9D%E9%98%B3%E5%8C%BA%E6%9C%9B%E4%BA%AC%E8%A5%BF%E5%9B%AD%E4%B8%89%E5%8C%BA311%E5%8F%B7%E6%A5%BC2%E5%8D%95%E5%85%831102
        visa_appt?surname=TANG&given=KEXIN&passport=EH4729135&dob=1995-12-30&phone=%2B86%20137%201654%200928&city=%E5%8D%97%E4%BA%AC
        {"content":"\u542c\u8bf4\u8d22\u52a1\u90e8\u7684\u8d3a\u6587\u658c\u4e0a\u4e2a\u6708\u56e0\u4e3a\u9152\u9a7e\u88ab\u5224\u4e86\u62d8\u5f79\u4e24\u4e2a\u6708\uff0c\u73b0\u5728\u8fd8\u5728\u7f13\u5211\u671f\u3002","channel":"dingtalk"}
        =E5=B0=8A=E6=95=AC=E7=9A=84=E5=AE=B6=E9=95=BF=EF=BC=9A=E6=82=A8=E7=9A=84=E5=AD=A9=E5=AD=90 =E9=92=9F=E6=A2=93=E8=90=B1=EF=BC=88=E4=B8=89=E5=B9=B4=E7=BA=A7=E4=BA=8C=E7=8F=AD=EF=BC=8C=E5=AD=A6=E5=8F=B7 20230217=EF=BC=89=E6=9C=AC=E5=AD=A6=E6=9C=9F=E4=BD=93=E6=A3=80=E5=8F=91=E7=8E=B0=E8=84=8A=E6=9F=B1=E4=BE=A7=E5=BC=AF 15=C2=B0=EF=BC=8C=E8=AF=B7=E5=B0=BD=E5=BF=AB=E5=88=B0=E5=8C=BB=E9=99=A2=E5=A4=8D=E6=9F=A5=E3=80=82
        https://m.example.cn/p?u=%E5%88%98%E5%BB%BA%E5%86%9B&t=%E5%BF%AB%E9%80%92%E6%94%BE%E9%97%A8%E5%8F%A3%E4%BA%86%EF%BC%8C%E6%88%90%E9%83%BD%E5%B8%82%E6%AD%A6%E4%BE%AF%E5%8C%BA%E7%8E%89%E6%9E%97%E5%8C%97%E8%B7%AF2%E5%8F%B7%E9%99%A23%E6%A0%8B1%E5%8D%95%E5%85%83502%EF%BC%8C%E5%8F%96%E4%BB%B6%E7%A0%81%208-2-3317
        &#x60A3;&#x8005;&#xFF1A;&#x6B27;&#x9633;&#x79C0;&#x5170; &#x5973; 59&#x5C81; &#x8EAB;&#x4EFD;&#x8BC1;&#x53F7; 230103196607191443 &#x8BCA;&#x65AD;&#xFF1A;&#x963F;&#x5C14;&#x8328;&#x6D77;&#x9ED8;&#x75C5;&#xFF08;&#x4E2D;&#x5EA6;&#xFF09;
        这是我自己的博客 https://xn--4gq293nzoi.cn/about ，我叫邵一鸣，在苏州做婚礼摄影，微信同手机 13071945526。
    """),
    "zh-Hant": _lines(r"""
        /booking?name=%E9%BB%83%E5%98%89%E6%AC%A3&hkid=K530917%284%29&tel=51479826&clinic=%E5%B0%87%E8%BB%8D%E6%BE%B3&service=%E7%94%A2%E5%89%8D%E6%AA%A2%E6%9F%A5%20%E7%AC%AC28%E9%80%B1
        &#36865;&#36008;&#22320;&#22336;&#65306;&#20061;&#40845;&#32005;&#30945;&#40643;&#22484;&#33457;&#22290;&#31532;8&#26399;12&#24231;15&#27155;D&#23460; &#38515;&#24535;&#20553;&#20808;&#29983; &#38651;&#35441; 6731 2280
        =E6=A2=81=E5=A4=AA=E6=82=A8=E5=A5=BD=EF=BC=8C=E9=99=84=E4=BB=B6=E7=82=BA=E6=B2=99=E7=94=B0=E7=AC=AC=E4=B8=80=E5=9F=8E 38 =E5=BA=A7 22 =E6=A8=93 F =E5=AE=A4=E7=9A=84=E7=A7=9F=E7=B4=84=EF=BC=8C=E7=A7=9F=E5=AE=A2 =E9=A6=AC=E4=BF=8A=E5=82=91=EF=BC=88HKID C668203(9)=EF=BC=89=EF=BC=8C=E6=9C=88=E7=A7=9F HK$16,800=EF=BC=8C=E6=8C=89=E9=87=91=E5=85=A9=E5=80=8B=E6=9C=88=E3=80=82
        {"name":"\u6797\u6021\u541b","id":"A218453090","addr":"\u81fa\u5317\u5e02\u5927\u5b89\u5340\u548c\u5e73\u6771\u8def\u4e8c\u6bb5118\u5df77\u865f3\u6a13","mobile":"0912-583-407"}
        https://social-plugins.line.me/lineit/share?text=%E9%BB%83%E5%AE%B6%E8%B1%AA%E7%9A%84LINE%EF%BC%9Akaho.wong88%EF%BC%8C%E4%BB%96%E4%B8%8A%E9%80%B1%E7%A2%BA%E8%A8%BA%E8%BA%81%E9%AC%B1%E7%97%87%EF%BC%8C%E5%85%88%E5%88%A5%E5%9C%A8%E7%BE%A4%E7%B5%84%E8%AC%9B%E3%80%82
        ?apply_id=CC2512049931&name=%E5%BC%B5%E5%BF%97%E6%98%8E&rocid=F126930545&company=%E5%8F%B0%E7%A9%8D%E9%9B%BB&income=%E5%B9%B4%E6%94%B6%20185%20%E8%90%AC
        聯絡人：劉詠恩 Mandy，電郵 &#109;&#97;&#110;&#100;&#121;&#46;&#108;&#97;&#117;&#46;&#119;&#119;&#64;&#121;&#97;&#104;&#111;&#111;&#46;&#99;&#111;&#109;&#46;&#104;&#107;，手提 9387 1046
        &#21312;&#22495;&#27861;&#38498; DCCC 1173/2025&#65306;&#34987;&#21578; &#37165;&#20553;&#38596;&#65288;42&#27506;&#65292;&#36008;&#36554;&#21496;&#27231;&#65292;&#20303;&#22823;&#22484;&#23500;&#20136;&#37032;&#65289;&#25215;&#35469;&#21361;&#38570;&#39381;&#39387;&#23566;&#33268;&#20182;&#20154;&#27515;&#20129;&#65292;&#21028;&#30435;&#19977;&#24180;&#12290;
        婚禮網站 https://xn--vqq799fhei.xn--j6w193g/rsvp：新郎張浩然、新娘何美玲，2026年3月21日，RSVP 請 WhatsApp 新娘 5147 9826
        {"\u5b78\u751f":"\u8a31\u82b7\u6674","\u8eab\u5206\u8b49":"B220718463","\u73ed\u7d1a":"\u4e94\u5e74\u4e09\u73ed","\u904e\u654f":"\u82b1\u751f\u3001\u8766"}
    """),
    "ms": _lines(r"""
        /daftar?nama=Muhammad+Hafiz+bin+Ismail&no_kp=880421-14-6093&telefon=0173382194&alamat=No.+8%2C+Jalan+Kenari+5%2C+Bandar+Puchong+Jaya%2C+47100+Puchong
        Assalamualaikum Puan Rohani,=0D=0A=0D=0AAnak puan Nur Iman binti Zulkifli (Tahun 4 Bestari) disahkan menghidap demam denggi oleh Klinik Kesihatan Ampang dan perlu cuti sakit 5 hari =E2=80=93 sila hantar salinan MC ke pejabat.=0D=0AGuru kelas: Cikgu Salmah
        Penerima: Lim Mei Ling&nbsp;|&nbsp;23-5, Pangsapuri Seri Bintang, Jalan Bukit Bintang, 55100 Kuala Lumpur&nbsp;|&nbsp;Tel: &#48;&#49;&#54;&#45;&#50;&#50;&#56;&#32;&#52;&#49;&#48;&#55;
        {"nama":"Kavitha a\/p Subramaniam","no_kp":"020917-01-4418","gaji_bulanan":4850,"majikan":"Syarikat Jaya Logistik Sdn Bhd","bank":"CIMB 7012 3358 91"}
        https://api.whatsapp.com/send?phone=60196028845&text=Salam%20Encik%20Razak%2C%20kereta%20encik%20WXY%205521%20di%20lot%20B-12-3%20menghalang%20laluan%20bomba.%20Saya%20Aminah%2C%20unit%20B-12-5.
        Pemindahan berjaya =E2=80=93 RM2,500.00 kepada TAN AH KOW, akaun Public Bank 3-1829-4417-08, rujukan: =E2=80=9Csewa bilik Dis 2025=E2=80=9D.=0D=0ATarikh: 01/12/2025 09:14
        /semak?ic=%37%36%30%33%30%35%30%37%35%33%37%31&nama=Ong%20Chee%20Meng&jenis=lesen_memandu
        /temujanji?pesakit=Rosnah%20binti%20Abdullah&klinik=Klinik%20Onkologi&diagnosis=kanser%20payudara%20tahap%202&tel=0148826370
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "can you decode this? it's from our signup logs: name=%E9%83%AD%E5%98%89%E6%80%A1&mobile=%2B86%20138%200297%206614&city=%E6%B7%B1%E5%9C%B3",
        ),
        (
            "assistant",
            "Decoded it reads name = 郭嘉怡, mobile = +86 138 0297 6614, city = 深圳. Since that is a real user's contact data, keep it out of tickets and chat logs.",
        ),
        ("user", "ok thanks, will mask it"),
    ],
    [
        ("system", "You are a helpful email-support assistant."),
        (
            "user",
            "Outlook shows this garbage in a message from a new hire, what is it? =0AHi HR, I'm Daniel Yeo, NRIC T0419836G, joining on 5 Jan.",
        ),
        (
            "user",
            "second half: My address is Blk 108 Tampines St 11 #04-62, Singapore 521108 =E2=80=93 mobile 9045 1187.",
        ),
        (
            "assistant",
            "That's quoted-printable. =0A is a line break and =E2=80=93 is an en dash; the rest is plain text.",
        ),
    ],
    [
        ("system", "You are a helpful coding assistant."),
        (
            "user",
            'why does my log show {"name":"\\u5b8b\\u96e8\\u6850","id_no":"320102199512305582","dept":"\\u5e02\\u573a\\u90e8"} instead of Chinese?',
        ),
        (
            "assistant",
            "json.dumps escapes non-ASCII by default. Use json.dumps(obj, ensure_ascii=False) and the log will show the characters directly.",
        ),
    ],
    [
        ("user", "你好，我的收货地址一直填不上，App 报错"),
        ("assistant", "抱歉，麻烦把地址复制过来，我帮您看看。"),
        (
            "user",
            "它显示成这样 %E5%B9%BF%E5%B7%9E%E5%B8%82%E6%B5%B7%E7%8F%A0%E5%8C%BA%E6%96%B0%E6%B8%AF%E4%B8%AD%E8%B7%AF397%E5%8F%B7%E5%A4%A7%E9%99%A25%E6%A0%8B1203",
        ),
        ("user", "收件人 冯宝华 手机 13926033871"),
        ("assistant", "已帮您提交工单，技术同事会修复编码问题。"),
    ],
    [
        ("user", "我表格裡身份證號碼欄位變成咗 &#77;&#49;&#48;&#52;&#53;&#54;&#50;"),
        ("assistant", "呢啲係 HTML 數字實體，解碼之後就係普通字元。"),
        ("user", "明白，後面括號係 &#40;&#51;&#41;，持證人係我阿媽 麥詠詩，下星期要續證"),
    ],
    [
        (
            "user",
            "Boleh tolong betulkan pautan ni? /permohonan?nama=Siti%20Aminah%20binti%20Yusof&ic=011123105842&tel=%2B60%2013-918%202207",
        ),
        (
            "assistant",
            "Parameter ic dan tel patut dihantar melalui POST, bukan dalam URL. Nilai yang dinyahkod ialah nama pemohon, nombor MyKad dan telefon.",
        ),
        ("user", "ok saya ubah ke POST"),
    ],
    [
        ("user", "my domain xn--b2st60hdcl.com isn't resolving since yesterday"),
        (
            "assistant",
            "That is the punycode form of 蔡雅婷.com. Check that the NS records at your registrar still point to your DNS provider.",
        ),
        (
            "user",
            "yes it's my portfolio, I'm Tsai Ya-ting, the registrar wants me to confirm by phone 0928-471-306",
        ),
    ],
    [
        ("system", "Summarise scraped pages for the clinic's front desk."),
        (
            "user",
            "<li>&#26753;&#25391;&#37030; &ndash; 12/12 10:30 &ndash; PrEP follow-up, HIV test result review</li><li>Room 3</li>",
        ),
        (
            "assistant",
            "Mr 梁振邦 has an appointment on 12 December at 10:30 in room 3 for a PrEP follow-up and HIV test result review.",
        ),
    ],
    [
        (
            "user",
            "接口收到的参数被编码了两次，帮我看下 holder=%25E6%259D%259C%25E6%2596%2587%25E6%259D%25B0&card=6212264003817720493",
        ),
        (
            "assistant",
            "%25 是被再次编码的 %，先解一次得到 UTF-8 编码，再解一次就是原文。卡号这种字段不要放 URL。",
        ),
        ("user", "好的，这是杜文杰本人的工资卡，下午改成 POST"),
    ],
    [
        (
            "user",
            "what does this say? %E5%BC%B5%E7%BE%8E%E7%8E%B2%20%E4%B9%B3%E7%99%8C%E7%AC%AC%E4%BA%8C%E6%9C%9F%20%E7%91%AA%E5%98%89%E7%83%88%E9%86%AB%E9%99%A2%20%E5%8C%96%E7%99%82%2012%E6%9C%8818%E6%97%A5",
        ),
        (
            "assistant",
            "Decoded: 張美玲, breast cancer stage II, Princess Margaret Hospital, chemotherapy on 18 December.",
        ),
    ],
]
