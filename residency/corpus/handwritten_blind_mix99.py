# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix99: printing shops, signage makers and banner printers in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix99
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list_and_specs"): _lines("""
        Name cards: 310gsm art card, double-sided full colour, 2 boxes (200 pcs) S$38; matt lamination +S$12; ready in 3 working days.
        Artwork checklist: 3mm bleed on all sides, keep text 5mm inside the trim line, PDF/X-1a, CMYK, 300dpi. RGB files will be converted and colours may shift.
        Roll-up banner 85cm x 200cm, 440gsm PVC frontlit, aluminium stand with carry bag: S$65 each, 5 and above S$58 each.
        Tarpaulin banner with eyelets every 50cm, RM1.80 per sq ft, minimum charge RM25, hemming and rope included.
        Wedding card package W-12: 250gsm pearl paper, gold foil 囍, 100 sets with envelopes HK$1,280; every extra 50 sets HK$380.
        Spot UV on name cards needs a separate vector layer named SPOTUV, 100% K, no gradients, no hairlines below 0.25pt.
        Acrylic signage 5mm clear with standoff screws, 600 x 300mm, UV printed on reverse, from S$145; installation within CBD add S$60.
        Rush surcharge: same-day +50%, next-day +30%; files must reach us before 11am. No rush service on Sundays and public holidays.
        Pantone 186C on uncoated stock prints duller than the coated swatch; ask for a wet proof (HK$250) if the colour is critical.
        Lightbox signage: LED modules 0.72W, 12V, IP65, 3-year warranty on modules, 1 year on the power supply.
        Custom angpow packets: 80gsm red kraft, gold hot stamp, MOQ 1,000 pcs, 10 working days; CNY orders close 15 Jan.
        Flyers A5 128gsm gloss, 5,000 pcs RM260 including delivery within the Klang Valley; outside Klang Valley RM25 per carton.
        Die-cut stickers on white vinyl, kiss-cut on A3 sheets, minimum 10 sheets; clear vinyl needs a white underbase, +20%.
        Book job quote: 148 x 210mm, 240pp, 80gsm woodfree text, 260gsm cover with matt lam, perfect bound, 500 copies, ISBN 978-981-18-4520-8.
    """),
    ("en", "shop_notice_and_policy"): _lines("""
        Proof approval: once you reply OK TO PRINT, any typo on the printed job is the customer's responsibility. Please check every name, number and spelling.
        We keep customer artwork for 90 days only. Re-orders after that need the files to be sent again.
        PDPA notice: personal data given on name card orders is used only to produce the cards and is deleted 30 days after collection.
        Collection hours: Mon-Fri 10am-7pm, Sat 10am-2pm, closed Sun & PH. Jobs not collected within 30 days will be disposed of without refund.
        50% deposit to start work, balance on collection. PayNow to UEN 201733418K (Sin Kee Printing Pte Ltd) and put the job number as reference.
        A colour variance of up to 10% between screen and print, or between print runs, is normal and is not grounds for a reprint.
        Outdoor banners are not covered for wind damage. Tie every eyelet and take the banner down once Typhoon Signal No. 8 is hoisted.
        Shopfront signs above 1 sq m facing a public road need an advertisement licence; we can submit on your behalf for a S$80 service fee, excluding the authority's charge.
        For wedding cards, the names and dates on the final proof are exactly what will be printed, in Traditional or Simplified characters as ticked on the order form.
        Order status hotline 6744 3210 (Mon-Sat 9am-6pm), or message the Sin Kee Printing WhatsApp Business line 8800 1234.
        If the mistake is ours (wrong paper, wrong quantity, misregistration beyond 1mm) we reprint at our cost. No cash refunds for approved proofs.
        Lost your receipt? Quote the job number printed on the order SMS, e.g. SK-24-08812, and the counter staff will look it up.
        Anyone can collect on your behalf with the order SMS showing the job number; we do not ask for IC at collection.
        Festive rush: Hari Raya card orders must be confirmed by 1 March; no new festive orders after 8 March.
    """),
    ("zh-Hans", "order_faq"): _lines("""
        问：名片可以做烫金吗？答：可以，烫金需要开锌版，首次版费80元，返单不再收版费，交期加2个工作日。
        喜帖打样流程：确认内容→设计初稿→客户校对→签字确认→印刷；签字后再改字，每次另收改版费30元。
        急件说明：当天下午3点前确认稿件，次日可取；超过3点顺延一天，周日不接急件。
        横幅一般按米计价，常见规格0.7米×5米红底黄字，每米25元，含穿绳打孔。
        请上传AI、PDF或CDR格式，文字一律转曲，图片分辨率不低于300dpi，颜色模式用CMYK。
        深圳工厂生产，货走深圳湾口岸报关，新加坡客户一般7到10天到货，运单号会短信通知。
        开增值税专用发票请提供公司全称和统一社会信用代码，个人抬头只能开普通发票。
        色差说明：同一文件印在不同纸张上颜色会有差异，铜版纸最接近屏幕效果，牛皮纸会明显偏暗。
        订单号DY2024112300871已发货，顺丰单号SF1428839201753，预计后天送达，请留意查收。
        X展架便宜轻便，门型展架更稳，户外使用建议选注水底座的款式。
        鲁迅手迹复制品装裱：宣纸微喷，60×90厘米，适合书店和图书馆陈列。
        价格表：不干胶标签5×5厘米1000张45元，防水PP材质加15元，异形模切加20元。
        公司名片统一模板：姓名（中英）、职位、手机、邮箱、公司地址五栏，请勿自行更改字体和字号。
    """),
    ("zh-Hant", "shop_post"): _lines("""
        【門市公告】本店十月一日休息一天，急單請於九月廿九日或之前落單，多謝合作。
        八號風球期間暫停門市及送貨服務，已約好嘅取貨時間會順延，敬請見諒。
        易拉架 80×200cm 連袋 HK$220，兩日有得攞；要即日就請喺朝早十點前 send 稿。
        結婚喜帖樣板已經擺咗喺門市，有成五十款，歡迎親臨睇實物紙質同燙金效果。
        印刷稿件請預留出血 3mm，文字唔好貼邊，否則裁切時可能會切到。
        名片印製：300磅雪銅紙，雙面彩色，一盒100張 NT$350；急件隔日取件加收 NT$150。
        本店統編 24536806，如需開立公司發票請於下單時註明抬頭。
        選舉旗幟及看板請遵守中選會及各縣市規定，懸掛地點須事先取得核准。
        招牌工程屬小型工程監管制度，第III級工程須由註冊小型工程承建商進行，本公司可代為入則。
        李小龍紀念展海報大圖輸出 A0 尺寸共二十張，已交付香港文化博物館。
        單號 HK-INV-230915-044 已完成，請憑單號於辦公時間內到荃灣門市取貨。
        「囍」字燙金喜帖，紅色珠光紙，一百套連信封 HK$1,180，每套加燙姓名另收 HK$2。
        中正紀念堂特展背板 4.8m×2.4m 卡典西德輸出，施工安排在閉館後晚上十點進場。
        周杰倫演唱會應援手幅 20×60cm，雙面印刷，兩百張起印，交期五個工作天。
    """),
    ("ms", "notis_kedai"): _lines("""
        Tempahan kad kahwin minimum 200 keping, harga bermula RM0.85 sekeping termasuk sampul.
        Sila semak ejaan nama pengantin, tarikh dan alamat majlis pada pruf sebelum sahkan; kesilapan selepas pengesahan tidak dicetak semula secara percuma.
        Bunting 2 x 5 kaki bahan tarpaulin RM35, siap dalam 2 hari bekerja, boleh ambil di kedai atau pos.
        Kedai ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 5 April; tempahan akan diproses semula selepas cuti.
        Templat kad jemputan: Dengan segala hormatnya kami mempersilakan Dato'/Datin/Tuan/Puan/Encik/Cik ke majlis perkahwinan anakanda kami [NAMA PENGANTIN LELAKI] dengan [NAMA PENGANTIN PEREMPUAN].
        Papan tanda kedai memerlukan lesen iklan daripada pihak berkuasa tempatan seperti DBKL atau MBPJ; kami boleh uruskan permohonan dengan caj perkhidmatan RM150.
        Bayaran melalui DuitNow QR atau pindahan ke akaun syarikat Percetakan Seri Murni Sdn Bhd (No. SSM 201801034567).
        Banner hari jadi bertema Upin & Ipin memerlukan kebenaran hak cipta; kami hanya cetak rekaan asal pelanggan.
        Saiz standard kad nama 90mm x 54mm, cetakan dua muka, 300gsm, satu kotak 100 keping RM30.
        Stiker label produk untuk usahawan kecil: bahan mirrorkote kalis air, potong ikut bentuk, minimum 500 keping.
        Penghantaran ke Sabah dan Sarawak ambil masa 5-7 hari bekerja melalui Pos Laju; nombor penjejakan seperti ER123456789MY akan dihantar melalui SMS.
        Banner Merdeka bergambar Tunku Abdul Rahman melaungkan Merdeka di Stadium Merdeka, 1957, saiz 3m x 1m untuk pejabat daerah.
        Notis: harga kertas naik 8% mulai 1 Julai; sebut harga lama sah sehingga 30 Jun sahaja.
    """),
    ("mixed", "ops_chat"): _lines("""
        boss, job SK-24-09112 plate dah siap, tunggu approval colour je. Pantone 286C or 2728C, client confirm which one?
        machine 2 又 jam 纸 lah, 已经 call HP technician, they say tomorrow morning come.
        Wedding card batch W-1102 foil 偏移 1mm, 要唔要 re-run? 客都未 collect, 仲有時間.
        呢單急, 聽日朝早十點前要送到 Admiralty, Lalamove 已經 book 咗, ref LLM-88231.
        Malam ni OT sampai 10pm sebab tempahan kad raya banyak, makan malam kedai belanja.
        油墨 stock check: C 2 桶, M 1 桶, Y 3 桶, K 剩半桶, 记得 Friday 之前 order from supplier.
        Tarpaulin roll 3.2m width habis, supplier cakap next shipment 15hb, so banner besar kita hold dulu.
        客 send 嘅 file 係 RGB 同埋得 72dpi, 我已經 reply 叫佢重新 export, 未覆之前唔好印.
        ok noted, PO 4500128873 from the school, 300 pcs certificate A4 + 2 backdrop 8x10ft, deliver by 12 Nov to general office.
        Cutting plotter blade 换新了, 之前 kiss-cut 切穿 backing 嘅问题应该解决咗.
        Sunday 去 MBS install backdrop, need 3 pax + ladder, 7am meet at shop, van 已经 pump 油.
        GST invoice INV-2024-1187 amount wrong, should be S$1,308.00 incl 9% GST, pls void and reissue.
        台北那單三款 DM 都改好了, 明天早上送印, 紙張用 150磅銅版, 記得 check 出血.
        semua fail untuk kedai runcit tu dah convert ke outline, boleh hantar ke RIP sekarang.
        Xmas deco sticker for Jewel 要 night install, 商场 approval letter 已经收到, install window 11pm-6am.
        Kak, stok kertas art card 310gsm tinggal 2 rim, order baru ETA Isnin; kad nama yang masuk hari ni jadual Selasa.
    """),
    ("en", "logs_and_config"): _lines("""
        [2024-11-04 09:12:33] RIP queue: job_id=JB-77812 file=rollup_85x200_v3.pdf pages=1 profile=FOGRA39 status=RIPPED
        printer=HP-Latex-570 media=Frontlit440 mode=10pass dryer=90C cure=110C ink_used_ml=38.4 duration=00:14:52
        order_status: {"order_no": "SO-2024-004512", "items": 3, "subtotal": 412.50, "currency": "SGD", "status": "READY_FOR_COLLECTION"}
        tracking: SPX SG24110489320165 | 2 parcels | weight 3.6kg | ETA 06 Nov | hub: Tuas
        artwork_sha256=dbaa565e1e5065a7d77ec9407dbab439b7f56c5a2683e9cb510cb62cc0ad5f70 approved_rev=3
        config.yaml: default_bleed_mm: 3 / safe_zone_mm: 5 / colour_profile: "ISO Coated v2" / max_upload_mb: 200
        ERROR 422 upload rejected: file_type=.heic not supported; allowed=[pdf, ai, eps, tiff, jpg, png]
        Webhook payload fields: order_id, sku, qty, proof_status, approved_at; customer fields are masked before the payload goes to the vendor.
        SKU NC-310-2S-MATT | qty 200 | unit 0.19 | paper 310gsm art card: 4,800 sheets remaining at Woodlands store
        cron: 0 2 * * * /opt/printops/purge_files.sh --older-than 90d --dry-run=false
        INFO proof_mailer: proof P-55231 revision 2 sent to order contact (recipient redacted), waiting_for=approval
        WARN Heidelberg SM52 s/n 550921: plate 3 registration off by 0.15mm, auto-adjust applied, sheet count 12,406
    """),
    ("mixed", "public_and_templates"): _lines("""
        喜帖模板：謹詹於 ____年__月__日 為 __男 ______ 與 ______ 小姐 舉行結婚典禮，敬備喜筵，恭請 闔第光臨。
        Name card template fields: {full_name} / {designation} / {mobile} / {email}; replace all before export, never print the placeholders.
        Kad jemputan RSVP: [Nama Wakil Keluarga] [No. Telefon]; sila isi sebelum hantar ke designer.
        National Day banner for the community club: portrait of Lee Kuan Yew with his 1965 quote, 2m x 1m, vinyl with pole pockets.
        Tan Tock Seng Hospital wayfinding signage replacement, Level 1 to Level 4, 120 panels, tender ref TTSH/FM/2024/031.
        孫中山南洋紀念館 exhibition panels 16 塊, 5mm foam board, 交貨前要 museum curator sign off proof.
        Queen Elizabeth Stadium event backdrop 10m x 4m, 用 truss 吊, load-in 早上八點.
        哈利波特主题生日 banner, Hogwarts crest 要用客户自己买的 licensed clipart, 我们不能从网上下载.
        Banner sukan tahunan SMK Tun Hussein Onn, 20 keping bunting dan 1 backdrop 12 x 8 kaki.
        3D signage lettering for a café on Jalan Tun H S Lee, brushed gold stainless steel, 600mm cap height.
        SMS template: Hi {name}, your order {order_no} is ready for collection at our Bugis outlet. Reply STOP to opt out.
        滿月卡模板：{寶寶名字} 於 {出生日期} 平安出生，體重 {體重}，感謝大家的祝福。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        NAME CARD ORDER #NC-24-3381 | Name: TAN WEI LIANG JEREMY | Designation: Senior Associate | HP: +65 9123 4578 | Email: jeremy.twl88@gmail.com | Qty: 2 boxes | Finish: matt lam
        Deliver to: Blk 456 Ang Mo Kio Ave 10 #08-1234 Singapore 560456, attn Mr Rajesh s/o Kumaravel, hp 8234 5678, leave with neighbour if nobody home.
        Complaint log 12/11: Mdm Lim Siew Hoon (banner job SK-24-09017) says colours faded after 2 weeks outdoors, demands full refund of $380 and threatened a 1-star Google review.
        Advertisement licence application - applicant Goh Boon Keat, NRIC S8812345Z, tenant of 23 Jalan Besar #01-02, projecting sign 1.2m x 0.6m.
        Birthday banner text: Happy 70th Birthday Ah Ma Koh Geok Lian! Love, Jason, Michelle & the grandkids. Hang at 18 Jalan Kembangan on 12 Oct morning.
        Deposit taken by phone: Visa 4532 0178 4562 1930 exp 09/27, name on card NG KAI XIANG, S$150 for the 3 acrylic signs.
        Roster note: Muthu a/l Ramasamy on MC 10-12 Nov for gastritis, so the Latex printer is unattended on night shift.
        Proof sent to sarah.dcruz@hotmail.com for her daughter Chloe Marie D'Cruz's baptism invitation at Church of St Teresa, 14 Dec. Waiting for reply.
        PVC staff pass print: SANTOS, MARIA LOURDES | FIN G5123456T | Dept: Housekeeping | Valid till 31/08/2026 | photo too dark, ask HR to resend.
        Rush graduation banner for Priya d/o Selvam: Congrats Dr Priya! MBBS Class of 2025. Collect Fri 5pm, her mum paying cash.
        Wedding invite final text: Together with their families, Marcus Oliveira Teo and Jasmine Lau Hui Min invite you to celebrate their marriage on 22 March 2025. RSVP Jasmine 9634 1287.
        Do not release job SK-24-10233 to Mr Benjamin Yeo - his ex-wife Mdm Carol Yeo paid for it and says they are in a custody dispute; she will collect herself.
    """),
    "zh-Hans": _lines("""
        实名寄件登记：寄件人 张丽娟，身份证 440305199512303728，手机 138 2654 9901，寄新加坡样品名片2盒。
        客户投诉：王建国先生的100本画册装订脱页，要求全部重做并赔偿误工费2000元，联系电话139-0281-4576。
        喜帖内容：谨订于2025年5月18日为长子陈俊杰与林晓雯小姐举行结婚典礼，敬备喜筵，恭候光临，陈国强、郑秀英 鞠躬。
        车间请假：印刷车间刘海波因腰椎间盘突出请病假一周，急单暂时由二号机师傅顶班。
        欠款客户：厦门思明区李志明，身份证350203198711085618，欠印刷费6800元，已发律师函。
        微信加我 liu_mei_design88，我是刘美华，要印500张宝宝满月回礼贴纸，宝宝小名乐乐，周六摆满月酒。
        收货地址：上海市浦东新区张杨路1500弄12号602室 周敏（收）15821374960
        新加坡客户黄美玲 NRIC S7654321F，订制父亲八十大寿寿宴横幅，送到 Bedok North St 3 Blk 512 #10-88。
        财务备注：周雨涵上个月报销的名片费360元重复报了两次，老板说下个月从她工资里扣回。
    """),
    "zh-Hant": _lines("""
        取貨登記：陳志強先生 身份證 K123765(9)，電話 9123 8876，代公司取易拉架三個。
        客人黃敏儀（Mandy）WhatsApp 6234 1198，話喜帖上面佢老公個名鄭浩然印錯咗做鄭浩燃，要即刻重印，仲唔肯俾錢。
        喜帖內容：謹詹於二〇二五年十月十八日為長男李家樂與何詠琪小姐舉行結婚典禮，恭請闔第光臨，李偉明、梁淑芬 鞠躬。
        名片資料：王怡君 / 業務專員 / 手機 0912-345-678 / LINE ID: yijun0512 / Email: yijun.wang0512@yahoo.com.tw
        訂金退款：客戶林建宏，身分證 F128403676，台新銀行帳號 2001-0123-4567-89，退款 NT$3,200。
        送貨：新界沙田第一城23座18樓F室，黃太收，電話 5432 6789，平日晚上七點後先有人喺屋企。
        阿輝（印刷部陳嘉輝）上星期喺機房整親手指縫咗六針，而家放緊工傷假，保險公司要佢交醫生紙。
        客訴：張淑芬小姐的彌月卡寶寶出生日期印錯（應為 2024/10/03），她說婆婆很生氣，要求全額退費，否則在 Google 留負評。
        舊客梁嘉欣（Karen）連續三張單冇找數，合共 HK$8,450，電郵 karenleung.kk@gmail.com，會計話要寄律師信。
        發票開立：買受人吳佩珊，身分證字號 B204731966，要求開個人發票並寄到她台中市西屯區的住處。
    """),
    "ms": _lines("""
        Kad kahwin: Walimatul Urus Muhammad Haziq bin Rosli & Nur Aisyah binti Kamarul Zaman, Sabtu 14 Jun 2025, Dewan Orang Ramai Taman Sri Gombak. RSVP Puan Rohani 012-345 6789.
        Pemohon Encik Azlan bin Hashim, No. KP 880412-10-5523, mohon lesen iklan papan tanda kedai makan di Seksyen 7 Shah Alam; salinan MyKad dilampirkan.
        Banner sambutan hari jadi ke-60 Hajah Fatimah binti Yusof, majlis di rumah No. 27 Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        Aduan: Cik Nurul Izzati binti Ahmad kata kad nama dia tercetak nombor salah (019-228 4410 sepatutnya 019-228 4401), minta cetak semula percuma.
        Pekerja kami Kumar a/l Subramaniam cuti sakit 3 hari sebab demam denggi, mesin potong tak ada operator sampai Khamis.
        Bayaran balik deposit RM450 ke akaun Maybank 1642 3098 7751 atas nama LEE MEI LING, tempahan dibatalkan sebab majlis ditunda.
        Hantar ke: Siti Khadijah binti Mohd Noor, No. 12, Lorong Kenanga 4, Taman Kenanga, 75200 Melaka, tel 017-662 3018.
        Senarai hutang: Mohd Firdaus bin Abdullah belum bayar RM780 untuk 3 tempahan bunting, WhatsApp 011-2345 6781 langsung tak balas.
        Borang akaun kredit: Pemohon TAN SIEW PING, No. KP 950923-07-6184, pengarah syarikat, beri jaminan peribadi RM5,000.
        Kad nama: Dr Harpreet Kaur a/p Gurdev Singh, Pakar Pergigian, H/P peribadi 012-778 3345, minta jangan letak nombor klinik.
    """),
    "mixed": _lines("""
        boss, that auntie Ong Bee Choo call again, say her son's wedding card 印错 date, 她 hp 9788 1203, very angry, want to see you tomorrow 11am.
        Lalamove pickup done, drop-off Blk 221 Jurong East St 21 #05-117, Mr Wong Kok Leong 8123 4567, COD $145 cash.
        Kak Ros, customer Aminah binti Said nak kad kahwin 300 keping, dia cakap bajet terhad sebab suami baru kena buang kerja, boleh bagi diskaun?
        佢個 IC 係 S9036184H, 叫 Alvin Lim Jun Hao, 要印 company ID card, 但張相係 selfie 唔得, 叫佢重影.
        客人 LINE ID: peiyu0803chen, 陳沛妤, 說婚卡要加印 QR code 連到她們的婚紗照相簿, 明天下午三點來拿.
        Mr Ong Teck Seng's car SJK 4521 K 会 9am 来 loading bay 拿 signage, 帮他留个 lot, 他腰不好不能走远.
        Encik Rizal bin Mat Isa 已 transfer deposit RM200 untuk tarpaulin banner, tapi dia minta invoice atas nama isteri dia Norhayati binti Osman sebab nak claim.
        Harjit Singh s/o Balwant Singh 帮他 daughter Simran 印 21st birthday backdrop, party at their condo function room 23 Feb, pay by PayNow.
        客 email tengkh1987@yahoo.com.sg 讲 she is 8 months pregnant, cannot come down, request deliver 满月 card to her mum's place Blk 108 Toa Payoh Lor 1 #12-345.
        客 Fung Ka Man, HKID Z662094(A), 要做 PVC 會員卡 for 佢間 yoga studio, 但 card 上面唔好印身份證, 只印 member no.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the online order assistant for Kim Seng Printing, Singapore. Collect name card details and confirm them.",
        ),
        ("user", "hi want to order name card 2 box, same design as company template"),
        (
            "assistant",
            "Sure! Please send the text exactly as it should appear: name, designation, mobile and email.",
        ),
        (
            "user",
            "KOH JIA WEI, DANIEL / Property Consultant / 9456 2103 / danielkoh.prop@gmail.com",
        ),
        (
            "assistant",
            "Noted. Please confirm: Koh Jia Wei, Daniel, Property Consultant, +65 9456 2103, danielkoh.prop@gmail.com. Proof will be sent within 1 working day.",
        ),
    ],
    [
        (
            "user",
            "幫我寫喜帖內容, 新郎蘇啟鳴, 新娘鄧凱琪, 男家父母蘇國華同譚美蓮, 2025年12月6號晚上擺酒",
        ),
        (
            "assistant",
            "謹詹於二〇二五年十二月六日為長男蘇啟鳴與鄧凱琪小姐舉行結婚典禮，敬備喜筵，恭請闔第光臨，蘇國華、譚美蓮 鞠躬。",
        ),
        ("user", "好, 底下加 RSVP: 新娘 Cherry 9871 2235, 十一月底前覆"),
        ("assistant", "已加上：敬請於十一月三十日前回覆 Cherry 9871 2235。需要再睇一次完整稿嗎？"),
    ],
    [
        ("system", "Pembantu tempahan Percetakan Seri Murni. Jawab dalam Bahasa Melayu."),
        ("user", "Assalamualaikum, saya nak tempah kad kahwin 400 keping"),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama kedua-dua pengantin, tarikh, tempat majlis dan nombor untuk RSVP?",
        ),
        (
            "user",
            "Ahmad Danial bin Zulkifli dengan Nur Farhana binti Ismail, 21 Disember, majlis di rumah saya No. 8 Jalan Cempaka 2, Taman Cempaka, 68000 Ampang. RSVP saya, Puan Zaleha 013-298 4471",
        ),
        ("assistant", "Terima kasih Puan Zaleha. Draf pertama akan dihantar esok untuk semakan."),
    ],
    [
        ("user", "My banner order SK-24-10402 was supposed to be ready yesterday, still nothing!!"),
        (
            "assistant",
            "So sorry for the delay. The job is being laminated now and will be ready by 4pm today. Would you like us to deliver it?",
        ),
        (
            "user",
            "yes pls send to my place, 35 Lorong Marzuki, Singapore 416498. it's for my mother's 80th on sat, she is in wheelchair so we are doing it at home. name Veronica Pereira, 9182 3370",
        ),
        (
            "assistant",
            "Noted, Ms Pereira. Delivery between 5pm and 7pm today, free of charge for the delay.",
        ),
    ],
    [
        ("user", "你好，我想訂彌月卡 150 張"),
        ("assistant", "恭喜！請提供寶寶名字、出生日期、體重，以及卡片上要放的父母名字。"),
        (
            "user",
            "寶寶 許語安，2024/11/02 出生，3120公克，爸爸許文傑，媽媽蔡佳蓉。有問題加我 LINE：jiarong_tsai1102",
        ),
        ("assistant", "收到，設計稿明天下午會傳給您確認。"),
    ],
    [
        ("system", "你是深圳某印刷厂的在线客服，帮客户开发票。"),
        ("user", "我要开个人发票，画册那单，金额4280元"),
        ("assistant", "好的，个人抬头需要您的姓名、身份证号和收票地址。"),
        ("user", "黄志刚，441302199309210579，寄到惠州市惠城区江北三新南路28号5栋1202"),
        ("assistant", "已登记，发票两个工作日内寄出。"),
    ],
    [
        ("user", "Draft a polite payment reminder for a customer who owes us money"),
        ("assistant", "Sure. Who is the customer, how much is outstanding and since when?"),
        (
            "user",
            "Lee Chun Hoe, HK$12,600 for the shop signboard since July, he told my staff his restaurant is losing money and he may close. his mobile 9345 0871",
        ),
        (
            "assistant",
            "Dear Mr Lee, our records show HK$12,600 outstanding for the signboard installed in July. We understand business is difficult and are happy to discuss an instalment plan; please call us at your convenience. (To be sent by SMS to 9345 0871.)",
        ),
    ],
    [
        ("user", "what do I need to apply for the shopfront sign licence?"),
        (
            "assistant",
            "Usually the tenancy agreement, a drawing of the sign with dimensions, a photo of the shopfront and the applicant's NRIC details.",
        ),
        (
            "user",
            "ok applicant is me, Pang Li Ting, S6829041D, unit is 101 Upper Cross Street #02-15, I'm the tenant",
        ),
        (
            "assistant",
            "Thank you, Ms Pang. We will prepare the submission and send it to you for signing.",
        ),
    ],
    [
        (
            "user",
            "can I pay the balance here? card 5401 6632 9057 8144 exp 04/28, name HO YEN LING",
        ),
        (
            "assistant",
            "Please don't send card details in chat. I have not stored them; please use the secure payment link we sent by SMS instead.",
        ),
        ("user", "oh sorry, ok will use the link"),
    ],
    [
        ("user", "聽日我自己返唔到嚟, 我朋友幫我攞易拉架"),
        ("assistant", "冇問題，請提供代取人全名同聯絡電話，取貨時佢要出示身份證明文件。"),
        ("user", "佢叫羅家明, 身份證 R304518(7), 電話 6612 3054"),
        ("assistant", "已記錄，單號 HK-INV-241108-017 由羅家明先生代取。"),
    ],
]
