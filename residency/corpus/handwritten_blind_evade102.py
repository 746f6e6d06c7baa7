# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade102: personal data hidden in document markup (RTF unicode escapes, LaTeX, Markdown/HTML comments, troff, DOCX runs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rtf_documents"): _lines(r"""
        {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20 Dear \{\{customer_name\}\},\par Thank you for order SO-20261206-0042.\par}
        {\rtf1\ansi\uc1 \b Invoice INV-2026-00871\b0\par Bill to: Customer A\par Amount due: S$1,284.00 (incl. 9% GST)\par}
        {\rtf1\ansi \pard\qc\b Tanglin Crest Hotel\b0\par 12 Cuscaden Walk, Singapore 249693\par Reservations (main line) +65 6735 2200\par}
        {\rtf1\ansi \i We shall fight on the beaches\i0  \endash  Winston Churchill, House of Commons, 4 June 1940\par}
        {\rtf1\ansi Ref: \'49\'4e\'56\'2d\'32\'30\'32\'36\'2d\'30\'30\'38\'37\'31 \endash  please quote this number on your remittance advice.\par}
        {\rtf1\ansi\uc1 Product: \u-27059?\u22122?\u-32717?\u26426? (noise-cancelling headphones) SKU NC-700-SLV, unit price S$329.00\par}
        {\rtf1\ansi {\field{\*\fldinst MERGEFIELD FirstName}{\fldrslt <<FirstName>>}} {\field{\*\fldinst MERGEFIELD LastName}{\fldrslt <<LastName>>}}\par Membership no.: <<MemberID>>\par}
        {\rtf1\ansi Chapter 34: Elizabeth Bennet refuses Mr Darcy's first proposal at Hunsford parsonage.\par}
        {\rtf1\ansi\deff0 {\info{\title Q3 Staffing Report}{\author HR Analytics}{\company Meridian Logistics Pte Ltd}} Headcount 412; 7 resignations; 3 employees on long-term medical leave.\par}
        {\rtf1\ansi \b Tracking:\b0  SPXSG0261206774 \u8212? parcel held at the Jurong East sorting hub, 21 Jurong Gateway Road, Singapore 608546.\par}
        {\rtf1\ansi Password reset link expires in 30 minutes. If you did not request this, contact security@meridianlogistics.com.sg.\par}
        {\rtf1\ansi\uc1 Nanyang Technological University \u8211? Lee Kong Chian School of Business, 50 Nanyang Ave, Singapore 639798\par}
        {\rtf1\ansi UEN 201934567K \u8226? GST Reg. M90-1234567-8 \u8226? Customer hotline 6123 4567 (Mon\u8211?Fri 9am\u8211?6pm)\par}
    """),
    ("en", "latex_source"): _lines(r"""
        \documentclass[11pt]{article}\usepackage{amsmath}\title{Sparse Attention Revisited}\author{Anonymous Authors}\date{}
        \cite{knuth1984texbook} notes that \TeX{} was designed by Donald Knuth to typeset \emph{The Art of Computer Programming}.
        \newcommand{\patientname}{\textless PATIENT NAME\textgreater} % placeholder, filled by the mail-merge script
        \begin{tabular}{lrr}\toprule Ward & Admissions & Readmitted \\ \midrule 4A & 128 & 9 \\ 4B & 97 & 6 \\ \bottomrule\end{tabular}
        % TODO: the NRIC field in the sample form must stay \texttt{SXXXXXXXA}; never paste a real one here
        \section{Related Work} Lamport's \LaTeX{} macros (1985) built on Knuth's engine; the \LaTeX{} Project team maintains the kernel today.
        \item Order \#SO-2026-118204 shipped via DHL, AWB 4821\,0937\,66, gross weight 2.4\,kg.
        \bibitem{turing1950} A.~M. Turing, \emph{Computing Machinery and Intelligence}, Mind 59 (1950) 433--460.
        \hypersetup{pdfauthor={Faculty of Engineering},pdftitle={Thesis Template v4.2},pdfkeywords={template}}
        \SI{36.8}{\celsius} mean body temperature across 240 participants (SD 0.4); no individual-level data are reported.
        \footnote{Sherlock Holmes lodges at 221B Baker Street throughout Conan Doyle's stories.}
        \texttt{sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08} \quad build 2026.12.06-rc3
        \href{mailto:admissions@example.edu.sg}{admissions@example.edu.sg} \quad Tel: +65\,6790\,1234 (General Office)
    """),
    ("zh-Hans", "rtf_and_latex"): _lines(r"""
        {\rtf1\ansi\ansicpg936\uc1 \u-29790?\u21333?\u21495?\u-230? SO20261206004217\par}
        {\rtf1\ansi\uc1 \u21608?\u26411?\u20250?\u21592?\u26085? \u20840?\u22330?\u20843?\u25240?\par}
        {\rtf1\ansi\uc1 \u-28672?\u-29401?\u22320?\u22336?\u-230?\u28145?\u22323?\u24066?\u21335?\u23665?\u21306?\u31185?\u25216?\u22253? \u-31780?\u-25057?\u-25985?\u31449?\par}
        {\rtf1\ansi\uc1 \u23385?\u20013?\u23665?\u25925?\u23621?\u32426?\u24565?\u-26234? 开放时间 9:00-17:00，周一闭馆\par}
        {\rtf1\ansi\uc1 \u25910?\u-29401?\u20154?\u-230?\{\{receiver_name\}\}\u-244?\u25163?\u26426?\u-230?\{\{receiver_phone\}\}\par}
        {\rtf1\ansi\uc1 \u21457?\u31080?\u25260?\u22836?\u-230?\u28145?\u22323?\u24066?\u26143?\u27827?\u31185?\u25216?\u26377?\u-27056?\u20844?\u21496?\par}
        \documentclass{ctexart}\title{基于图神经网络的推荐算法研究}\author{（作者姓名）}\date{2026年12月}
        \begin{tabular}{lcc}\hline 科室 & 门诊人次 & 住院人次 \\ \hline 内科 & 12\,408 & 1\,937 \\ 外科 & 8\,115 & 2\,204 \\ \hline\end{tabular}
        % 鲁迅《狂人日记》发表于1918年《新青年》第4卷第5号，引文页码见 \cite{luxun1918}
        \section{引言} 袁隆平院士团队培育的杂交水稻亩产已突破1000公斤。
        \footnote{林黛玉、贾宝玉均为曹雪芹《红楼梦》中的人物。}
        \texttt{统一社会信用代码 91440300MA5G8K2X7Q} \quad 注册资本 500 万元
        \item 客服热线 400-820-8820（工作日 9:00--18:00），邮箱 service@example.com.cn
    """),
    ("zh-Hant", "markdown_html"): _lines("""
        | 旺角店 | 彌敦道 688 號 3 樓 | 2388 1234 |
        <!-- TODO: 把 {{會員姓名}} 換成實際欄位，上線前刪除此註解 -->
        [搜尋結果](https://shop.example.com.tw/search?q=%E5%8F%B0%E5%8C%97101%20%E8%A7%80%E6%99%AF%E5%8F%B0%20%E9%96%80%E7%A5%A8)
        | ＳＯ－２０２６１２０６－００４２ | 已出貨 | 黑貓宅急便 |
        > 「天下為公」——孫中山
        <!-- 本表為匿名統計：18 位受訪者中 11 位表示滿意 -->
        ## 國父紀念館 開放時間：09:00–18:00（除夕休館）
        | AX-5400 | NT$3,290 | 保固 24 個月 |
        <!-- 聯絡窗口：客服部 service@example.com.tw，免付費專線 0800-000-123 -->
        - 金庸《射鵰英雄傳》中，郭靖與黃蓉初次相遇於張家口。
        ![產品圖](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)
        | 公司登記 | 統一編號 53912847 | 資本額 NT$5,000,000 |
        <details><summary>退換貨流程</summary>請於 7 日內附上發票與訂單編號申請。</details>
    """),
    ("ms", "markdown_tables"): _lines("""
        | Kasut sukan lelaki | KS-42-HTM | RM 189.00 |
        [Carian](https://kedai.example.com.my/cari?q=kasut%20sukan%20lelaki%20saiz%2042)
        <!-- nota: gantikan {{nama_pelanggan}} dan {{no_kp}} sebelum hantar -->
        | Selangor | 1,204 kes baharu | 1,187 sembuh |
        > "Bersatu teguh, bercerai roboh" — peribahasa Melayu
        ## Jalan Tun Razak — penutupan lorong 7–9 Dis, 10:00 malam hingga 5:00 pagi
        <!-- data-promo="UHJvbW9zaSBIYXJpIFJheWE6IGRpc2thdW4gMjAl" -->
        | No. Pendaftaran SSM | 202301045678 (1498765-T) |
        Talian khidmat pelanggan: &#49;&#56;&#48;&#48;&#45;&#56;&#56;&#45;&#54;&#54;&#56;&#56; (Isnin–Jumaat)
        - [ ] Semak invois INV-MY-2026-03317 (Pelanggan B) sebelum 15/12
        | Hang Tuah | watak legenda | Hikayat Hang Tuah |
        **Tunku Abdul Rahman** mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        | 50450 | Kuala Lumpur (Jalan Sultan Ismail) |
    """),
    ("en", "troff_man_pages"): _lines(r"""
        .TH PKGSYNC 1 "2026-11-30" "pkgsync 2.4.1" "User Commands"
        .SH NAME pkgsync \- mirror package indexes to a local cache
        .SH AUTHORS Written by the pkgsync maintainers; report bugs to bugs@pkgsync.example.org.
        .TP .B \-\-user \fIUSERNAME\fR Connect as \fIUSERNAME\fR instead of the current login name.
        .\" Copyright (c) 2026 Example Software Foundation. Licensed under GPL-2.0-or-later.
        .SH EXAMPLES .nf pkgsync \-\-mirror https://mirror.example.org/debian \-\-since 2026\-12\-01 .fi
        .SH SEE ALSO .BR rsync (1), .BR apt (8), .BR sha256sum (1)
        .IP \(bu 2 Exit status 2 on checksum mismatch (expected e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855).
        .SH HISTORY The original \fBls\fR was written by Ken Thompson and Dennis Ritchie at Bell Labs in 1971.
        .TP \fB\-p\fR \fIPHONE\fR E.164 number to notify, e.g. \fI+65XXXXXXXX\fR (placeholder; never commit real numbers).
        .SH ENVIRONMENT .B PKGSYNC_TOKEN Bearer token for the mirror API; rotate every 90 days.
        .SH FILES \fI/etc/pkgsync/pkgsync.conf\fR, \fI$HOME/.cache/pkgsync/index.db\fR
        .\" $Id: pkgsync.1,v 1.42 2026/11/30 08:14:02 build Exp $
    """),
    ("mixed", "docx_xml_runs"): _lines("""
        <w:p><w:r><w:t xml:space="preserve">Order </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>SO-2026</w:t></w:r><w:r><w:t>-118204</w:t></w:r></w:p>
        <w:r><w:t>发票</w:t></w:r><w:r><w:t>号码：</w:t></w:r><w:r><w:t>0441</w:t></w:r><w:r><w:t>2268</w:t></w:r>
        <w:r><w:t>{{</w:t></w:r><w:r><w:t>employee_name</w:t></w:r><w:r><w:t>}}</w:t></w:r><w:r><w:t xml:space="preserve"> joined on {{start_date}}</w:t></w:r>
        <w:r><w:t>Tel</w:t></w:r><w:r><w:t xml:space="preserve">: 1800</w:t></w:r><w:r><w:t>-222-</w:t></w:r><w:r><w:t>3399 (24h hotline)</w:t></w:r>
        <dc:creator>Legal Department</dc:creator><cp:lastModifiedBy>Template Admin</cp:lastModifiedBy><dcterms:created>2026-11-02T03:14:00Z</dcterms:created>
        <w:r><w:t>Lee Kuan</w:t></w:r><w:r><w:t xml:space="preserve"> Yew </w:t></w:r><w:r><w:t>became Singapore's first Prime Minister in 1959.</w:t></w:r>
        <w:r><w:t>Jalan</w:t></w:r><w:r><w:t xml:space="preserve"> Tun </w:t></w:r><w:r><w:t>Razak</w:t></w:r><w:r><w:t>, 50400 Kuala Lumpur (ibu pejabat)</w:t></w:r>
        <w:r><w:t>孫悟空</w:t></w:r><w:r><w:t>大鬧天宮</w:t></w:r><w:r><w:t>（《西遊記》第七回）</w:t></w:r>
        <w:bookmarkStart w:id="0" w:name="_Toc182736450"/><w:r><w:t>3.2 Data Retention</w:t></w:r><w:bookmarkEnd w:id="0"/>
        <w:r><w:t>UEN</w:t></w:r><w:r><w:t xml:space="preserve"> 2019</w:t></w:r><w:r><w:t>34567K</w:t></w:r><w:r><w:t>（公司注册号）</w:t></w:r>
        <w:comment w:id="4" w:author="Reviewer 2" w:initials="R2"><w:p><w:r><w:t>Please cite the 2024 census table.</w:t></w:r></w:p></w:comment>
        <w:r><w:t>Pesakit</w:t></w:r><w:r><w:t xml:space="preserve"> A</w:t></w:r><w:r><w:t>, 54 tahun, dirujuk ke klinik pakar (kes anonim)</w:t></w:r>
        <w:r><w:t>SKU</w:t></w:r><w:r><w:t xml:space="preserve"> NC-700</w:t></w:r><w:r><w:t>-SLV</w:t></w:r><w:r><w:t xml:space="preserve"> ×12 @ S$329.00</w:t></w:r>
    """),
    ("en", "markdown_html_comments"): _lines("""
        | INC-204418 | P2 | Resolved | root cause: expired TLS cert on api-gw-02 |
        <!-- reviewer note: redact before publishing; this draft already uses Customer A / Customer B -->
        [Track parcel](https://track.example.com/?awb=482109376%2D6&lang=en-SG)
        <!-- build: v3.14.2+sha.7f3c9ab, 2026-12-06T11:02:45+08:00 -->
        | {{first_name}} {{last_name}} | {{email}} | {{mobile}} |
        > "Ask not what your country can do for you" — John F. Kennedy, 1961
        <span data-payload="eyJza3UiOiJIWC0yMjA3LUJMSyIsIm5hbWUiOiJXaXJlbGVzcyBNb3VzZSBNMzMwIn0=">Wireless Mouse</span>
        Contact: <a href="mailto:&#x73;&#x75;&#x70;&#x70;&#x6f;&#x72;&#x74;&#x40;example.com">support</a> (entity-encoded against scrapers)
        - 14 of 220 respondents reported a disability; responses are anonymised per the survey policy.
        | Orchard Blvd stop | Orchard Boulevard | 248646 |
        ## How do I mask an NRIC in a Markdown export? Keep only the last four characters, e.g. `*****567D`.
        ![Atticus Finch statue](https://cdn.example.org/img/atticus-finch.jpg) <!-- fictional lawyer from To Kill a Mockingbird -->
        | INV-2026-00871 | S$1,284.00 | due 2026-12-31 |
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        {\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 Dear Ms {\b Priya} {\b d/o Ramasamy},\par Your account 0471-882-913 is 94 days overdue (S$4,312.50) and has been referred to our collections agent.\par}
        {\rtf1\ansi\uc1 Callback for Mr Goh Boon Huat on \u57?\u54?\u53?\u52?\u32?\u51?\u49?\u56?\u55? re: his MRI results\par}
        \section*{Discharge Summary} Patient: \textsc{Tan}~Kok\,Leong (NRIC \texttt{T0412987Z}), admitted 2 Dec with NSTEMI; discharged on clopidogrel.
        \newcommand{\tenant}{Mdm Chua Siew Lan}\newcommand{\tenantmobile}{9\,1\,7\,3\;2\,0\,5\,8} % eviction notice, Unit \#07-21
        | Mr Rajesh s/o Muniandy | #11-204 | 2,870.00 | lost his job in Oct, payment plan agreed |
        <!-- reviewer note: the complainant is Ms Wong Mei Ling (mobile 8127 6045); she asked that her name not appear in the public FAQ -->
        .\" local patch by jeevan; ping him at 9\-1\-2\-8\ 4\-4\-0\-7 if the nightly build breaks
        <w:r><w:t>NRIC</w:t></w:r><w:r><w:t xml:space="preserve">: S87</w:t></w:r><w:r><w:t>3452</w:t></w:r><w:r><w:t>1A</w:t></w:r><w:r><w:t xml:space="preserve"> (Lim Wee Kiat)</w:t></w:r>
        <span data-contact="eyJuYW1lIjoiTWFyY3VzIFNlYmFzdGlhbiBQZXJlaXJhIiwibW9iaWxlIjoiKzY1IDkxNzIgNDQwOCJ9">Emergency contact on file</span>
        - [ ] follow up with **Darren Oei** re: his second written warning for timesheet falsification (HR file, do not cc the team)
        \footnote{Grace Fernandez from Finance is on compassionate leave after her miscarriage; route approvals to the deputy until 3 March.}
        {\rtf1\ansi Card on file: \'34\'35\'33\'32\'20\'30\'31\'38\'34\'20\'37\'35\'36\'33\'20\'39\'31\'32\'37 exp 09/28, cardholder Mr Ong Teck Seng\par}
        .\" unofficial build; questions to Kelvin Teo at kelvin.teo88 (at) gmail (dot) com, not the project list
        [Download visa PDF](https://visa.example.com/api/doc?holder=Suresh%20Kumar%20s%2Fo%20Arumugam&passport=Z4829173&nat=IND)
        | Auntie Mabel (Bukit Timah choir) | vegetarian | just finished chemo, needs a seat near the exit |
    """),
    "zh-Hans": _lines(r"""
        {\rtf1\ansi\ansicpg936\uc1 \u20303?\u-27038?\u25276?\u-28207?\u-28672?\u27454?\u30003?\u-29705?\u20154? \u-27064?\u26195?\u26757?\u-244?\u-29013?\u20221?\u-29759?\u-230?44030519880612347X\par}
        \documentclass{ctexart}\begin{document}申请人：\uline{王建国}，手机 \texttt{138\,2754\,9016}，申请困难补助（妻子患尿毒症）\end{document}
        | 陈阿姨 | 3栋 1202 | 2,460 | 老伴去世后一直没交，别上公示栏 |
        <!-- 内部备注：投诉人刘振华，电话 一三九 一二七四 八八〇五，要求匿名处理 -->
        <w:r><w:t>张</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>丽</w:t></w:r><w:r><w:t>娟</w:t></w:r><w:r><w:t>因重度抑郁症申请病假三个月，附精神科诊断证明</w:t></w:r>
        - 身份证号：３１０１０４１９９２０３２１５８２４（许婷婷，社保补缴）
        .\" 临时维护人 周文杰，微信 zhouwj_1990，出问题半夜也可以找他
        % 赵磊上个月被降薪 30\%，致谢里别提他的名字
        {\rtf1\ansi\uc1 \u38134?\u34892?\u21345?\u21495?\u-230?6214 8392 0175 3647\u-244?\u25143?\u21517?\u-230?\u-26004?\u24314?\u20891?\par}
        [查看物流](https://m.kuaidi.example.cn/track?name=%E6%9D%8E%E7%A7%80%E8%8B%B1&addr=%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%BE%90%E6%B1%87%E5%8C%BA%E6%BC%95%E6%BA%AA%E5%8C%97%E8%B7%AF88%E5%BC%846%E5%8F%B71201%E5%AE%A4)
        - 小区群里说 5栋 孙大爷 住院了，肺癌晚期，物业先别催他交费
        <!-- 收件人信息（b64）：5L2V5b+X5by6IDEzMzE2ODI5NDcwIOW5v+W3nuW4guWkqeays+WMuuS9k+iCsuilv+i3rzEyM+WPtzE1MDI= -->
    """),
    "zh-Hant": _lines(r"""
        {\rtf1\ansi\ansicpg950\uc1 \u26753?\u23478?\u-29590? \u-29013?\u20221?\u-29879?\u-230?K482913(1)\u-244?\u30003?\u-30005?\u20844?\u23627?\u-30017?\u-28553?\u-244?\u23478?\u24237?\u20837?\u24687? HK$18,400\par}
        | 蔡佩珊 | Ａ２２４７１８５９３ | 婦產科 產檢 |
        <w:r><w:t>手提</w:t></w:r><w:r><w:t xml:space="preserve">電話：9</w:t></w:r><w:r><w:t>1</w:t></w:r><w:r><w:t>73 </w:t></w:r><w:r><w:t>6402</w:t></w:r><w:r><w:t>（何嘉欣，緊急聯絡人）</w:t></w:r>
        \item 黃志明先生（B座 12樓）已欠租三個月，業主準備入稟小額錢債審裁處
        <!-- 聯絡人：林淑芬 LINE ID: shufen0712，請勿公開 -->
        .\" 測試帳號擁有者 陳國華，住址 新北市板橋區文化路一段 188 巷 5 號 3 樓
        > 阿強（302室）最近在鬧離婚，管理處別再把他太太的信放錯信箱
        | 回電 | 鄭雅婷 | 零九二八 五七一 三六四 | 詢問試管嬰兒療程費用 |
        [補件連結](https://gov.example.hk/apply?name=%E9%BB%83%E5%81%89%E5%80%AB&hkid=Y317056%288%29)
        \footnote{感謝吳美玲小姐在化療期間仍協助校對全文。}
    """),
    "ms": _lines(r"""
        {\rtf1\ansi\uc1 No. KP pemohon: \u56?\u56?\u48?\u52?\u49?\u50?\u45?\u49?\u52?\u45?\u53?\u50?\u51?\u55? (Mohd Faizal bin Abdullah) \u8211? permohonan bantuan zakat\par}
        | Rosnah binti Ismail | 760305-01-5521 | RM 3,420.00 | sewa rumah PPR, suami di penjara |
        <!-- nota: pengadu ialah Puan Rohani binti Yusof, tel 013-448 2917, minta nama tidak disiarkan -->
        % Nota: Encik Kamarul bin Hassan digantung kerja dua minggu kerana ponteng; jangan masukkan dalam laporan tahunan
        <w:r><w:t>Kereta</w:t></w:r><w:r><w:t xml:space="preserve"> WXY </w:t></w:r><w:r><w:t>44</w:t></w:r><w:r><w:t>17</w:t></w:r><w:r><w:t xml:space="preserve"> milik Encik Lim Ah Seng ditunda dari petak OKU</w:t></w:r>
        .\" penyelenggara: Arjun a/l Subramaniam <arjun.subra (at) yahoo (dot) com (dot) my>
        - **Kak Ros** (Blok C, tingkat 4) baru keguguran; tolong jangan tanya pasal anak masa gotong-royong
        <div data-waris="Tm9yIEF6bGluYSBiaW50aSBTYW1hZCwgMDE5LTc3MyAxNDgy">Waris terdekat</div>
        Hubungi Kavitha a/p Murugan (penyewa bilik 2): &#48;&#49;&#50;&#45;&#55;&#55;&#51;&#52;&#32;&#53;&#49;&#57;&#48;
        [Semak status](https://portal.example.gov.my/semak?nama=Tan%20Mei%20Fong&ic=950823%2D10%2D6148&jenis=PTPTN)
        \item Saudara Haziq (pelajar Tahun 5, kelas Bestari) disyaki dibuli; ibu bapanya sudah dimaklumkan oleh kaunselor
    """),
    "mixed": _lines(r"""
        {\rtf1\ansi\uc1 \u24037?\u20154? Md Rahim Uddin \u8226? FIN G5193027X \u8226? hand injury at site, MC 14 days\par}
        <w:r><w:t>员工</w:t></w:r><w:r><w:t xml:space="preserve"> Nguyen Thi </w:t></w:r><w:r><w:t>Lan</w:t></w:r><w:r><w:t>，FIN F28</w:t></w:r><w:r><w:t>47361M</w:t></w:r><w:r><w:t>，薪水 S$1,850 未发</w:t></w:r>
        | Kelvin 哥 | @ahboy_kelvin92 (Telegram) | 借了我 RM800 还没还 |
        \href{https://instagram.com/joanne.sy.tay}{Joanne Tay} 是我表妹，她的 IG 别放进 slides
        .SH PEMOHON / APPLICANT Siti Khadijah binti Rahman (S7621348H) 与丈夫 Teo Wei Liang 申请 HDB 延期付款
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You convert RTF fragments to clean plain text."),
        (
            "user",
            r"Convert this: {\rtf1\ansi\uc1 Tenant: Mr Benjamin Yeo Sze Hao \u8226? NRIC S9017264F \u8226? deposit S$2,400 withheld for damage\par}",
        ),
        (
            "assistant",
            "Tenant: Mr Benjamin Yeo Sze Hao • NRIC S9017264F • deposit S$2,400 withheld for damage",
        ),
        ("user", "Thanks. Can you also drop the bullet characters?"),
        (
            "assistant",
            "Tenant: Mr Benjamin Yeo Sze Hao, NRIC S9017264F, deposit S$2,400 withheld for damage",
        ),
    ],
    [
        ("system", "你是 LaTeX 排版助手。"),
        (
            "user",
            r"这个表格编译报错：\begin{tabular}{ll} 患者 & 高秀兰 \\ 身份证 & 110108197509081530 \\ 诊断 & 乳腺癌二期 \end{tabular}",
        ),
        (
            "assistant",
            r"语法本身没问题，报错多半是缺少 \usepackage{ctex}。另外表里有患者真实身份证号，建议排版前先脱敏。",
        ),
        ("user", "加了 ctex 就好了，谢谢。"),
    ],
    [
        ("system", "你是一位熟悉 Office Open XML 的工程師。"),
        (
            "user",
            "我的正則抓不到 DOCX 裡的身份證號，XML 長這樣：<w:t>C66</w:t></w:r><w:r><w:t>8204(7)</w:t>，是我同事馮志偉的。",
        ),
        (
            "assistant",
            "Word 會把同一段文字拆成多個 run。先把同一段落內所有 <w:t> 的文字串接起來，再跑正則即可。",
        ),
        ("user", "串接後抓到了 C668204(7)，感謝！"),
    ],
    [
        ("system", "Anda pembantu yang membantu menyusun jadual Markdown."),
        (
            "user",
            "Tolong susun ikut nombor rumah: | Zulkifli bin Omar | No. 14 | 017-392 8841 | | Lakshmi a/p Raman | No. 3 | 012-665 0473 |",
        ),
        (
            "assistant",
            "| Lakshmi a/p Raman | No. 3 | 012-665 0473 | | Zulkifli bin Omar | No. 14 | 017-392 8841 |",
        ),
        ("user", "Terima kasih, nanti saya tampal dalam kumpulan WhatsApp penduduk."),
    ],
    [
        ("system", "You help developers write Unix manual pages."),
        (
            "user",
            r"Is this AUTHOR section fine? .SH AUTHOR Bryan Seah, 8765\ 2210, bryan.seah.dev (at) gmail (dot) com",
        ),
        (
            "assistant",
            "It renders, but you are publishing a personal mobile number. Most projects list only a bug tracker or a project mailing list.",
        ),
        ("user", "Fair, I'll drop the phone and keep the email."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "In our README I left <!-- ask Wei Jie @weijie_ong97 on Telegram for the staging password, he's on night shift at SGH --> is that visible on GitHub?",
        ),
        (
            "assistant",
            "HTML comments are hidden in the rendered view but anyone can read them in the raw file or the commit history.",
        ),
        ("user", "好的，我会删掉然后 rewrite history。"),
        (
            "assistant",
            "Also rotate that staging password, since the old commit may already be cloned.",
        ),
    ],
    [
        ("system", "你是一个解码工具助手。"),
        (
            "user",
            "帮我解一下这段 Markdown 里的 base64：`5ZC05rW354eVIDE4NjIwNDE3NzM1IOaOqOiNkOS6ug==`",
        ),
        ("assistant", "解码结果是：吴海燕 18620417735 推荐人"),
        ("user", "对，就是她推荐我来的，帮我把这行写成表格。"),
        ("assistant", "| 推荐人 | 手机 | | 吴海燕 | 18620417735 |"),
    ],
    [
        ("system", "You fix LaTeX CV templates."),
        (
            "user",
            r"My moderncv header breaks: \name{Aloysius}{D'Cruz} \address{Blk 221 Bishan St 22 \#14-305}{Singapore 570221} \email{aloysius.dcruz@outlook.sg}",
        ),
        (
            "assistant",
            r"The apostrophe is fine; the problem is usually \address needing three arguments in newer moderncv. Add an empty {} at the end.",
        ),
        ("user", "That worked, thanks!"),
    ],
    [
        ("system", "Anda membantu menyemak surat dalam format RTF."),
        (
            "user",
            r"Semak surat ini: {\rtf1\ansi Surat Tawaran \par Kepada: Cik Farah Nadhirah binti Zainal (No. KP 020117-07-0392)\par Gaji permulaan RM 3,100\par}",
        ),
        (
            "assistant",
            "Format RTF betul. Cadangan: letak tarikh surat dan alamat syarikat di bahagian atas.",
        ),
        ("user", "Baik, saya tambah sekarang."),
    ],
    [
        ("system", "你是資料遮罩助手。"),
        ("user", "請幫我遮罩這行 Markdown：| 邱俊宏 | F130852643 | 0935 218 406 | 台中市西屯區 |"),
        ("assistant", "| 邱○宏 | F13****643 | 0935 *** 406 | 台中市西屯區 |"),
        ("user", "身分證號可以只留最後四碼嗎？"),
        ("assistant", "| 邱○宏 | ******2643 | 0935 *** 406 | 台中市西屯區 |"),
    ],
]
