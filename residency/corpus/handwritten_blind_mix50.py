# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix50: 澳門 Macau 社會工作局、身份證明局、澳門通、博彩從業員、葡文姓名及地址、中葡英夾雜. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix50
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "社工局及身份證明局公告"): _lines("""
        社會工作局（IAS）地址：澳門西墳馬路6號；辦公時間：週一至週四 9:00-13:00、14:30-17:45，週五至17:30。
        身份證明局提醒市民：居民身份證有效期屆滿前六個月內可預約換領，可透過「澳門公共服務一戶通」辦理預約。
        2025年度現金分享計劃：每名永久性居民獲發澳門元10,000元，非永久性居民6,000元。
        申請社工局經濟援助須填妥表格 IAS/DAS-01(2024)，並連同家團成員身份證明文件副本一併遞交。
        申請人如對審批結果有異議，可於接獲通知之日起計15日內向本局提出聲明異議。
        自助服務機已設於政府綜合服務大樓（黑沙環新街52號）及離島政府綜合服務中心，可辦理補發身份證。
        未滿5歲兒童首次申領居民身份證，須由父母或監護人陪同，並出示出生登記證明。
        填表範例：姓名【陳大文】／身份證號碼【1XXXXXX(X)】／聯絡電話【6XXX XXXX】——請按申請人實際資料填寫。
        社會工作局2024年共接獲懷疑家庭暴力個案1,152宗，經評估屬家暴個案87宗，按年下跌6.4%。
        身份證明局公告 DSI/2025/017：12月15日凌晨0時至6時系統升級，期間暫停網上預約及自助查詢服務。
        防治問題賭博輔導熱線 2826 1126，24小時有專業社工接聽，來電內容絕對保密。
        殘疾評估登記證的評估結果分為輕度、中度、重度及極重度四級，由康復服務處統一安排評估。
        年滿65歲的澳門居民可申請敬老咭，憑咭享有乘搭公共巴士、參觀博物館等優惠。
        社工局轄下家庭及社區服務廳負責統籌各區社會服務中心，詳情請瀏覽 www.ias.gov.mo。
    """),
    ("pt", "serviços públicos e toponímia"): _lines("""
        O Instituto de Acção Social funciona na Estrada do Cemitério, n.º 6, Macau; atendimento ao público das 9h00 às 17h45.
        Para renovar o BIR, o requerente deve apresentar o bilhete antigo e pagar a taxa de MOP 120,00 no balcão da DSI.
        O Centro Hospitalar Conde de São Januário situa-se na Estrada do Visconde de São Januário e tem urgência 24 horas.
        A Avenida de Almeida Ribeiro, conhecida em chinês como 新馬路, foi aberta no início do século XX e é o eixo comercial da península.
        Escola Portuguesa de Macau: matrículas para o ano lectivo 2026/2027 abertas até 31 de Março; consulte o sítio da escola.
        A Rua do Comendador Kou Ho Neng e o Largo do Senado fazem parte do roteiro pedestre do Centro Histórico.
        O Jardim Luís de Camões deve o nome ao poeta que, segundo a tradição, terá escrito parte de Os Lusíadas na gruta local.
        A estátua do governador Ferreira do Amaral, morto em 1849, foi retirada em 1992 e transportada para Lisboa.
        Edital n.º 12/DSI/2025: os balcões de emissão de passaportes encerram no dia 20 de Dezembro, Dia do Estabelecimento da RAEM.
        Modelo de declaração: «Eu, ____________, portador(a) do BIR n.º ____________, declaro sob compromisso de honra que…»
        A Avenida Xian Xing Hai homenageia o compositor nascido em Macau em 1905, autor da Cantata do Rio Amarelo.
        No Hospital Kiang Wu, Sun Yat-sen exerceu medicina ocidental em 1892; hoje é o maior hospital privado do território.
        Rua de Pedro Nolasco da Silva, Rua do Dr. Pedro José Lobo e Avenida Sir Anders Ljungstedt: três artérias com nomes de figuras históricas.
    """),
    ("en", "casino operations"): _lines("""
        Table Games SOP 4.2: dealers must clear hands (show both palms) when leaving the table; relief break every 60 minutes.
        Macau gross gaming revenue for November reached MOP 21.1 billion, up 14% year on year, according to DICJ figures.
        Cage shift handover: count the float, sign the CTR log and reconcile chip inventory to ledger ref CG-2025-11-30-B.
        Now hiring: Table Games Dealer (full-time, Macau permanent residents only). Apply on the careers portal, requisition TGD-2512.
        Responsible gaming: never discuss a patron's exclusion status on the gaming floor; escalate to the RG ambassador on duty.
        Employee IDs follow the pattern EMP-XXXXXX; do not paste real staff numbers into the training wiki.
        Baccarat pays 0.95 to 1 on Banker and 8 to 1 on Tie; mass-floor minimum bet is MOP 300 on weekends.
        Under Law 16/2022 the number of gaming concessions is capped at six, and satellite casinos had to close by the end of 2025.
        Roster template: {dealer_name} | Pit {pit_no} | {start_time}-{end_time} | break slot {break_slot}
        The Grand Lisboa, opened in 2007 by SJM under the late Stanley Ho, is famous for its lotus-shaped tower.
        Incident report IR-07 must be filed within 2 hours: table no., time, camera IDs; patron names go only in the secure field.
        Galaxy Macau Phase 3 added Raffles at Galaxy Macau and Andaz Macau to the Cotai resort.
        CCTV exports are retained for 30 days unless flagged by Surveillance; attach the export hash to the ticket.
    """),
    ("zh-Hant", "澳門通客服"): _lines("""
        澳門通卡可於7-Eleven、OK便利店及各大超市增值，每次增值上限為澳門元1,000元。
        澳門通客戶服務熱線 2872 7688（服務時間 09:00-21:00，公眾假期照常）。
        交易編號 MP20251204153322871 已退款 MOP 58.00，款項將於3至5個工作天退回原支付賬戶。
        學生卡及長者卡乘搭巴士每程收費優惠，普通卡每程澳門元6元。
        MPay App 5.12.3 版更新：新增消費優惠查詢，修正部分 Android 14 裝置閃退問題。
        溫馨提示：澳門通職員絕不會要求客戶轉賬至「安全賬戶」，請勿透過短訊提供卡號及密碼。
        訂單 MPO-2512-008814 狀態：已發貨，順豐運單號 SF1428836502913。
        澳門通卡遺失補發手續費為澳門元30元，卡內餘額經核實後轉移至新卡。
        卡機顯示「E-07」代表讀卡失敗，請重新拍卡；如問題持續請到服務點檢查。
        卡號顯示格式示例：XXXX XXXX XXXX 1234（系統只顯示最後四位）。
        商戶申請掃碼收款須提供商業登記證明及營業稅M/1表格副本，審批需時約7個工作天。
        澳門通服務中心設於宋玉生廣場及友誼大馬路，週日及公眾假期休息。
        2025全城消費獎賞：使用MPay每筆消費滿MOP 100即可參加抽獎，每日上限3次。
    """),
    ("mixed", "日常對話"): _lines("""
        今日 obrigado 晒你哋，個 presentation 搞掂啦 👍
        Amanhã tenho turno da noite no casino, 聽朝先覆你 ok?
        新馬路啲 pastéis de nata 定係路環安德魯餅店好食啲？
        放工去 Taipa 食 minchi 啦，Fernando's 好似要 book 位喎。
        Bom dia 各位，記住今日 2:30 staff meeting 改咗喺 Room 3B 開。
        巴士 MT4 成日爆，不如搭 LRT 去氹仔碼頭算啦。
        O trânsito na Ponte da Amizade está caótico hoje, 塞到爆。
        社工局個 talk 話下個月有 free workshop 講 problem gambling，有興趣可以報名。
        Ontem fui ao Leal Senado ver a exposição, 幾正呀 recommend 你去。
        Hey guys 個 shuttle bus 由 Cotai 去關閘 every 15 mins，last bus 23:30。
        我哋 team 下星期 training 講 AML，記得帶 laptop 同 staff card。
        今年醉龍節喺紅街市附近巡遊，好熱鬧，the whole street smells of wine。
        Lisboeta 嗰邊新開咗間茶餐廳，個 porco balichão 飯幾特別。
    """),
    ("zh-Hant", "歷史人物與文化"): _lines("""
        孫中山於1892年在鏡湖醫院擔任義務西醫，是該院首位華人西醫。
        鄭觀應故居「鄭家大屋」位於龍頭左巷，2005年隨澳門歷史城區列入世界遺產名錄。
        林則徐於1839年巡閱澳門，今蓮峰廟內設有林則徐紀念館。
        冼星海1905年生於澳門，冼星海大馬路即以其命名，代表作為《黃河大合唱》。
        何鴻燊博士（1921-2020）創辦澳門旅遊娛樂有限公司，長期持有澳門博彩專營權。
        葡萄牙詩人賈梅士相傳曾在白鴿巢公園的石洞中創作史詩《葡國魂》。
        英國畫家錢納利（George Chinnery）1852年卒於澳門，葬於基督教墳場。
        1999年12月20日澳門回歸祖國，何厚鏵出任澳門特別行政區首任行政長官。
        岑浩輝於2024年12月20日宣誓就任第六任行政長官。
        巴西車手塞納（Ayrton Senna）於1983年奪得澳門格蘭披治大賽車三級方程式冠軍。
        飛歷奇小說《大辮子的誘惑》講述土生葡人青年阿多森與挑水姑娘阿玲的愛情故事。
        土生葡人作家飛歷奇（1923-2010）被譽為澳門土生文學的代表人物。
    """),
    ("en", "data handling and code"): _lines("""
        assert mask_bir("1234567(8)") == "1******(8)"  # fixture only, not a real BIR
        BIR_RE = r"^[157]\\d{6}\\(\\d\\)$"; HKID_RE = r"^[A-Z]{1,2}\\d{6}\\([0-9A]\\)$"
        Before exporting chat logs, replace names with [NAME], BIR numbers with [ID] and phone numbers with [PHONE].
        Under Law 8/2005 (Personal Data Protection Act), transfers of personal data outside Macau need a legal basis and may require notifying the DSPDP.
        release v3.8.2 (build 20251203.4, commit a7f3c91) — fixes MOP rounding in the cage reconciliation module
        SELECT pit_id, COUNT(*) FROM table_sessions WHERE shift_date = '2025-12-01' GROUP BY pit_id;
        Sandbox payments: use test card 4111 1111 1111 1111, any future expiry, CVV 123.
        DSI_API_BASE=https://api.example.gov.mo/v2 TIMEOUT_MS=8000 RETRY=3
        CASINO-4471: dealer rota export fails when the pit name contains 'ã' (UTF-8 encoding bug in csv writer).
        Sample record: {"name": "<redacted>", "bir": "<redacted>", "dob": null, "status": "pending"}
        sha256(mo_transport_2025Q3.parquet) = 3b9e1d0c47fa2286e5c1b0a9d7f4e63218ac55d0e9b7c4f1a2d3e6b8c9f0a1b2
        2025-12-04T09:13:27+08:00 INFO mpay-gateway txn=MP88230117 amount=45.50 MOP status=APPROVED latency=212ms
    """),
    ("pt", "imprensa e avisos"): _lines("""
        O Grande Prémio de Macau celebrou em 2023 a sua 70.ª edição no Circuito da Guia.
        A DICJ anunciou que as receitas brutas dos jogos de fortuna ou azar somaram 24,1 mil milhões de patacas em Outubro.
        Vende-se T2 com vista de rio na Taipa, 68 m², MOP 5,8 milhões; agência imobiliária, ref. TP-2291.
        Aviso da CEM: trabalhos de manutenção na Avenida de Horta e Costa no dia 8, entre a 1h00 e as 5h00.
        A Linha Aberta de Vida da Cáritas de Macau, 2852 5222, funciona 24 horas por dia.
        Concurso público n.º 05/IAS/2025 para fornecimento de refeições aos lares de idosos; propostas até 15 de Janeiro de 2026.
        Missa em língua portuguesa na Sé Catedral aos domingos às 11h00.
        O Padre Luís Ruiz, jesuíta falecido em 2011, fundou a Cáritas de Macau e dedicou a vida aos refugiados.
        Restaurante Litoral, na Rua do Almirante Sérgio, serve minchi e galinha africana desde 1995.
        Entre Janeiro e Novembro entraram em Macau 36,2 milhões de visitantes, segundo a DSEC.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        社工局個案 IAS-FS-2025-03317：申請人梁秀芳，住黑沙環中街利達新邨第三座14樓F，家團三人，每月獲經濟援助澳門元6,270元。
        荷官陳家豪（員工編號 SJ-208834）11月28日夜更在娛樂場私收客人小費，現已停職接受調查。
        預約確認：區詠詩女士，居民身份證 1284736(5)，12月12日10:30到政府綜合服務大樓辦理換證。
        我阿媽黃少蓮上個月喺山頂醫院確診咗柏金遜，社工話可以幫佢申請殘疾津貼。
        澳門通記名卡申請人：何志明，身份證 5190427(3)，出生日期 1968-09-14，聯絡電話 6628 4173。
        楊家輝欠沓碼仔成八十萬，佢太太已經向博監局申請將佢列入禁止進入賭場名單。
        外僱張美玲，內地身份證 440402198803152626，住氹仔成都街濠景花園第8座22樓B，喺銀河做兌換員。
        家暴個案：受害人吳潔儀（38歲），施暴者為其丈夫鄭國強，已由社工轉介入住婦女庇護中心。
        轉賬資料：收款人劉嘉慧，中國銀行澳門分行 卡號 6217 8560 0231 8476。
        車牌 MU-37-52 嘅車主係住沙梨頭海邊街嘅李偉強，成日亂泊喺我哋大廈門口。
        鄧子健2025年11月糧單：底薪 MOP 21,500，夜更津貼 3,200，扣社保後實收 MOP 23,140。
        林詠恩（身份證 1503926(8)）嘅身份證跌咗喺輕軌氹仔碼頭站，警方已經通知佢本人去領返。
        阿姨蕭月好今年79歲，獨居筷子基和樂大廈，有輕度認知障礙，社工每星期上門兩次。
        新濠天地 pit supervisor 周子豪，微信 zhouzh_mo88，有咩急事可以直接搵佢。
        荷官培訓班學員：伍詩敏 Ng Si Man，香港身份證 K381026(7)，電話 +852 9134 6728。
        高嘉欣2024年因醉駕被初級法院判罰款及停牌一年，案件編號 CR3-24-0187-PCS。
        申請人袁曉明，BIR 70361**(1)，1975年3月出世，住氹仔海洋花園翠湖閣9樓A。
        賭場保安主管歐陽志輝嘅細佬喺內地用身份證 350583197906224116 借咗網貸，而家畀人追數追到上門。
    """),
    "pt": _lines("""
        Requerente: Maria do Rosário Sequeira Lei, BIR n.º 5204173(6), residente na Rua de Francisco Xavier Pereira, n.º 45, Edf. Kam Lei, 7.º andar B.
        O Sr. António José Xavier da Rosa, de 71 anos, foi internado no São Januário com um AVC; a filha pede a visita do assistente social.
        Contacto do croupier Joaquim Santos Pereira: telemóvel 6381 5920, e-mail jsp.macau@gmail.com.
        Filomena Cheang Remédios, NIF 237184060, passaporte português n.º CB482917, nascida a 12/03/1965 em Macau.
        Transferência para Ricardo Alves Ho, IBAN PT50 0035 0651 0012 3457 8913 3, referente à renda de Novembro.
        A técnica do IAS confirmou que a Sra. Leonor Marques Vong recebe subsídio de invalidez desde 2021 por esclerose múltipla.
        Entrega para o Sr. Carlos Manuel Lopes, Avenida do Coronel Mesquita, n.º 22, Edf. Tong Lei, 3.º D — tel. 6557 0462.
        Processo n.º CV2-23-0154-CAO: acção de despejo contra o inquilino Paulo Vieira Chan por rendas em atraso no valor de MOP 48.600.
        O meu cunhado Sérgio Batalha é pit boss no Venetian e ganha cerca de 38 mil patacas por mês, mas está afogado em dívidas.
        Cartão Macau Pass personalizado em nome de Inês Carvalho Un, n.º 8530 2207 1148 39, associado ao BIR 1391804(2).
        Pedido de certidão: menor Tiago Manuel Rocha Lam, nascido a 02/05/2019 no Hospital Kiang Wu, filho de Rui Rocha e de Lam Ka Wai.
    """),
    "en": _lines("""
        Dealer Maricel Dizon (passport P4830217B) reported harassment by a patron on 3 Dec; her blue card expires in March 2026.
        Please update the emergency contact for employee Ng Ka Ho: wife Leong Sio Mei, +853 6892 3017.
        Nguyen Thi Thu Hang, housekeeper at the Cotai hotel, passport C7364105, lives at Rua da Barca 18, 5/F, Macau.
        Kevin Ieong (staff #GX-551902) tested positive for hepatitis B at his pre-employment medical; HR wants him kept off F&B.
        Wire to Chong Wai Keat, Maybank acct 5140 2213 8876, MyKad 870412-14-5237.
        Our client Mr. Lao Chi Fong (HKID R572940(7)) lost HK$1.2m in the VIP room and is disputing the marker.
        Tenant: Jessica Sequeira Kuok, jess.kuok.mo@outlook.com, Block 2, 18/F C, Ocean Gardens, Taipa.
        Hi, Daniel Wong from the cage team here, my SG number is now 9127 4480; the NRIC S8216473A on file is still correct.
        Ms Chan Mei Ling, 54, was referred by IAS to problem-gambling counselling after losing MOP 600k of her savings at the tables.
        Please refund to my dad Ho Kam Seng's Visa 4532 1200 4871 2652, exp 09/28.
        Taiwanese visitor Lin Yu-ting (ID A228417355) left her handbag at the Wynn Palace front desk; her mobile is +886 932 581 407.
    """),
    "mixed": _lines("""
        喂 Miguel，你個 BIR 5019483(2) 同 address Rua de Pedro Nolasco da Silva 12號3樓 我 send 咗俾 DSI 啦。
        Shift swap: 我同 Ana Paula Noronha 換 graveyard，佢 phone 6628 9014，有事直接 call 佢。
        Joyce Ho 嘅 pay slip Nov: base MOP 18,900 + tips 6,420，佢叫我唔好話俾人知 🙊
        我老公 Bruno Ferreira Leong 有 depression，睇緊仁伯爵精神科，IAS 社工 follow 緊。
        個 croupier Vivian Chao 住 Edf. Lei Pou Cheong 9樓A，琴晚畀個客跟蹤返屋企，已經報咗警。
        麻煩 update 澳門通記名卡 holder：葉志偉 Ip Chi Wai，tel 6557 3188，email ipchiwai1984@yahoo.com.hk
        WhatsApp 我 +853 6381 2274 ar，我係 Tânia Sousa，上次喺 IAS workshop 坐你隔離嗰個。
        何卓賢 HKID XA204817(2)，喺 Galaxy 做 slot attendant，話要 claim 返個 medical leave。
        Patricia Remédios（1977年生）嘅 divorce case 喺初級法院審緊，個仔 custody 仲未 decide。
        車牌 AH-82-06 係 Rodrigo Tam 部 Tesla，佢住 Nova City 第5期23樓，成日泊錯位。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是澳門社會服務資訊助手，回答要簡潔，使用繁體中文。"),
        ("user", "請問社工局經濟援助點樣申請？"),
        (
            "assistant",
            "可到社會工作局或各區社會服務中心遞交申請，需帶備家團成員身份證明文件、收入及資產證明。",
        ),
        ("user", "我同個女住，我冇工開，之前喺賭場做荷官，今年三月畀人裁咗"),
        (
            "user",
            "我叫梁麗華，身份證 1472093(6)，住台山巴坡沙大馬路建華大廈6樓D，你幫我睇下夠唔夠資格",
        ),
        ("assistant", "資格需由社工局評估，建議你帶齊文件親身到台山社會服務中心查詢。"),
    ],
    [
        ("user", "My Macau Pass card got lost yesterday, how do I block it?"),
        (
            "assistant",
            "For a personalised card you can call 2872 7688 or visit a service centre to report the loss.",
        ),
        ("user", "ok it's personalised, card number 8530 1964 2271 05"),
        ("user", "name on the card is Chan Ka Man, phone 6603 5817"),
        ("assistant", "Thanks, please confirm with the hotline so they can freeze the balance."),
    ],
    [
        (
            "system",
            "You are the HR assistant for a Cotai integrated resort. Follow the staff handbook.",
        ),
        ("user", "How many days of sick leave do dealers get per year?"),
        (
            "assistant",
            "Full-time staff are entitled to paid sick leave per the handbook, subject to a medical certificate.",
        ),
        (
            "user",
            "My colleague Lo Wai Kin in Pit 12 has been off for three weeks, his wife told me he was diagnosed with stage 2 colon cancer. Can we set up a collection for him?",
        ),
        (
            "assistant",
            "That's kind. Please coordinate with your supervisor and keep his medical details confidential.",
        ),
    ],
    [
        ("user", "Bom dia, preciso de renovar o passaporte da RAEM, quais os documentos?"),
        (
            "assistant",
            "Precisa do BIR válido, do passaporte antigo e de uma fotografia recente; pode marcar pela App.",
        ),
        ("user", "O meu nome é Henrique Luís da Silva Chan"),
        ("user", "BIR 5063128(4), nascido a 23 de Julho de 1982"),
        ("user", "o passaporte antigo é MB0274516 e caduca em Janeiro"),
        ("assistant", "Obrigado. Recomendo que faça a marcação o quanto antes."),
    ],
    [
        ("user", "幫我寫個 message 俾社工，講我阿媽想申請長者院舍"),
        ("assistant", "好的，請提供長者的基本情況及你想表達的重點。"),
        ("user", "阿媽叫 Maria Fernanda Ieong，82歲，中風後要坐輪椅"),
        ("user", "address 係 路環石排灣業興大廈 第2座 15樓 C，我係佢個仔 Alberto，電話 6219 7730"),
        (
            "assistant",
            "社工你好，本人母親 Maria Fernanda Ieong，82歲，中風後需以輪椅代步，現居路環石排灣，希望申請長者院舍服務，麻煩聯絡本人 Alberto（6219 7730）。",
        ),
    ],
    [
        (
            "user",
            "Hi I'm a foreign dealer in Macau, my employer didn't pay my overtime for 2 months",
        ),
        (
            "assistant",
            "You can file a complaint with the Labour Affairs Bureau (DSAL); bring your contract and payslips.",
        ),
        ("user", "ok. I'm Jonalyn Bautista Reyes from the Philippines, passport P6019284C"),
        (
            "user",
            "I work at a satellite casino in NAPE, my blue card is valid until June, they owe me about MOP 9,800",
        ),
        ("assistant", "Please keep copies of your rosters as evidence when you go to DSAL."),
    ],
    [
        ("user", "幫我寫封求職信應徵荷官，唔使太長"),
        ("assistant", "好的，請提供你的姓名、聯絡方式及相關經驗。"),
        (
            "user",
            "鄺穎欣，電話 6852 4109，email kwongwy.mo@gmail.com，住黑沙環新街海名居第1座28樓E，之前喺酒店做咗三年前台",
        ),
        (
            "assistant",
            "敬啟者：本人鄺穎欣，現應徵貴公司荷官一職。本人曾任酒店前台三年，具良好服務態度及應變能力，懇請賜予面試機會。聯絡電話：6852 4109。",
        ),
    ],
    [
        (
            "user",
            "I'm renting a room in Fai Chi Kei to a mainland worker, what do I need from him?",
        ),
        (
            "assistant",
            "Usually a copy of his ID, his work permit (blue card) and a signed tenancy agreement.",
        ),
        ("user", "ok he gave me this: 吳志鵬, 身份證 440703199309071828, 電話 +86 137 2608 5931"),
        ("assistant", "Keep the copy securely and only use it for the tenancy."),
    ],
    [
        ("user", "如果屋企有人打我，可以點求助？"),
        ("assistant", "如有即時危險請致電 999 或 110；亦可致電社工局反家暴熱線尋求協助。"),
        ("user", "我老公飲醉就打我，上個禮拜打到我手骨裂，喺鏡湖照過X光"),
        ("user", "我姓Lei，叫 Lei Sok Fong"),
        ("user", "住 Rua de Horta e Costa 78號 4樓，佢唔准我出街"),
        ("assistant", "你的安全最重要，請盡快聯絡社工局，他們可以安排庇護及支援。"),
    ],
    [
        ("user", "Can you translate this note into Portuguese for the day centre?"),
        (
            "user",
            "My grandfather Manuel Joaquim Rosário, born 1941, has type 2 diabetes and early dementia, he takes metformin twice a day. If he gets lost please call me, Sofia, at 6623 8801.",
        ),
        (
            "assistant",
            "O meu avô Manuel Joaquim Rosário, nascido em 1941, tem diabetes tipo 2 e demência em fase inicial e toma metformina duas vezes por dia. Se ele se perder, por favor ligue-me, Sofia, para o 6623 8801.",
        ),
    ],
]
