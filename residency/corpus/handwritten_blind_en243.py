# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en243: SG/MY signboard makers, banner printers and shopfront signage installers (quotes, council permits, installations, deposits, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en243
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        3D acrylic box-up letters, 10mm clear acrylic with 3M vinyl face, LED backlit: S$38 per inch height per character, min order S$600, excl. GST 9%.
        Lightbox (single-sided, aluminium frame, Samsung LED modules, 1.2m x 0.6m): RM1,450 incl. installation within Klang Valley; outstation add RM180.
        Tarpaulin banner 440gsm with eyelets every 50cm, 10ft x 3ft: RM45 per piece; rush print within 4 hours +RM20. Artwork must be PDF at 100dpi actual size.
        Stainless steel hairline gold letters, 1.2mm thick, 300mm height: S$95/char; brass plating option +30%. Lead time 12 working days after artwork sign-off.
        Roll-up bunting stand 85cm x 200cm with carry bag, SKU RU-85200-STD: S$68; premium wide base SKU RU-85200-PRM: S$98. Reprint of graphic only S$35.
        Boom lift rental for shopfront above 4m: S$350 half day, S$600 full day. Night work after 10pm (mall requirement) surcharge S$150 per night.
        Window frosted film with cut-out logo, per sqft S$6.50, minimum 30 sqft. Removal of old film S$2/sqft. Prices valid until 31 Mar 2027, quote ref Q-27-0318.
        Neon flex (silicone, 8x16mm) custom script signs: RM28 per foot incl. acrylic backboard and 12V adaptor; IP67 outdoor version RM36 per foot.
        Permit submission service (DBKL papan iklan application, drawings + photo simulation): RM380 per signage; council fees charged at cost based on sqm.
        Dismantle and dispose old signboard (up to 6m x 1m, steel frame): S$280; if removal needs LTA road closure coordination, quoted separately.
        Vehicle decal for lorry doors, company logo + SSM no. + hotline, 2 sides: RM220; full wrap for 1-tonner from RM2,800 using 3M IJ180Cv3 film.
        Pylon sign for petrol kiosk or industrial estate, 6m height, double-sided, internally lit: from RM18,500; footing and soil test by our PE partner extra.
        Deposit policy: 50% upon confirmation, 40% before installation, 10% within 7 days of handover. PayNow to UEN 201734567K, cheques payable to the company.
    """),
    ("en", "permit_faq"): _lines("""
        Q: Do I need approval to put up a shop sign in Chinatown? A: Yes, signs on conservation shophouses must follow URA's signage guidelines; we check them before fabrication.
        Q: How long does a DBKL advertisement permit take? A: Usually 3 to 6 weeks after complete submission; missing landlord consent letters are the most common cause of delay.
        Q: Can you install before the permit comes out? A: No. We fabricate in parallel, but installation is scheduled only after the approval letter reference is received.
        Q: What documents does the council need? A: SSM registration, trading licence, landlord consent, signage drawing with dimensions, and a photo simulation of the shopfront.
        Q: My mall has its own signage rules, do those override the council? A: Both apply. The mall's fit-out guide sets font, height and lighting hours; the authority approves the structure.
        Q: Is there a yearly fee for a signboard in Petaling Jaya? A: MBPJ charges annually by area and type of sign; illuminated signs are charged higher than non-lit ones.
        Q: Why was my sign rejected? A: Typical reasons: projecting sign below 2.4m clear height over the five-foot way, blocking exit signage, or Bahasa Malaysia text too small.
        Q: Can Chinese characters be bigger than the Malay wording? A: Under DBKL guidelines Bahasa Malaysia must be the most prominent; other languages may appear but smaller.
        Q: Who is responsible if the signboard falls? A: The sign owner must maintain it; for large signs we provide structural endorsement by a Professional Engineer.
        Q: Can I use an LED screen to advertise outside my shop? A: Digital signs need separate approval and brightness limits, and screens facing major roads are restricted.
        Q: Do you handle JB or Penang permits? A: Yes for MBJB, MBIP and MBPP areas; outstation submission adds RM150 for courier and site visit, excluding council fees.
        Q: How do I reach your permit desk? A: Email permits@signcraft-asia.com.my or call 03-7880 2145 (Mon-Fri 9am-6pm) and quote your job number starting with PJ- or KL-.
        Q: Are grand opening banners allowed? A: Usually up to 14 days with a temporary permit; banners tied to lamp posts or trees along public roads will be removed by the council.
    """),
    ("en", "staff_group_chat"): _lines("""
        Team B pls bring the 6m ladder + Hilti drill tmr, Tampines Mall job start 10.30pm after shutters down. Loading bay B1, collect security pass at FCC.
        Lightbox for the bubble tea shop at Bugis Junction QC ok, all LED lit, wrapping now. Lorry leaving workshop 8pm, ETA site 8.45pm.
        Boss say the Jalan Ipoh kopitiam job postpone to Thursday, DBKL approval letter not out yet. Don't drill anything first ya.
        Acrylic supplier short 3 pcs of 5mm opal white, balance come Monday. Job SC-24117 will be delayed, pls inform the client through the office line.
        Roland VG2-640 head clogged again on cyan, running cleaning cycle. Banner jobs BN-3320 to BN-3326 move to the Epson SC-S80670 first.
        Site photos uploaded to shared drive /2027/Jan/Jurong-Point-L1. Measurement 7.85m x 1.10m, parapet got water pipe on left, need bracket offset 80mm.
        Reminder: all installers must wear harness above 3m, MOM inspector came to the Ang Mo Kio site last week. No harness no work, no exceptions.
        Who took the cordless rivet gun? Not in the van. Need it for the Seremban job tomorrow 9am, car showroom signage along Jalan Rasah.
        Kampong Glam cafe client want to change font from Futura to Gill Sans after drawing submitted. Tell sales need URA re-check, cannot anyhow change.
        Done installation at Paya Lebar Quarter #B1-12, all 42 letters aligned, photos sent to project group. Leftover silicone 2 tubes bring back store.
        Mall fit-out manager rejected the lighting hours, must switch off at 11pm. Change the timer to 7am-11pm before handover pls.
        Deposit for job KL-0921 not received yet, accounts say don't release the lorry until the 50% clears. Fabrication can continue.
        Heavy rain warning from MSS 3-5pm, all outdoor install pause. Indoor vinyl jobs at Northpoint City continue as planned.
    """),
    ("en", "config_and_logs"): _lines("""
        2027-01-14T09:32:11+08:00 INFO quote.service created quote_id=Q-SG-27-00418 items=3 subtotal_sgd=4280.00 gst_rate=0.09 status=DRAFT
        2027-01-14T10:05:47+08:00 WARN permit.tracker council=DBKL ref=PI/2027/00312 status=PENDING days_open=23 threshold=21 action=escalate
        job_id,site_name,unit_no,sign_type,width_mm,height_mm,illuminated,permit_ref,install_date,crew
        SC-24117,Jewel Changi Airport,#02-215,box_up_letters,5200,900,Y,URA-SGN-27-0088,2027-02-03,TEAM_B
        printer: {model: 'Roland TrueVIS VG2-640', profile: 'Tarpaulin_440gsm_v3.icc', resolution_dpi: 720, passes: 8, heater_c: 40}
        [2027-01-15 22:41:03] router: CNC job ACR-5MM-OPAL-0092 finished, cut_length=148.2m, spindle_hours=2.7, bit=3mm single flute
        sku,description,material,thickness_mm,unit,price_myr,stock_qty,reorder_level,supplier_code
        ACP-4MM-SLV,Aluminium composite panel silver,ACP PVDF,4,sheet 4x8ft,168.00,37,20,SUP-ALU-03
        def sqft(w_mm, h_mm): return round(w_mm * h_mm / 92903.04, 2)  # 1 sqft = 92903.04 mm2
        ERROR payment.webhook provider=stripe event=charge.failed invoice=INV-MY-2027-0311 amount_myr=2450.00 reason=card_declined retry_in=3600s
        SMTP_FROM=quotes@example-signs.sg SMTP_PORT=587 PDF_FOOTER='UEN 201734567K | Hotline 6744 2190 | WhatsApp +65 8011 2190'
        git log: a3f9c1e (tag: v2.4.1) fix: permit reminder cron uses Asia/Kuala_Lumpur timezone instead of UTC
        tracking: Ninja Van NVSGSIGN0004412789 out for delivery, 2 cartons roll-up stands, consignee: Marina Square Management Office
    """),
    ("en", "history_and_news"): _lines("""
        The hand-painted signboards of Chinatown's shophouses were often written by calligraphers; many older plaques still show gold-leaf characters on black lacquer.
        Singapore calligrapher Pan Shou wrote inscriptions for many institutions, and his brushwork remains a reference for sign makers reproducing traditional plaques.
        In the 1970s many Malaysian shops switched from painted zinc boards to acrylic lightboxes, and neon tube benders in Kuala Lumpur worked through the night.
        DBKL announced a review of signboard rules requiring Bahasa Malaysia to be dominant, a policy long debated by Kuala Lumpur traders' associations.
        Haw Par Villa, built by Aw Boon Haw and Aw Boon Par in 1937, still carries gateway lettering that was restored by craftsmen in the 1990s.
        Licensed banners featuring Upin & Ipin, the Les' Copaque animated twins, are among the most requested designs for kindergarten open days.
        Lee Kuan Yew launched the Keep Singapore Clean campaign in 1968, and printers across the island produced enamel plates and posters for it.
        Yap Ah Loy, the Kapitan Cina of early Kuala Lumpur, is remembered in the street plate of Jalan Yap Ah Loy, a stop on many heritage signage walks.
        Penang Chief Minister Chow Kon Yeow spoke at the launch of George Town heritage signage guidelines, urging owners to restore original Chinese plaques.
        The Eu Yan Sang signboard on South Bridge Road is one of the most photographed traditional shop signs in Singapore's Chinatown.
        Ya Kun Kaya Toast, founded by Loi Ah Koon in 1944, carries its founder's name in its brand; sign makers follow strict franchise logo guidelines.
        Kampung Boy, Lat's best-known cartoon character, appears on murals in Ipoh and on licensed school banners across Malaysia.
        Old Chinatown sign shops kept wooden stencils of the Song typeface; a few sets are now displayed at the Chinatown Heritage Centre on Pagoda Street.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai kami tutup pada 1 hingga 3 Februari sempena Tahun Baru Cina. Tempahan banner boleh dibuat melalui WhatsApp perniagaan 011-2345 8890.
        Semua papan tanda mesti mematuhi garis panduan PBT; Bahasa Melayu hendaklah lebih besar dan jelas berbanding bahasa lain pada papan iklan premis.
        Deposit 50% diperlukan sebelum kerja fabrikasi dimulakan. Deposit tidak akan dikembalikan selepas lukisan reka bentuk diluluskan oleh pelanggan.
        Bayaran boleh dibuat ke akaun syarikat atas nama Papan Tanda Cahaya Maju Sdn Bhd (No. SSM 201901023456). Sila hantar resit ke akaun@cahayamaju.com.my.
        Waktu operasi: Isnin hingga Jumaat 9.00 pagi - 6.00 petang, Sabtu hingga 1.00 petang. Alamat: No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves.
        Harga banner kain bermula RM12 sekaki persegi. Cetakan segera dalam masa 2 jam dikenakan caj tambahan RM25 bagi setiap tempahan.
        Permohonan lesen papan iklan kepada MBSA mengambil masa 14 hari bekerja. Pelanggan dinasihatkan tidak memasang papan tanda sebelum kelulusan diterima.
        Makluman: Pemasangan pada waktu malam di pusat beli-belah dikenakan caj tambahan RM200 mengikut peraturan pengurusan bangunan.
        Jaminan lampu LED selama 12 bulan, tidak termasuk kerosakan akibat banjir, petir atau pengubahsuaian pihak ketiga. Sila simpan nombor invois untuk tuntutan.
        Banner untuk ceramah, kenduri dan majlis hari jadi boleh ditempah di kaunter. Fail reka bentuk hendaklah dalam format PDF atau AI, resolusi 150 dpi.
        Kami telah membekalkan papan tanda untuk cawangan Marrybrown dan Secret Recipe di sekitar Selangor sejak tahun 2015.
        Aduan berkaitan pemasangan sila emel aduan@cahayamaju.com.my atau hubungi talian 03-6188 4521. Aduan akan dijawab dalam masa 3 hari bekerja.
        Papan tanda 'Kedai Runcit Pak Ali' di bilik pameran kami hanyalah contoh; huruf timbul 3D kayu jati tersedia mengikut tempahan.
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. Signboard shop very on, came down to measure same day, lightbox for our kopitiam siap in 10 days only. Price also reasonable lah.
        Banner print colour quite off leh, the red become orange. Called their hotline 6292 7718, they reprint free next day. Service recovery ok.
        Quote came in fast but installation kena delay 2 weeks because mall approval. Not their fault la, but should tell us earlier. 3/5.
        Boleh tahan! Papan tanda kedai makan kami nampak cantik waktu malam, LED terang. Cuma the sealant a bit messy at the corner.
        Very pro, they handled the MBPJ permit for us, we don't need to go council ourselves. Worth the RM380 service fee, jimat masa.
        Avoid. Paid deposit RM1,500 in March, until now signboard no show. Company phone always no answer. Will go Tribunal Tuntutan Pengguna.
        老板 very patient, changed the design 5 times for free. 中文 part font look nice, balance with the Malay wording required by DBKL.
        Ordered 20 roll-up banners for our roadshow at VivoCity, all delivered on time with carry bags. Print sharp, no banding. Will order again.
        Their neon sign for our cafe at Tiong Bahru is very Instagrammable, customers always take photo with it. Pricey but shiok.
        Got charged extra S$150 for 'night work' which was not in the quotation. Disappointed. Please state all surcharges upfront lor.
        Kedai ni recommended! Buat sticker lori untuk syarikat logistik kami, tahan panas dan hujan, dah 2 tahun tak tanggal.
        Ah Huat Signboard Trading at Geylang Lor 21 still the best for traditional 招牌, the gold leaf work very fine, old school quality.
        Review for Sinar Papan Tanda Enterprise, Kota Bharu: harga berpatutan, siap cepat, tapi parking susah depan kedai. Overall 4/5.
    """),
    ("zh-Hans", "报价单"): _lines("""
        报价单编号 QT-2027-0156：3D亚克力发光字，高度 40cm，共 12 字，单价 RM260，小计 RM3,120，含安装及电线接驳。
        不锈钢钛金字 1.2mm 厚，高度 30cm，每字 RM180；镀玫瑰金另加 15%。交货期：设计确认后 14 个工作日。
        灯箱招牌（双面，铝框，LED 模组）尺寸 1.5m × 0.8m，每个 RM1,680，外州安装另收交通费 RM200。
        帆布横幅 440gsm，每平方尺 RM3.50，最少收费 RM40；加急 4 小时出货另收 RM20，设计稿请提供 PDF 格式。
        市议会招牌准证申请服务费 RM380（含图纸及效果图），政府准证费按平方米另计，以市政局收据为准，批准后我们会把准证编号发给贵公司存档。
        付款方式：确认订单付 50% 订金，安装前付 40%，完工验收后 7 天内付清余款 10%，可用 DuitNow 转账至公司户口。
        本报价有效期 30 天，价格未含 SST 8%。如需在商场夜间施工，每晚另加 RM200 附加费；周日及公共假期施工另议。
        旧招牌拆除及处理：6 米以内 RM300，如需吊车另计。拆除后墙面修补及油漆不包括在内，如需我方处理另行报价，旧料由我方运走。
        铝塑板（ACP）底板 4mm，银色 PVDF 涂层，每张 4×8 尺 RM168，按实际用量计算，余料归客户，切割及折边加工费已包含在单价内。
        霓虹灯字（硅胶软管）客制化，每尺 RM28，含亚克力背板及 12V 变压器，户外防水版每尺 RM36，可选暖白、冷白及 RGB 变色，另附遥控器。
        公司：明光招牌工程有限公司（SSM 202101034567），地址：雪兰莪州八打灵再也 Jalan SS 13/4 工业区 8 号，电话 03-5633 1208。
        备注：招牌上的马来文字体须大于中文，依照吉隆坡市政局（DBKL）指引设计，如被退件可免费修改一次，第二次修改起每次收取设计费 RM80。
        LED 模组采用三星 2835 灯珠，保修 12 个月；变压器采用明纬 Mean Well 品牌，保修 24 个月，保修期内上门维修免人工费，仅限巴生谷地区。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Quote request from Mr Kelvin Goh Wee Liang, mobile 9173 4482, for a small lightbox for his home-based bakery at Blk 512 Bedok North Ave 2 #08-117.
        Customer Priya d/o Ramasamy (NRIC S8734521F) signed the deposit acknowledgement for S$1,200 on 12 Jan; balance due upon installation.
        Please don't call my wife about the signboard balance, she doesn't know I borrowed from a moneylender to open the shop. - Desmond Lau
        Installer Muthu Krishnan fell from the ladder at the Yishun site and fractured his left wrist; MC for 14 days, WICA claim to be filed by Friday.
        Refund to Nurul Ain binti Zakaria, Maybank acc 1621 4409 8827, RM850 for her cancelled wedding reception banner order.
        Site contact: Mdm Ho Siew Lan, 9662 8103, she stays in the unit above the shop, call before 9am as she works night shift at the hospital.
        Collect payment from the customer with NRIC S7623418B, cheque bounced twice, do not accept cheque from him again.
        Email from jasmine.tan.wl88@gmail.com: pls send the revised banner proof to this personal email, not my office one.
        Our sales guy Ivan Chua is on no-pay leave after his divorce hearing, pls route his quotes to the office line until further notice.
        Delivery to 27 Jalan Kemuning 5, Taman Kemuning Utama, 41200 Klang (customer's house), recipient Lim Ah Kow, 012-678 3341.
        2027-01-09,INV-SG-0331,Rajesh Pillai,rajesh.pillai77@hotmail.com,+65 8234 9910,Box-up letters,S$3480,PAID
        Car SJK 4821 M at the loading bay is the customer's private car; owner Mr Benjamin Ong asked us to call him to move it before the lorry comes.
        Worker Rahim bin Osman's December salary is S$2,150 basic plus S$420 OT; deduct S$300 advance he took for his mother's surgery.
        Customer Sharon Yeo is 7 months pregnant and cannot come to the workshop, so please courier the sample plate to her flat in Punggol Field.
        FIN G7823019N - Bangladeshi installer, work permit expiring 3 Mar 2027, passport no. EB0923417, staying at the Tuas South dormitory.
        Landlord's consent letter signed by Mr Tay Boon Keng, owner of 14 Lorong 27 Geylang, NRIC S6512038E, dated 5 Jan 2027.
        Complaint: your installer scratched my car SGX 2318 K while unloading, I have dashcam photos. Contact me at 8812 6094. - Aaron
        Mr Farid Hakim still owes RM4,300 for the pylon sign since August; he said his business collapsed and Ah Long are chasing him.
        Photo attached: customer Wong Mei Ling holding the cheque and her IC at the counter, saved as IMG_20270112_wongmeiling_IC.jpg
        HKID K382915(4) - Hong Kong client Mr Cheung Ka Wai, 3 neon signs for his Causeway Bay bar, ship to his flat in Tai Koo Shing.
        Apply council permit under the owner's name: Sivakumar a/l Rajoo, MyKad 780415-08-5513, trading as SK Curry House, Ipoh.
        Urgent: Mr Daniel Sim Jun Hao needs an 8ft x 3ft banner tonight for his father's funeral wake at Blk 233 Ang Mo Kio Ave 3.
        Hi it's Melissa, my number changed to 9047 2286, pls update it for the signage deposit refund. Thanks!
        Kenneth from the Jurong job called in sick again, says he has chest pain and is going to NUH for a heart scan, pls get a replacement.
        Taiwan buyer Lin Chia-jung, ID A223847561, paid NT$18,000 deposit for a custom neon sign shipped to her apartment in Da'an District, Taipei.
        Do not install for Mr Edwin Koh - police came asking about him last week, he was arrested for cheating and his deposit cheque looks suspicious.
    """),
    "mixed": _lines("""
        Eh bro, Ah Seng the welder kena hospitalised for dengue lah, this week cannot fabricate the frame. His HP 9321 7755 if you want to ask him.
        Boss, Puan Rohana's deposit RM2,000 dah masuk CIMB, but she say her husband nak cerai so the signboard nanti tukar to her own name.
        陈先生 call again about the lightbox, his number 016-882 4413, he very angry say we spoil his wall. Pls call back before 5pm.
        Invoice to 林太 at 23 Jalan SS 2/55, Petaling Jaya (her house, not the shop), amount RM1,180, she pay cash on delivery.
        Aunty Lucy's son borrowed money from us for the signboard, still owe RM3,500, she say jangan bagitau her husband.
        阿明 the installer's MyKad 900722-10-6127, need for the mall contractor pass, pls submit by Friday ya.
        Customer Mr Lee Chong Meng punya Public Bank cheque no. 004512 bounce, acc 3178 2290 14, kena charge RM10 bank fee.
        Kak Yati (Norhayati binti Samad) nak banner birthday anak dia, hantar ke rumah No. 8 Lorong Mawar 2, Taman Sri Muda, Shah Alam. Tel 019-356 8820.
        GM say terminate 小黄 (Wong Kok Hwa) effective 1 Feb, last drawn salary RM2,800, don't tell the other workers first.
    """),
    "ms": _lines("""
        Encik Hafiz bin Rosli, No. K/P 880214-10-5531, memohon permit papan iklan untuk kedai dobi di Seksyen 7, Shah Alam.
        Sila hubungi Puan Siti Aminah di talian 013-442 7719 untuk pengesahan waktu pemasangan papan tanda esok pagi.
        Pekerja kami, Azman, sedang cuti sakit kerana menjalani rawatan kemoterapi; kerja pemasangan di Kajang ditangguhkan.
        Bayaran balik deposit RM600 kepada Encik Zulkifli Ahmad ke akaun Bank Islam 1208 0150 3327 91 akan dibuat dalam 7 hari.
        Alamat penghantaran: Pn. Rosnah binti Ismail, No. 45, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang, Selangor.
        Aduan daripada Encik Kamarul: pekerja kami mengambil gambar anak perempuannya di rumah tanpa izin semasa mengukur pagar. Sila siasat.
        Borang tempahan: Nama: Nor Azlina binti Hassan | Tel: 012-905 3348 | E-mel: azlina.hassan82@yahoo.com | Item: Banner majlis tahlil arwah bapa.
        Pelanggan Encik Roslan ditahan polis minggu lepas atas kes dadah, jadi baki RM2,500 untuk papan tanda kedainya masih belum dibayar.
    """),
    "zh-Hans": _lines("""
        客户黄志强先生，身份证号 440106198503124517，订购广州门店灯箱招牌两套，样板先寄到天河区体育西路他的住所。
        张太太说她丈夫上个月中风住院，招牌尾款 RM1,900 要延迟到三月才能付，请财务先别催她。
        安装师傅阿杰的手机 012-773 5589，明天早上八点直接到客户家拿钥匙再去店面。
        新加坡客户陈美玲，NRIC S8823456C，电邮 meiling.chen.sg@gmail.com，订购 20 面展会横幅。
        李先生的车牌 WXY 8823 停在客户店门口挡住了吊车，请他尽快移车，电话 017-218 4460。
        工人老郑欠公司 RM5,000 借款，每月从薪水扣 RM500，本月薪水 RM2,600 扣后实发 RM2,100。
        澳门客户何家俊先生，澳门身份证 5217683(2)，招牌订金 MOP 8,000 已转入公司中国银行账户。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a quoting assistant for a Singapore signage company. Be concise and quote in SGD.",
        ),
        (
            "user",
            "Hi, I'm Grace Lim, running a home-based cake business from Blk 118 Rivervale Drive #05-342. Can I put a small acrylic sign at my HDB door? My number is 9382 1146.",
        ),
        (
            "assistant",
            "Hi Grace, a small acrylic nameplate (A4 size) starts from S$85. For HDB corridors, signs should not obstruct the common area and the Town Council may have rules on this, so please check with them first. Would you like a quote sent to 9382 1146?",
        ),
        ("user", "Yes please, and make the wording 'Grace Bakes - orders by WhatsApp only'."),
        (
            "assistant",
            "Noted. Quote: A4 3mm white acrylic with UV print, 'Grace Bakes - orders by WhatsApp only', S$85 incl. double-sided tape mounting. Lead time 5 working days.",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk syarikat papan tanda di Selangor."),
        (
            "user",
            "Tolong tulis surat permohonan permit papan iklan kepada MBPJ. Nama pemohon: Mohd Faizal bin Abdul Karim, No. K/P 830927-10-6235, kedai gunting rambut di No. 3, Jalan SS 21/37, Damansara Utama.",
        ),
        (
            "assistant",
            "Baik. Draf: Tuan, Saya Mohd Faizal bin Abdul Karim (No. K/P 830927-10-6235), pemilik kedai gunting rambut di No. 3, Jalan SS 21/37, Damansara Utama, ingin memohon permit papan iklan berlampu berukuran 3m x 0.9m. Bersama ini disertakan lukisan, gambar simulasi dan surat kebenaran pemilik premis.",
        ),
        ("user", "Terima kasih, tambah juga nombor telefon saya 012-338 7190."),
        (
            "assistant",
            "Sudah ditambah di bahagian akhir surat: Untuk sebarang pertanyaan, sila hubungi saya di 012-338 7190. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "system",
            "你是招牌公司的财务助理。客户资料：郑国华，电话 016-552 9084，订单 KL-0921，订金 RM3,000 未付，住址 Taman Desa, 58100 Kuala Lumpur，Jalan Desa Bakti 17 号。",
        ),
        ("user", "帮我写一条 WhatsApp 提醒郑先生付订金，语气客气一点。"),
        (
            "assistant",
            "郑先生您好，这里是招牌公司财务部。关于订单 KL-0921 的订金 RM3,000，目前尚未收到，烦请您在本周五前安排转账，以便我们如期开工。如已付款请忽略此讯息，谢谢！",
        ),
        ("user", "好，发到他的号码就行。"),
    ],
    [
        (
            "user",
            "Can help me write message to customer? Uncle Tan Ah Beng still owe us S$2,400 for the shop signboard since Oct, he say his son in ICU so cannot pay now. His HP is 9716 5523.",
        ),
        (
            "assistant",
            "Sure, here is a gentle version: Hi Uncle Tan, hope your son is recovering well. Just a friendly reminder about the balance of S$2,400 for the shop signboard. If it helps, we can split it into 3 monthly payments. Please let us know what works for you. Take care.",
        ),
        ("user", "Ok good, can add our PayNow UEN 201734567K also."),
        (
            "assistant",
            "Added: You may pay via PayNow to UEN 201734567K, using your invoice number as reference. Thank you, Uncle Tan.",
        ),
    ],
    [
        ("system", "You help a signage installer handle customer disputes politely and factually."),
        (
            "user",
            "A customer, Mr Jeremy Chan, says our team dented his car SLB 7730 G while unloading at Serangoon Gardens. He sent me his NRIC S7934612A and wants S$900. What should I reply?",
        ),
        (
            "assistant",
            "Thank him for reporting it and ask for dated photos and the workshop quotation. Check your crew's account and any CCTV before admitting liability. Avoid asking for more personal details than needed; his NRIC is not required to process the claim, so you can tell him you will not store it.",
        ),
        ("user", "Ok, draft the reply for me."),
        (
            "assistant",
            "Dear Mr Chan, thank you for letting us know about the damage to SLB 7730 G. Could you send us the photos and the workshop quotation? We are checking with our installation team and will revert within 3 working days.",
        ),
    ],
    [
        ("system", "你是香港招牌公司的客服助理，用繁體中文回答。"),
        (
            "user",
            "我叫周志明，香港身份證 Y526381(9)，想在旺角西洋菜南街的舖頭做一個霓虹燈招牌，另外想寄報價到我屋企：沙田第一城 23 座 18 樓 C 室。",
        ),
        (
            "assistant",
            "周先生你好！霓虹燈招牌需先確認尺寸及是否屬於屋宇署「小型工程監管制度」範圍。報價會寄到沙田第一城 23 座 18 樓 C 室。另外報價不需要身份證號碼，我們不會保存。",
        ),
        ("user", "好，尺寸大約 2 米乘 0.6 米，要紅色字。"),
        (
            "assistant",
            "收到。2m x 0.6m 紅色 LED 霓虹字，連亞克力背板及安裝，參考價 HK$12,800 起，師傅上門度尺後確認最終價錢。",
        ),
    ],
    [
        ("system", "You are an HR and safety assistant for a Malaysian signage contractor."),
        (
            "user",
            "Need to file an accident report. Worker: Suresh a/l Manogaran, MyKad 920316-07-5581, fell from scaffolding at Sunway Pyramid on 9 Jan, broke two ribs, admitted to Sunway Medical Centre.",
        ),
        (
            "assistant",
            "Here is a draft for the SOCSO (PERKESO) notification: Employee Suresh a/l Manogaran, MyKad 920316-07-5581, fell from scaffolding during signage installation at Sunway Pyramid on 9 January, sustained two fractured ribs and was admitted to Sunway Medical Centre. Please also report to DOSH if required.",
        ),
        (
            "user",
            "Thanks. Also his wife's number for emergency contact is 011-2094 6637, add it in.",
        ),
        ("assistant", "Added: Emergency contact (spouse): 011-2094 6637."),
    ],
    [
        (
            "system",
            "You are a CRM assistant. Customer table: id,name,phone,email,job,balance | C-118,Hui Min Teo,8127 4456,huimin.teo@outlook.com,Box-up letters Tiong Bahru,S$0 | C-119,Azhar Bin Yusof,9234 0981,azhar.yusof@gmail.com,Lightbox Bedok,S$1,750",
        ),
        ("user", "Which customers still have a balance?"),
        (
            "assistant",
            "Only C-119, Azhar Bin Yusof (9234 0981, azhar.yusof@gmail.com), has an outstanding balance of S$1,750 for the Bedok lightbox job.",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu saya tulis e-mel aduan kepada syarikat banner. Saya Nadia binti Hamzah, tel 017-665 2031. Banner untuk kenduri kahwin saya salah ejaan nama suami, Muhammad Irfan jadi Muhamad Irfan.",
        ),
        (
            "assistant",
            "Baik, berikut draf e-mel: Tuan/Puan, saya Nadia binti Hamzah ingin membuat aduan berkenaan banner kenduri kahwin yang ditempah. Nama suami saya, Muhammad Irfan, telah tersalah eja sebagai Muhamad Irfan. Saya memohon banner dicetak semula tanpa caj tambahan sebelum majlis. Sila hubungi saya di 017-665 2031.",
        ),
        ("user", "Boleh tambah tarikh majlis, 14 Februari, di Dewan Orang Ramai Taman Melawati."),
        (
            "assistant",
            "Sudah ditambah: Majlis akan berlangsung pada 14 Februari di Dewan Orang Ramai Taman Melawati, jadi banner perlu siap selewat-lewatnya 12 Februari.",
        ),
    ],
    [
        (
            "system",
            "You fill in signage permit forms for a Singapore sign company. Fill only the fields the user gives.",
        ),
        (
            "user",
            "Owner: Ong Siew Hoon, NRIC S7045123J, shop at 62 Tanjong Pagar Road. Home address for correspondence: 7 Jalan Kembangan, Singapore 419011. Sign: 2.5m x 0.6m, non-illuminated.",
        ),
        (
            "assistant",
            "Form filled: Applicant name: Ong Siew Hoon | NRIC: S7045123J | Premises: 62 Tanjong Pagar Road | Correspondence address: 7 Jalan Kembangan, Singapore 419011 | Sign size: 2.5m x 0.6m | Illumination: None | Conservation area: Yes (Tanjong Pagar), URA signage guidelines apply.",
        ),
        (
            "user",
            "Good. Also she's 72 and uses a wheelchair, so site inspection should be on ground floor only, pls note.",
        ),
        (
            "assistant",
            "Noted in remarks: Applicant is 72 and uses a wheelchair; please arrange any site meeting at ground level.",
        ),
    ],
]
