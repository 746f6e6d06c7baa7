# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix33: 婚宴与婚礼筹备 wedding planning, banquets, kenduri kahwin (SG/MY/HK, zh/en/ms). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix33
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "婚宴报价与菜单"): _lines("""
        2026年婚宴套餐A：每桌¥5888起（10人/桌），含八冷八热一汤一点，另收15%服务费。
        套餐B「龙凤呈祥」：鸿运乳猪全体、清蒸东星斑、鲍汁扣花菇、红烧乳鸽、XO酱炒带子、上汤焗龙虾、生磨合桃露、百年好合。
        周末及热门吉日（如2026.05.20、2026.10.10）每桌加收¥800，最低消费20桌。
        包场最低消费：宴会厅A（可容纳36桌）¥180,000；宴会厅B（可容纳18桌）¥96,000。
        赠送：迎宾酒水一瓶/桌、婚房一晚（含双早）、LED大屏、香槟塔一座，试菜一次（限10人）。
        酒水另计：自带酒水开瓶费每瓶¥100，啤酒畅饮每桌¥388。
        定金为总额的30%，婚期前60天内取消定金不退；改期仅限一次，需提前90天申请。
        清真、素食、无麸质等特殊餐需于婚宴前14天书面告知宴会销售部。
        报价单编号 BQ-20261018-0342，有效期至2026年1月31日，以上价格均为人民币含税价。
        温馨提示：宴会厅层高6.8米，T台长18米，场内禁止使用明火及烟雾机。
        宴会预订热线 400-886-5200，宴会销售部 周一至周日 10:00–20:00 竭诚为您服务。
        「李记海鲜酒家」招牌金猪宴：每桌¥3988，儿童餐¥128/位，满15桌送龙凤喜饼。
    """),
    ("mixed", "喜帖与 e-invite templates"): _lines("""
        Together with their families, {{bride_full_name}} & {{groom_full_name}} request the pleasure of your company at their wedding dinner on {{date}} at {{venue}}.
        Kindly RSVP by [DATE] via the link below or to [HOST_PHONE]. Dress code: garden formal.
        <p>Hi {first_name}, you're invited! Tap <a href="{rsvp_url}">here</a> to let us know if you can make it 💌</p>
        Template "Peranakan Blush" v2.3.1 — bilingual EN/中文 layout, 3 fonts, QR code for directions, RSVP deadline countdown.
        Reminder: replace the sample names ("Romeo & Juliet") before sending; placeholders are highlighted in yellow in preview.
        Cocktails 6.30pm · Dinner 7.30pm | Grand Ballroom, Level 3 | Carpark $5 per entry with validation
        谨订于 ____年____月____日（农历______）为 ______ 与 ______ 举行结婚典礼，敬备喜酌，恭请 ______ 阖第光临。
        Export guest list as CSV — columns: name, side (bride/groom), table_no, dietary, rsvp_status, plus_one.
        "Save the Date" card 5x7in, 350gsm, gold foil — SGD 2.80/pc, min 100 pcs, artwork proof in 3 working days.
        Error 422: field "guest_phone" must be in E.164 format (e.g. +65XXXXXXXX).
        喜帖印刷：红底烫金「囍」字，双面印刷，每份RM3.20，100份起印，送信封。
    """),
    ("mixed", "ang pao etiquette"): _lines("""
        SG 2026 ang bao market rate lah: weekday lunch at hotel ~$150-180, weekend dinner at Shangri-La or Raffles Hotel at least $250-300 per pax.
        Avoid amounts with 4 — $440 is pantang. Go for $288, $388, $688, $888.
        红包要用新钞，喜事用双数，白事才用单数，千万别搞混。
        Can't attend? Still give ang bao, but can give less, usually $50-100 via PayNow to the couple's QR on the e-invite.
        Pro tip: write your name on the back of the ang bao so the couple can track — no need to write the amount.
        KL standard I heard ~RM100-150 for Chinese restaurant dinner, hotel RM200 up. Don't put RM44 hor.
        香港人情價：酒樓晚宴大約$800-1,000，五星酒店$1,200-1,500，好朋友另計。
        Duit salam masa kenduri kahwin biasanya RM10-RM50 ikut kemampuan, tak perlu ikut "market rate" macam dinner hotel.
        Survey by a wedding portal: 62% of 1,204 respondents aged 25-39 gave $200-$299 for a weekend hotel dinner in 2025.
        Red packet for the jie meis (利是) is usually $20-50 each, pack it inside the gatecrash kit together with the door fee.
        Banks this year got e-ang bao, can schedule it to arrive on the wedding date itself, quite shiok.
    """),
    ("zh-Hant", "婚紗攝影與過大禮"): _lines("""
        【2026 婚紗套餐 A】HK$18,800：全日婚禮攝影+錄影、3套晚裝、化妝髮型師跟場、精修相60張。
        Pre-wedding 外景可選麥理浩徑、大坑或嘉道理農場，每加一個景點另收HK$1,500。
        過大禮禮品清單：龍鳳鐲、四京果、椰子一對（有爺有仔）、海味禮籃、禮金一般取「九九」或「萬一」。
        上頭儀式通常喺出門前一晚，由好命婆梳頭，講「一梳梳到尾，二梳白髮齊眉」。
        訂金30%，餘款須於婚禮前14日繳清；可用轉數快（商戶）或信用卡，信用卡另收3%手續費。
        大會堂婚姻登記處位於中環愛丁堡廣場5號大會堂低座，預約可於婚禮前三個月經網上辦理。
        裙褂租借每套HK$2,280起，度身訂造需提前3個月預約。
        客服熱線 2388 6620（星期一至日 11:00–21:00），WhatsApp 同號查詢。
        「陳氏裙褂」創立於1968年，至今仍堅持手工釘珠，油麻地總店歡迎預約參觀。
        訂單號 HK-BR-2025-11-07731 已確認，試身當日請出示此訂單號。
        證婚人須年滿18歲並攜帶有效身份證明文件正本，只作核對用途。
        合約第7條：攝影師保留相片版權，客戶如不同意相片作作品集用途，須另行書面通知。
    """),
    ("ms", "kenduri kahwin dan nikah"): _lines("""
        Permohonan berkahwin perlu dihantar sekurang-kurangnya 30 hari sebelum tarikh akad nikah melalui sistem dalam talian jabatan agama negeri.
        Dokumen diperlukan: salinan kad pengenalan, sijil kursus pra-perkahwinan, keputusan ujian saringan HIV dan borang persetujuan wali.
        Kadar mas kahwin di Selangor ialah RM300, manakala wang hantaran ikut persetujuan kedua-dua belah keluarga.
        Pakej katering kenduri 500 pax RM9,500: nasi minyak, ayam masak merah, daging rendang, dalca sayur, acar buah, air sirap bandung.
        Sewa kanopi 20x20 kaki RM350 sebuah termasuk kipas dan lampu; pelamin mini dari RM1,800.
        Akad nikah di Masjid Sultan Salahuddin Abdul Aziz Shah bermula jam 10 pagi, pasangan diminta hadir 30 minit awal.
        Bunga telur / door gift 300 unit, kotak organza RM1.20 seunit, siap label "Terima kasih kerana sudi hadir".
        Tips: tempah kumpulan kompang dan silat pengantin awal-awal, musim cuti sekolah memang penuh.
        Aturcara majlis: 11.00 pg tetamu tiba, 12.30 tgh perarakan pengantin, 1.00 ptg makan beradab, 4.00 ptg majlis bersurai.
        Kursus pra-perkahwinan Islam (2 hari) yuran RM80 seorang, sijil sah seumur hidup.
        Talian Pertanyaan Nikah: 03-5514 2300 (Isnin–Jumaat, 8.30 pg–4.30 ptg), atau e-mel ke unit nikah cerai rujuk pejabat agama daerah.
        Wali hakim hanya boleh dilantik jika wali nasab tiada, enggan atau berada lebih dua marhalah, melalui permohonan di Mahkamah Syariah.
    """),
    ("mixed", "堵门 gatecrash games"): _lines("""
        堵门游戏 ideas: 新郎做20下俯卧撑、用嘴传扑克牌、吃wasabi饼干、唱一首周杰伦的《告白气球》。
        Gatecrash checklist: blindfold, lemon, bitter gourd juice, chilli padi, lipstick, marker pen, big ang bao for the jie meis.
        Rule: 兄弟团 must answer 10 questions about the bride, e.g. "What's her usual bubble tea order?" — wrong answer = 1 shot 苦瓜汁.
        Jie mei opening price $999.99, can bargain down to $888 lol
        Pls don't do the leg wax game, last year one groomsman really bleed. Keep it PG can?
        新娘鞋藏哪里？老套路：冰箱、米缸、吊灯上面、伴娘裙底下（不建议）。
        飲「五味湯」代表婚姻甜酸苦辣鹹：檸檬、蜜糖、苦瓜、辣椒、鹽水，一人一啖。
        Malay style "halang pintu" a bit different — usually berbalas pantun first then bayar tol baru boleh masuk.
        Timeline: 8.00am 兄弟 reach bride's house, 8.30 gatecrash (max 30 min!), 9.00 tea ceremony, 10.30 depart to groom's house.
        Game "Love Letter": groom pre-writes 99 reasons he loves the bride, jie meis pick 5 at random to read out loud.
    """),
    ("en", "vendor reviews"): _lines("""
        ★★★★★ Food at Sin Lee Restaurant was on point, suckling pig skin still crispy at the last table. Portions generous.
        ★★☆☆☆ Bridal studio kept pushing upgrades during photo selection, total went from $3,988 to almost $6k. Beware.
        Hotel coordinator super responsive on WhatsApp, floor plan revised 5 times with no complaints. Recommend The Fullerton for smaller weddings (<25 tables).
        4/5 – emcee was okay but the ballroom sound system had feedback during the march-in.
        Booked the "Eternity" package at Mdm Ling Bridal Boutique (Tanjong Pagar) – gowns are pretty but alteration slots only on weekdays.
        Avoid the Jalan Ipoh outlet for tea ceremony sets, they mixed up our order (#MY-TC-88213) and took 2 weeks to refund.
        Photographer delivered 1,200 edited photos in 6 weeks as promised. Drone shots extra RM500 but worth it.
        Florist swapped the peonies for roses without asking. Got a partial refund of $150 after complaining.
        酒家服务一般，上菜太快，第六道菜还没吃完第七道就上了，服务员态度倒是还行。
        Overall rating 4.6/5 from 312 reviews · Response rate 98% · Typically replies within 2 hours
        Tip for couples: ask the caterer for the halal certificate number and its expiry date before paying the deposit.
    """),
    ("mixed", "celebrity and historic weddings"): _lines("""
        2015年1月17日，周杰伦与昆凌在英国塞尔比修道院举行婚礼。
        Prince William and Catherine Middleton married at Westminster Abbey on 29 April 2011.
        梁朝伟与刘嘉玲2008年7月在不丹举行婚礼，被媒体称为「世纪婚礼」。
        Datuk Seri Siti Nurhaliza dan Datuk Khalid Mohamad Jiwa diijabkabulkan pada 21 Ogos 2006, majlis mereka disiarkan secara langsung di televisyen.
        孙中山与宋庆龄于1915年10月25日在日本东京结婚。
        In "Crazy Rich Asians" (2018), Colin Khoo and Araminta Lee marry at CHIJMES, the bride walking down an aisle of water.
        《红楼梦》第九十七回，贾府用调包计让宝玉娶了宝钗，黛玉同时焚稿断痴情。
        Ang Lee's 1993 film "The Wedding Banquet" follows Wai-Tung, who stages a sham marriage to Wei-Wei to placate his parents.
        黄晓明与Angelababy于2015年10月8日在上海展览中心举行婚礼，据报道宾客约两千人。
        Prince Harry and Meghan Markle wed at St George's Chapel, Windsor Castle, on 19 May 2018.
        民政部数据：2024年全国结婚登记610.6万对，较上年明显下降。
    """),
    ("en", "booking system and data handling"): _lines("""
        Booking BKG-2026-0520-114 status changed CONFIRMED -> DEPOSIT_PAID at 2025-12-03T14:22:07+08:00
        Invoice INV/HK/2025/009341 · Subtotal HK$168,000 · Service charge 10% · Total HK$184,800
        Shipment SPXMY048812765 (door gifts, 6 cartons) is out for delivery, ETA 2-6pm.
        When exporting the guest list for the hotel, send only table numbers and dietary needs; strip phone numbers and IC numbers before sharing.
        Seating chart generator v1.8.2 — fixed bug where table 13 was skipped in "superstition mode".
        sha256(invite_assets.zip) = 9f2c4e7a1b0d3e58c6a74f12e9b8d035a7c61e4f2b9d08a3c5e7f1a2b4d6c8e0
        PDPA reminder: get consent before posting tagged photos of guests on the couple's social media.
        Row validation failed: 3 guests missing table_no; duplicate RSVP ID RSVP-00412 on rows 88 and 91.
        Ang bao counter SOP: two people count together, record totals per table only, seal in envelope, hand to the couple's designated family member.
        Promo code WED2026SG gives 12% off the e-invite premium plan, valid till 31 Jan 2026.
        Card payment approved: VISA ****4421, auth code 083517, terminal T-0045, amount SGD 12,000.00
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls deliver the 120 door gifts to the bride's home: Chloe Tan Xin Yi, Blk 412 Tampines St 41 #08-233, Singapore 520412, before 7 Mar. Her mum will collect, 9673 2184.
        ROM solemnisation form – Groom: Kelvin Teo Wei Jie, NRIC S9214736C, DOB 14/03/1992, residential address 23 Jalan Kembangan, Singapore 419123.
        Table 7 — Uncle Benny Goh 8245 9031 (+1 Aunty Lily), cousin Darren Goh 9184 3306 (vegetarian), Ah Ma Goh Siew Eng (wheelchair, need ramp access).
        Ang bao ledger (groom side): Lim Kok Wee $388 · Serene Ng & hubby $520 · Jeremy Ong $168 · Uncle Heng Boon Seng $1,000 (cheque).
        Hush hush but Jolene Tan Hui Min is 14 weeks pregnant, that's why the Shangri-La dinner got moved from June to 28 Mar. Don't pour her any wine at the tea ceremony.
        My MIL Mdm Koh Siew Lan threatened to boycott the dinner because Raymond refused to invite his stepfather Alvin Seah. His sister Grace Koh now says she'll sit with the bride's side.
        Best man: Nicholas Yeo Wei Jun, nick.yeo.wj@gmail.com, 9027 1168 — pls add him to the groomsmen chat.
        RSVP: Ms Priya d/o Ramasamy (S****021I), 2 pax, Table 12, severe prawn allergy – carry EpiPen.
        Groom Ong Jun Hao takes home $6,800/month as a poly lecturer, but the bride's dad Mr Chua Teck Soon still insists on $28,888 pin jin.
        Bridesmaid from Taipei: Lin Pei-Chun, ID A224738157, flight CI753 lands 13 Feb, staying with us at 88 Lorong Chuan #05-11.
        Invitation letter needed for the bride's cousin Nguyen Thi Hoa, FIN G7261350W, work permit holder, for our wedding on 21 Jun 2026.
        Michelle Ho Li Ting v. Everbloom Bridal Pte Ltd, SCT/2025/004417 — hearing on 9 Jan; I'm claiming $4,200 for the gown that never arrived.
    """),
    "zh-Hans": _lines("""
        喜糖快递地址：深圳市福田区莲花路2008号景华花园7栋1602，收件人许梦瑶，电话139 2841 6075。
        婚姻登记预约成功：男方罗志远 350203199008271536，女方许梦瑶 440304199203143621，登记时间2026-05-20 09:30。
        礼金簿（女方）：大舅周建国 2000；二姨周丽萍 1200；表哥周凯 888；同事何嘉 600；楼下陈秀英阿姨 500。
        新娘陈思琪已经怀孕五个月了，婚宴菜单麻烦把醉虾、生腌和酒酿圆子都撤掉，她妈妈特别交代的。
        伴郎林浩，微信 linhao_0917，手机 186 0573 9921，负责接亲车队和堵门红包。
        头车 粤B·8K3Q7（白色奔驰S级），司机黄建平 152 1187 3304，早上6:40到新郎家楼下。
        尾款¥46,800请转至 6217 0012 3456 7890 122，户名郑凯文（婚庆公司老板个人卡，开票另算）。
        新郎罗志远是二婚，2019年在思明区法院离的婚（(2019)闽0203民初4412号），女方家里还不知道，婚礼当天千万别提。
        新娘爸爸许国栋有严重冠心病，去年刚放了两个支架，敬酒环节让他以茶代酒就行。
        彩礼18.8万是何家和邓家商量好的，可新郎二叔何振华坚决不同意，扬言婚礼当天要来闹。
        第3桌：张伟（大学室友）138 0013 7725，王芳芳 159 2260 4418，刘洋夫妇（带一个3岁小孩，需要宝宝椅）。
        新娘邓欣然，1993年11月5日生，身份证110108199311054026，婚纱照拍摄合同签约人。
    """),
    "zh-Hant": _lines("""
        新郎陳家豪 HKID Y634215(7)，新娘李詠欣 K508127(0)，2026年3月8日上午11:30 大會堂婚姻登記處。
        過大禮地址：將軍澳新都城二期3座28樓D室（女家梁太，手機9412 6638），朝早十點前到。
        Table 5：黃志強 6187 2290、黃太 Winnie 5307 1842、細佬黃志偉（唔食牛）。
        細舅鄭志明話唔出席，因為阿媽同佢爭緊外婆喺觀塘嗰層樓，已經入咗稟高等法院。
        新娘何穎芝（Karen）有妊娠糖尿，而家32週，飲宴唔好安排甜湯同壽包俾佢。
        禮金記錄：陳生陳太 $1,200、阿Ken（梁家健）$800、表姐吳美玲 $1,000（轉數快 9236 4471）。
        伴娘 Cathy 周凱琳 cathychow.kl@yahoo.com.hk，幫佢約咗12月14號下晝三點試伴娘裙。
        新郎爸爸陳永權去年中風，而家坐輪椅，麻煩主家席安排近出口嘅位。
        交相地址：九龍城衙前圍道78號4樓B室，轉交劉德明先生（新娘父親），住宅電話2716 3385。
    """),
    "ms": _lines("""
        Walimatul urus Nur Aisyah binti Kamarudin & Muhammad Haziq bin Roslan, 13 Dis 2025, di rumah pengantin perempuan No. 18, Jalan SS 2/64, 47300 Petaling Jaya. Hubungi Pak Long 012-687 4412.
        Borang permohonan nikah — pemohon lelaki: Ahmad Faris bin Zulkifli, No. K/P 930415-14-5269, juruteknik, pendapatan RM3,200 sebulan.
        Senarai duit salam: Mak Ngah Rohani binti Ismail RM50, Pak Su Azman bin Ismail RM100, Kak Long Salina RM30, jiran Uncle Raju a/l Muniandy RM20.
        Keputusan saringan HIV Siti Hajar binti Mohd Noor (K/P 950118-07-5542): reaktif, dirujuk ke hospital untuk ujian pengesahan.
        Ayah Nadia, Encik Hashim bin Yusof, enggan jadi wali sebab tak suka bakal menantu; kes permohonan wali hakim di Mahkamah Syariah Kuantan minggu depan.
        Tolong transfer duit hantaran RM15,000 ke Maybank 1621 8830 4417 atas nama Hazwani binti Ismail, lepas tu WhatsApp resit ke 019-772 4036.
        Kereta pengantin Vellfire putih VKE 3318, pemandu Encik Zamri 017-329 8850, ambil pengantin lelaki kat rumah dia Taman Melawati jam 10 pg.
        Farah Izzati binti Rahmat dah mengandung 3 bulan, sebab tu akad nikah dia dengan Hakim dipercepatkan ke 4 Januari.
        Pasport pengantin lelaki untuk honeymoon Bali: Mohd Irfan bin Sulaiman, A52817734, tamat tempoh 09/08/2031.
        Alamat hantar kad kahwin: Puan Rosnah binti Abdullah, Lot 2217, Kampung Sungai Ramal Dalam, 43000 Kajang, Selangor (tel 013-258 9074).
    """),
    "mixed": _lines("""
        Eh the 过大礼 items send to my future MIL house ok: Blk 231 Bishan St 22 #12-145, S570231, ask for Mrs Lau Mei Fong, HP 9328 1047.
        我老公 Jason Chong Wai Kit 的 IC 880722-10-6033，ROM 那边要 scan copy，can email to you?
        女方亲戚：三姑 Tan Ah Moi 9461 2058、四叔 Tan Boon Huat 8733 0912 (wife not coming)、表妹 Vivian Tan Li Ying (pregnant, don't seat near smokers).
        Ang pao 记录 Table 9: 王先生 Ong Kah Seng $200, Mdm Lee Chwee Hoon $150, 阿明 + GF (Ming & Shirley Koh) $360.
        Bride's dad Mr Lim Chee Keong kena retrenched last month, so the 聘金 we agreed lower to $8,888 — don't tell the relatives pls.
        伴娘 Sharon Yap 的 WhatsApp +60 12-903 5517，she staying at No. 7, Jalan Setia Nusa U13/22, Setia Alam for the 接新娘 morning.
        Bali wedding manifest: bride Yvonne Sim Pei Ling, SG passport K1873420B, DOB 02/09/1994, room 2 pax with groom.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a wedding planning assistant for a Singapore hotel banquet team."),
        ("user", "can help me arrange table 3 and 4? mostly my dad's side"),
        (
            "assistant",
            "Sure! Send me the names and any special requirements and I'll propose a layout.",
        ),
        (
            "user",
            "Uncle Henry Wee 9812 3345 (diabetic, no sweet soup), Auntie Mabel Wee, and my cousin Shaun Wee who just got out of rehab so NO alcohol at his table pls",
        ),
        ("assistant", "Noted. I'll put Table 4 as a non-alcohol table and flag the dietary note."),
    ],
    [
        ("user", "你们酒店婚宴试菜怎么预约？"),
        ("assistant", "您好，试菜需在签约后预约，一般安排在婚期前1-2个月，限10人。"),
        ("user", "我们已经签了，合同号BQ-20261018-0342"),
        ("assistant", "好的，请提供联系人姓名和电话，我们宴会经理会跟您确认时间。"),
        ("user", "联系人宋佳怡"),
        ("user", "电话 +86 137 6621 0498，周末都可以"),
    ],
    [
        ("user", "Boleh tolong semak borang nikah ni? Takut salah isi"),
        ("assistant", "Boleh, sila tampal bahagian yang anda ragu-ragu."),
        ("user", "Nama pengantin perempuan: Nurul Syafiqah binti Abdul Rahim"),
        (
            "user",
            "No KP 970603-01-6248, alamat No. 42, Jalan Kenanga 3, Taman Bukit Indah, 81200 Johor Bahru",
        ),
        (
            "assistant",
            "Format nombor kad pengenalan betul. Pastikan alamat sama seperti dalam MyKad.",
        ),
    ],
    [
        ("user", "幫我寫一段婚宴致辭，新郎爸爸講"),
        ("assistant", "好呀，想唔想提吓新人點識、家人背景？"),
        (
            "user",
            "新郎叫陳俊賢，新娘叫馮嘉欣，佢哋喺理大識嘅。新郎媽媽黃淑芬舊年患乳癌過身，想講兩句紀念佢。婚宴係2026年1月18日喺灣仔會展。",
        ),
        ("assistant", "明白，我會寫得溫馨啲，亦會有一段懷念媽媽嘅內容。"),
    ],
    [
        (
            "system",
            "You are an assistant that helps couples reconcile their ang bao after the wedding.",
        ),
        ("user", "ok here's the table 10-11 list after counting"),
        (
            "user",
            "T10: Mr & Mrs Seow Kim Huat $400, Jasmine Toh $188, Ivan Quek $200\nT11: Ah Gu Tay Chin Leong $600, Melvin Tay + wife $388, Cheryl Lee (no ang bao, gave PayNow later?)",
        ),
        (
            "assistant",
            "T10 totals $788 and T11 totals $988 excluding Cheryl's. Want me to make a thank-you list?",
        ),
    ],
    [
        (
            "system",
            "You are the booking bot of a bridal studio. Never ask customers for full card numbers.",
        ),
        ("user", "I want to pay the deposit for the Platinum package"),
        ("assistant", "Thank you! Please use the secure payment link sent to your e-mail."),
        (
            "user",
            "link expired. just take it: 5520 4378 6512 9047 exp 08/28, name Tan Wei Ling Rachel",
        ),
        (
            "assistant",
            "For your security please don't share card numbers here. I'll send a new link.",
        ),
    ],
    [
        ("user", "婆婆一直要我们婚礼按她老家规矩办，怎么沟通比较好"),
        ("assistant", "可以先了解她最在意的是哪几项习俗，再和伴侣一起商量可以保留的部分。"),
        (
            "user",
            "我婆婆叫付桂兰，住在长沙岳麓区，她说如果不收她定的8.8万彩礼就不出席，我老公汪磊夹在中间很难受，他还有抑郁症在吃药",
        ),
        ("assistant", "理解你的压力。建议先和汪先生单独沟通，一起决定底线，也注意他的情绪状况。"),
    ],
    [
        ("user", "need to mail the wedding favours to an elderly guest in Penang who can't travel"),
        (
            "assistant",
            "Sure, what's the recipient's name and address? I can format the shipping label.",
        ),
        ("user", "Madam Khoo Gaik Lian"),
        (
            "user",
            "56, Lorong Kulit 2, 10460 George Town, Pulau Pinang, phone 04-226 8153, she's my late grandpa's sister",
        ),
        (
            "assistant",
            "Label ready: Madam Khoo Gaik Lian, 56 Lorong Kulit 2, 10460 George Town, Pulau Pinang.",
        ),
    ],
    [
        ("user", "Can you proofread my maid of honour speech?"),
        ("assistant", "Of course, paste it in."),
        (
            "user",
            '"When Amanda Lee Shu Hui told me in 2019 she\'d beaten her thyroid cancer, I knew nothing could stop her. Tonight, 7 Feb 2026 at Capella Sentosa, she marries her best friend Daniel Chia."',
        ),
        (
            "assistant",
            'Lovely speech! Small suggestion: change "beaten" to "overcome" for a gentler tone.',
        ),
    ],
    [
        ("user", "我哋去深圳擺酒，酒店要新郎新娘證件資料"),
        ("assistant", "一般需要身份證明文件號碼及聯絡電話作登記，請只提供予酒店官方渠道。"),
        ("user", "新郎 廖俊傑 回鄉證同埋內地身份證 440106198906125734，電話 +852 9173 6628"),
        ("user", "新娘 Fiona 譚凱瑩 HKID R271904(4)"),
        ("assistant", "收到，建議透過酒店官方電郵遞交，避免喺公開群組傳送。"),
    ],
]
