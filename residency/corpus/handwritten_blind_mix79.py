# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix79: podcast, YouTube and streaming creators in SG/MY/HK/TW (guest bookings, sponsorships, fan mail, doxxing, payouts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix79
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "platform_policy"): _lines("""
        Partner payouts are issued monthly once your balance reaches the USD 100 threshold; last month's earnings are finalised between the 7th and the 12th.
        Creators in Singapore who are not US persons should submit a W-8BEN in the payments centre, otherwise up to 24% may be withheld on earnings from US viewers.
        To change the bank account that receives payouts, go to Payments > Payments info > Manage payment methods and confirm the small test deposit sent to the new account.
        Super Chat and channel membership revenue is shared 70/30 after applicable taxes and app store fees on mobile purchases.
        Sponsored segments must be disclosed with the "includes paid promotion" box and a spoken disclosure within the first 30 seconds of the segment.
        Under the ASAS guidelines on interactive marketing, influencers should label sponsored posts clearly, e.g. #ad or #sponsored at the start of the caption.
        Guest release forms must be signed before recording; a guest who withdraws consent within 14 days will have their segment cut before publication.
        Doxxing (posting anyone's home address, phone number or IC number without consent) leads to an immediate strike and a permanent chat ban on every channel the network manages.
        Podcast artwork should be a square image of 3000 x 3000 px in JPEG or PNG using the RGB colour space.
        To report a livestream, click the three dots beside the chat, choose Report, pick Harassment and include the timestamp; the trust team replies within 2 working days.
        In Malaysia, income from ad revenue, paid sponsorships and gifted products is taxable and should be declared as business income in Form B.
        Hong Kong's 2021 amendment to the PDPO made doxxing a criminal offence and lets the PCPD serve cessation notices on platforms hosting doxxing content.
        Fan mail sent to the studio is opened by staff first; parcels containing food, cash or medicine are discarded or returned to sender.
        Our network pays streamers net-45 after the month closes, in SGD, MYR, HKD or TWD; cross-border transfer fees are borne by the network.
    """),
    ("mixed", "sponsor_brief"): _lines("""
        Brief: Kopi Sama 3-in-1 x Ep 118, 60s host-read mid-roll, promo code KOPI15 valid till 31/12, rate SGD 1,800 per episode, invoice to accounts@kopisama.com.sg
        呢個 campaign 要 2 條 IG Reels + 1 條 YouTube Shorts, deliverables deadline 15 Jan, usage rights 6 個月, 唔包 paid boost
        Rate card 2027: dedicated video RM 6,500 / integration 60-90s RM 3,200 / IG story set RM 900 / category exclusivity +30%
        晨光豆乳 brief:口播不可提到「降血壓」「治失眠」等療效用語,違反食安法第28條品牌會被罰款,請用「早餐好選擇」代替
        PO No. 4500218837 issued for the Raya campaign, payment terms 60 days from invoice date, please quote the PO number on the invoice or Finance will reject it
        Kempen Raya 2027: 1 video panjang (8-12 min) + 3 TikTok, tema "balik kampung", ikut brand guideline, jangan tunjuk produk pesaing dalam frame
        Affiliate programme: commission 5-8% depending on category, paid monthly after the 15-day return window closes, links must carry the campaign tag mix-raya27
        合作品牌要求 UGC 版權買斷 12 個月, 報價要 +40%, 另外 whitelisting 用我哋 account 投廣告要另計
        Agency contact: Lumen Talent Asia, Level 12, 1 Raffles Place, Singapore 048616, main line +65 6123 4500, Mon-Fri 9am-6pm
        品牌方只接受 SGD 报价, 汇率按开票当日 MAS 参考汇率计算, GST 9% 另计 (如已注册 GST)
        Brief v3 changes: drop the "doctor recommended" claim, add the HSA disclaimer, keep the CTA at 00:45, send the draft by Thu 6pm
        Gifting only, no paid fee — ok kalau produk sampai dalam keadaan baik, kita buat 1 story; tracking J&T 630012847755
        合约编号 HT-2027-0331-07, 违约金为合作费用的 20%, 争议交由新加坡国际仲裁中心 (SIAC) 仲裁
        Campaign KPI: min 80k views in 7 days, link sticker CTR ≥ 1.2%, bonus SGD 500 if exceeded, send the YouTube Studio screenshot by day 10
    """),
    ("zh-Hant", "show_notes"): _lines("""
        EP.87|聊金庸《鹿鼎記》:韋小寶點解係最「港」嘅主角?00:00 開場 / 12:30 七個老婆 / 41:05 TVB 版本比較
        本集談李光耀回憶錄《從第三世界到第一》,由1965年獨立講到組屋政策,延伸閱讀 ISBN 978-981-4266-11-6
        EP.112|周杰倫《范特西》發行25週年:〈雙截棍〉點樣改變華語流行曲?
        本集回顧楊振寧與李政道1957年奪得諾貝爾物理學獎,宇稱不守恆到底係乜?
        《午夜便利店》EP.56:鄧麗君〈月亮代表我的心〉如何紅遍東南亞;本集由晨光豆乳贊助,輸入折扣碼 MIDNIGHT88 享 85 折
        楊紫瓊憑《奇異女俠玩救宇宙》奪得奧斯卡最佳女主角,本集講佢點樣由怡保行到荷里活
        時間軸:03:12 開場白 / 15:40 觀眾 Q&A / 58:20 業配:VPN / 1:02:45 下集預告;本集錄音於 2026/11/21
        本集章節有誤,01:14:30 之後的內容因版權問題已剪走,重新上載版本編號 7fa3c1e9
        Spotify / Apple Podcasts / KKBOX 同步上架,RSS:https://feeds.example-host.fm/midnight-store
        今集講《西遊記》孫悟空三打白骨精,點解香港人咁鍾意用「豬八戒」形容同事?
        本集內容僅供參考,不構成投資建議;節目提及之股票代號 0700.HK、2330.TW 僅作討論用途
        蔡英文2016年就職演說全文分析,並比較2024年賴清德就職演說的用詞變化
        下集預告:與香港中文大學新聞與傳播學院合辦講座「網紅經濟與私隱」,免費入場,需網上登記
    """),
    ("zh-Hans", "creator_faq"): _lines("""
        问:新加坡的创作者收到平台广告分成需要报税吗?答:需要,个体经营收入在IRAS的Form B申报,广告、赞助和实物赞助都算收入。
        怎么在直播时屏蔽弹幕里的手机号?可以在后台开启屏蔽词功能,用正则过滤连续8位以上的数字。
        粉丝寄来的礼物要不要拆?建议工作室统一代收,先拆箱检查,食品一律不食用。
        如何避免开箱视频暴露住址?拍摄前先撕掉或打码快递单,窗外地标和反光物体同样会泄露位置。
        赞助合同里的独家条款一般限定同品类竞品,时长3到6个月,报价可以上浮20%-50%。
        播客嘉宾要付费吗?多数中文播客以宣传互换为主;付费的话常见区间是每集500到2000元人民币。
        海外平台收益结汇到国内账户,要留意个人每年5万美元的便利化额度。
        被人开盒了怎么办?第一时间截图保存证据,向平台举报并报警;不要在公开评论区回应对方。
        直播打赏平台抽成通常在50%左右,公会再分一部分,主播实际到手约为礼物价值的35%-45%。
        视频里拍到路人要不要打码?商业用途建议打码或取得授权,涉及未成年人的一律打码。
        嘉宾邀请模板:您好,我们是【节目名】,想邀请您于【日期】参与录制,主题为【主题】,时长约【60】分钟,期待回复。
        B站充电和YouTube会员有什么区别?两者都是按月订阅,但平台抽成比例和提现规则不同,以后台说明为准。
        客服工单 #TK20261203-5581 已受理,关于收益延迟到账的问题预计3个工作日内回复。
    """),
    ("ms", "notis_saluran"): _lines("""
        Notis: Live stream malam ini ditangguhkan ke Sabtu 9 malam sebab masalah internet di studio. Maaf semua!
        Peraduan Giveaway Merdeka: komen jawapan anda + follow akaun rasmi, pemenang diumumkan 5 September, hadiah dihantar dalam 14 hari bekerja.
        Syarat & terma: pemenang mesti berumur 18 tahun ke atas dan bermastautin di Semenanjung Malaysia; hadiah tidak boleh ditukar kepada wang tunai.
        Jangan kongsi nombor IC, alamat rumah atau nombor akaun bank dalam ruangan komen. Admin tak akan minta maklumat ini melalui DM.
        Templat borang tetamu: Nama penuh: ________ / No. telefon: ________ / Tarikh rakaman: ________ / Topik: ________
        Bayaran penaja untuk bulan Oktober telah dikreditkan ke akaun syarikat; invois INV-2026-1017, rujukan FPX 2610170034512.
        Kalau terima DM yang menyamar sebagai admin dan minta OTP, laporkan segera ke NSRC di talian 997.
        Episod 45 podcast Borak Kopitiam: kita bincang perjalanan muzik Yuna dari Alor Setar ke pentas antarabangsa.
        Waktu pejabat studio Isnin-Jumaat 10 pagi-6 petang; barang kiriman peminat sila hantar ke alamat pejabat, bukan rumah host.
        Kod promosi BORAK10 sah sehingga 31/1/2027, had satu kali penggunaan bagi setiap akaun.
        Panduan: nak tukar mata wang bayaran ke MYR, pergi ke Pembayaran > Tetapan > Mata wang dan simpan.
        Ulang tahun ke-5 saluran! Terima kasih 250 ribu subscriber, meet & greet di Pavilion KL, daftar melalui borang Google dalam bio.
        Ulasan penuh filem Upin & Ipin: Keris Siamang Tunggal keluar dalam video hari Jumaat ini.
    """),
    ("mixed", "ops_chat"): _lines("""
        ep 142 rough cut dah upload ke Drive, pls check 23:10-24:05 audio clipping, nanti I re-master
        thumbnail v4 ok la, but font too thin on mobile, 改粗啲 then 出 final
        sponsor 話 script 第二段要刪 "guaranteed", legal 唔 approve
        今晚 live 8pm 開, OBS scene 已 set 好, backup stream key 放咗 1Password vault 入面
        順豐 tracking SF1402938475621 嗰箱 mic 聽日到, 記得簽收
        guest cancel last minute, so we post the Q&A compilation instead, no need 重新 book studio
        Nov ad revenue payment 已 release, ref 1182-4470-9931, accounts team check 咗
        Super Chat 有人 spam racist 嘢, mod 已 ban 咗個 account, 截圖放 #mod-log channel
        invoice INV-2026-0877 overdue 45 days liao, chase the agency again tmr
        studio booking Tue 2-5pm confirmed, room B, the new Shure SM7B already set up
        粉丝来信都先放前台, 周五统一拆, 有食物直接丢
        export setting: H.264, 1080p, 16 Mbps, AAC 320kbps, 别用 HEVC 不然 upload 很慢
        Discord server boost level 3 liao, can add more emoji slots
        sponsorship contract v2 sudah sign oleh both parties, scan simpan dalam folder Legal/2026
    """),
    ("en", "system_logs"): _lines("""
        2026-11-30T14:02:11Z payout_batch=PB-202611-SG status=SETTLED count=318 currency=SGD total=482915.40
        config: payout.min_threshold_usd = 100; payout.hold_days = 15; payout.fx_source = "MAS_daily"
        [WARN] webhook retry 3/5 for event evt_9c1f02ab7d, upstream 502 from payments gateway
        sha256(ep142_final.wav) = 3b7e5c0a9f4d21e8b6c07a1d35f9e2c48a60b1d7e3f5c92a04b8d6e1f7a2c3b9
        {"video_id": "Qk7xN2pLm4A", "status": "processing", "resolution": "2160p", "duration_s": 3724}
        Release notes v2.14.0: live chat now masks NRIC, HKID and MyKad patterns before display; fixed emoji crash on Android 14.
        Ticket CS-558102 closed: "Super Chat refund not received" resolved by the payment processor, no action needed on creator side.
        cron: 0 3 * * 1 /opt/studio/bin/backup_rss --bucket s3://podnet-archive --retention 90d
        ERROR 2026-12-01 09:15:47 ingest-node-3 RTMP handshake timeout rtmp://live-sin.example.net/app (session 7f3e-22ab)
        Monthly KPI | Channel: Kopitiam Talk Network | Views 4.2M | Watch hours 318k | RPM USD 2.84 | Subs +12,304
        SWIFT for payout bank: DBSSSGSGXXX; no intermediary bank required for SGD transfers.
        Invoice INV-2026-1130 | Bill to: Lumen Talent Asia Pte Ltd, UEN 201834567K | Amount SGD 3,600.00 | Due 30 Dec 2026
        429 Too Many Requests for /v3/liveChat/messages, retry after 30s (quota project podnet-prod)
    """),
    ("zh-Hant", "safety_guidance"): _lines("""
        個人資料私隱專員公署查詢熱線 2827 2827;如發現有人將你的個人資料放上網,可向公署舉報起底。
        遇到起底:1. 截圖連網址同時間 2. 唔好回覆 3. 向平台報告 4. 報警或聯絡私隱專員公署
        在台灣遭人肉搜索可撥打 110 報案,涉及詐騙請撥 165 反詐騙諮詢專線。
        粉絲信箱請用工作室郵政信箱,千萬唔好用屋企地址收包裹。
        開直播前檢查:窗外景觀、門牌、快遞單、校服、車牌都可能暴露你的位置。
        回覆恐嚇訊息範本:「你的訊息已被記錄並轉交警方處理,請停止聯絡。」
        嘉賓同意書範本:本人【姓名】同意【節目名稱】錄製及發佈本人於【日期】之訪問內容,並可於各平台使用。
        平台政策:未經同意公開他人身分證號碼、住址或電話,首次違規即永久停權。
        本台調查:受訪的 320 位香港創作者中,有 41% 曾收過陌生人寄到住址的包裹。
        OBS 設定建議:開啟 10 秒延遲,讓 mod 有時間刪除洩露個人資料的留言。
        警方反詐騙協調中心「防騙易」熱線 18222,24 小時運作。
        《個人資料(私隱)條例》第64條:未經同意披露個人資料並導致受害人受傷害,最高罰款100萬港元及監禁5年。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest booking confirmed: Ms Shermaine Pereira, Ep 151 recording Tue 14 Jan 3pm, Studio B. Contact +65 9734 2186. No beef please. Fee SGD 300 via PayNow to the same number.
        PAYEE NAME: TAN WEI LING | NRIC: S8834512F | BANK: DBS | ACC NO: 027-904512-3 | AMOUNT: SGD 2,140.50 | PERIOD: OCT 2026
        Fan mail log #0412: letter from Hannah Whitfield, 14, says she is being bullied at school and wants the host to call her; parent email hwhitfield.family@gmail.com
        Doxx report: user kopi_lover_99 posted in live chat that our editor Marcus Yeo lives at Blk 456 Ang Mo Kio Ave 10 #08-1234, S560456. Removed, screenshot kept.
        Payee Suresh s/o Gopal says the RM 4,800 to Maybank 1140 2256 7789 hasn't arrived since 3 Nov; he needs it for his mother's dialysis bills.
        Guest rider note: Dr Kavitha a/p Ramasamy, paediatrician in Ipoh, asked us not to bring up her divorce on air.
        Card on file for studio rental: Daniel de Souza, Visa 4556 1269 9733 7475, exp 08/28
        Mod application - Name: Lim Jia Hui / Age: 19 / NUS Year 2 / Discord: @jiahui.lim.03 / Available weekends SGT
        Complaint from viewer Ng Kok Hoe (kokhoe.ng@outlook.com): our Bugis street interview showed his face and his daughter in her school uniform without consent; he wants both blurred.
        Chargeback notice: USD 250 Super Chat disputed by cardholder Jason Chua Boon Keat, Mastercard 5402118475657394.
        Guest travel: passenger CHEONG MEI XIN, passport K4821937N, SQ 892 SIN-HKG 22 Dec, seat 34A, vegetarian meal
        Giveaway shipping label: Muhammad Haziq bin Zulkifli, No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor, tel 012-457 8821
    """),
    "zh-Hant": _lines("""
        嘉賓預約:陳冠宇先生,12月18日下午2點錄音,電話 0928-561-304,車馬費 NT$2,000 匯入中國信託 822 帳號 5405-2881-7736
        報名表|姓名:林怡君|身分證字號:F228886613|生日:1994/07/21|LINE ID:yijun_0721|參加場次:粉絲見面會 台北場
        起底帖子內容(已截圖報警):「條女主播真名叫黃凱琳,住沙田禾輋邨豐和樓1203室,返工喺觀塘」
        剪接師劉俊熙 11月 freelance 費用 HK$8,600,轉數快電話 6138 4420,HKID Y205576(5) 已核對
        粉絲來信:我叫何嘉欣,讀緊屯門一間中學中四,因為抑鬱症休學咗半年,係睇你哋條片先撐到而家⋯⋯
        贊助款項退回:收款人王浩然,滙豐帳戶 511-238904-838 戶名不符,請提供正確戶名後重新匯款
        經紀約變更通知:直播主陳思妤(本名)因懷孕需安胎,自2027年1月起暫停所有直播與商業合作
        抽獎得主寄送資料:收件人張家豪,台中市西屯區青海路二段218巷6號5樓,手機 0955 182 447
        嘉賓身份證明:楊子軒 HKID K731049(8),出生日期 1991-03-14,用於報銷機票
        投訴紀錄 #C-2291:觀眾李淑芬女士來電,指我哋條片拍到佢個仔喺將軍澳運動場嘅樣,要求落片,聯絡電話 9263 1187
        合作直播主收款資料|戶名:吳宗翰|郵局 700 帳號 0031234-0567891|身分證 H156794513
    """),
    "zh-Hans": _lines("""
        嘉宾信息表 | 姓名:张晓雯 | 身份证号:310104199802277947 | 手机:138 2745 9106 | 微信:zxw_1998 | 录制日期:2026-12-20
        打赏提现失败:主播王梓涵绑定的招商银行卡 6225 8821 7406 3930 已挂失,请本人重新绑定
        粉丝 @小鹿不迷路 私信说自己真名叫刘雨桐,在深圳南山读高二,父母离婚后一直靠看直播陪伴
        签约主播李浩(身份证 440305199508126853)因赌博欠债,公会已暂停其分成并冻结本月收益 ¥12,430
        开盒帖原文:某UP主本名陈佳怡,住广州市天河区体育东路118号3栋1502,每天下午在楼下快递柜取件
        合作回执:赵一鸣先生同意作为第37期嘉宾,嘉宾费 ¥1,500 转至其支付宝账号 18602173359
        报销单:剪辑师孙倩出差新加坡,护照号 E58291746,酒店 3 晚 SGD 540
        粉丝见面会黑名单:林晓婷(110108199306150101)多次跟踪主播到酒店,禁止入场
        请假申请:主播黄思远因肺炎在中山一院住院,预计两周,医生证明已提交运营
    """),
    "ms": _lines("""
        Borang tetamu podcast: NAMA: NURUL AINA BINTI ROSLI / NO. KP: 980322-10-6284 / TEL: 019-882 5147 / TARIKH RAKAMAN: 12/1/2027
        Pemenang giveaway: Siti Hajar binti Abdullah, No. 7, Lorong Mawar 3, Taman Sri Gombak, 68100 Batu Caves. Hantar hadiah melalui Pos Laju.
        Bayaran editor bulan Nov: Amirul Hakim bin Kamarudin, CIMB 7063418295, RM 2,350, belum masuk lagi, dia dah tanya 3 kali.
        Aduan: Encik Raj Kumar a/l Subramaniam kata video kami tunjuk kereta dia, plat WVC 7281, depan rumah dia di Klang tanpa izin.
        Penaja minta salinan IC untuk kontrak: Farah Nadia binti Ismail, 950714-14-5522, tolong scan depan belakang.
        Admin Telegram @sofea_mzln tu adik host, nama dia Nur Sofea Mazlan, baru 16 tahun, jangan tag dia dalam live.
        Kes doxxing: akaun palsu sebar nombor telefon Mohd Hafiz bin Rahman 017-339 2054 dan nama sekolah anak dia di Shah Alam.
        Penerima tajaan: Lim Chee Keong, MyKad 870630-01-5591, Public Bank 4217339018, jumlah RM 3,000 untuk 2 video.
        Jemputan tetamu: Puan Devi a/p Krishnan, jurulatih kecergasan di Seremban, setuju rakam 8 Feb; dia minta jangan sebut anak dia yang autisme.
    """),
    "mixed": _lines("""
        eh ep 160 guest is Wong Hoi Yan, her number 5417 9902, 佢話 only free after 7pm 因為日頭要照顧阿媽 (中風後)
        payout row 0412 | CHAN TSZ KIN | HKID A482913(4) | HSBC 652-739251-833 | HK$5,200 | 剪片 x4
        收到封 fan mail 寄去 studio, 寄件人 Ahmad Danial, 附埋佢 IC 副本 011105-07-0417 同相, 話想做我哋 intern
        Sponsor KYC: payee Jeremy Teo, NRIC T0145628D, OCBC 5012-345678-001, sila submit before Fri ya
        guest 丽莎 (Lisa Goh) 话 her ex keeps showing up at her 直播 location, asked us not to reveal she's recording at our Tanjong Pagar studio on 5 Dec
        台灣場 meet & greet 報名: 黃志明 / 0933-210-875 / zhiming.huang88@gmail.com / 想問有冇 wheelchair access 因為佢係輪椅使用者
        FIN G5520917R for our video editor Putri Anggraini, work pass renewal due Mar, pls ask HR check MOM portal
        YouTuber 嘅 manager Rachel Lau, WhatsApp +852 9108 3356, rate HK$15k per video, 佢 only 收 FPS 唔收 cheque
        SG giveaway winner: Priya d/o Rajendran, Blk 221 Jurong East St 21 #05-88, S600221, 她的 mobile 8821 6409
        payout fail liao: bank acct name NGUYEN T LAN vs FIN M2217634R name NGUYEN THI LAN, pls ask her update in portal
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore podcast studio. Keep emails short and warm.",
        ),
        (
            "user",
            "Draft a confirmation email to our guest Ong Swee Lin (sweelin.ong@gmail.com). Recording is Thu 11 Dec, 2pm, Studio A, 30 Prinsep St.",
        ),
        (
            "assistant",
            "Subject: Recording confirmed - Thu 11 Dec, 2pm / Hi Swee Lin, thanks again for agreeing to join us! We're all set for Thursday 11 December at 2pm in Studio A, 30 Prinsep St. Please arrive 15 minutes early for a sound check. See you soon!",
        ),
        (
            "user",
            "Add that we've arranged the ramp entrance because she's still on crutches after her knee surgery.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封 email 畀贊助商,話我哋剪接師梁穎琳 10 月份嘅 payment HK$4,200 仲未收到,佢轉數快係 9305 2718。",
        ),
        (
            "assistant",
            "您好,跟進 10 月份合作款項:剪接師梁穎琳之費用 HK$4,200 至今尚未收到,麻煩安排經轉數快 9305 2718 付款,並回覆付款參考編號。謝謝!",
        ),
        ("user", "加埋佢張發票號碼 INV-0093,同埋語氣再客氣啲。"),
    ],
    [
        (
            "user",
            "我们签约主播周雨萱被开盒了,对方在微博贴了她的身份证号440106199603091308和小区名字,报警材料怎么写?",
        ),
        (
            "assistant",
            "建议按时间顺序写:1. 发现时间和链接;2. 泄露的信息(身份证号、住址);3. 对方账号信息;4. 已造成的影响,比如陌生人上门或骚扰电话。附上截图并保留原始链接。",
        ),
        ("user", "她这两天确实有人在楼下蹲她,还打到她妈妈手机上,要写进去吗?"),
    ],
    [
        (
            "user",
            "Tolong buat senarai semak hantar hadiah kepada pemenang: Aiman bin Yusof, 011-3928 4417, Lot 1452 Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan.",
        ),
        (
            "assistant",
            "Senarai semak: 1. Sahkan alamat dan nombor telefon dengan pemenang. 2. Balut hadiah dan lampirkan kad ucapan. 3. Hantar melalui kurier yang ada nombor penjejakan. 4. Kongsi nombor penjejakan kepada pemenang.",
        ),
        (
            "user",
            "Dia kata rumah tu rumah nenek dia, hantar sebelum 20hb sebab lepas tu dia balik asrama.",
        ),
    ],
    [
        (
            "user",
            "Reconcile November editor payouts: Clara Fernandez OCBC 6012-884521-001 SGD 1,900; Ryan Goh Wei Jie NRIC S9207731D DBS 072-551843-6 SGD 2,450; Nadia Salleh PayNow 9655 0731 SGD 800.",
        ),
        (
            "assistant",
            "Total November editor payouts: SGD 5,150 across three payees. Two are bank transfers (OCBC, DBS) and one is PayNow. Please confirm the amounts match the approved timesheets before release.",
        ),
        ("user", "Ryan's should be 2,150 actually, he took two weeks of MC for his dengue."),
    ],
    [
        (
            "user",
            "can you translate this fan letter to English: 「我叫蔡詠恩,住喺元朗,今年嫁咗人,但老公唔俾我睇你哋直播,我成日偷偷喺廁所睇,我 IG 係 @wingyan.tsoi」",
        ),
        (
            "assistant",
            "My name is Tsoi Wing Yan, I live in Yuen Long. I got married this year, but my husband doesn't let me watch your livestreams, so I often watch secretly in the bathroom. My IG is @wingyan.tsoi",
        ),
        ("user", "ok thx, should the host reply her or not?"),
    ],
    [
        (
            "user",
            "幫我把嘉賓資料整理成表格:陳柏翰,身分證 A123432716,手機 0921 476 385,住新北市板橋區文化路一段 266 號 7 樓,錄音日 1/9。",
        ),
        (
            "assistant",
            "| 欄位 | 內容 | / | 姓名 | 陳柏翰 | / | 身分證 | A123432716 | / | 手機 | 0921 476 385 | / | 地址 | 新北市板橋區文化路一段 266 號 7 樓 | / | 錄音日 | 1/9 |",
        ),
        ("user", "再加一欄:飲食限制,他說他對花生嚴重過敏。"),
    ],
    [
        (
            "user",
            "A viewer has been messaging our host for months. We found out he's Benjamin Koh Jun Wei, works at a logistics firm in Tuas and lives in Punggol. He turned up at our last meet-up. What can we do?",
        ),
        (
            "assistant",
            "In Singapore the host can apply for a Protection Order under the Protection from Harassment Act, and can make a police report for unlawful stalking. Keep a log of every message and incident with dates and screenshots.",
        ),
        (
            "user",
            "He also sent her a photo of her car, SLA 2847 M, parked outside her block. Does that help the application?",
        ),
    ],
    [
        ("system", "你是一个帮助播客工作室起草合同的助手。"),
        (
            "user",
            "帮我写嘉宾协议要点:嘉宾马俊辉,护照 E72915038,嘉宾费 ¥2,000 通过微信转账,微信号 mjh_studio88,录制日 2027年1月6日。",
        ),
        (
            "assistant",
            "协议要点:1. 嘉宾马俊辉同意参与2027年1月6日的节目录制;2. 嘉宾费人民币2,000元,录制后7日内通过微信支付;3. 节目方享有该期内容的发布权;4. 嘉宾可在发布前审阅涉及个人的内容。",
        ),
        ("user", "他说不想公开自己在读博士的事,加一条保密条款。"),
    ],
    [
        (
            "system",
            "You help Malaysian content creators with tax questions. Be clear and note that rates change yearly.",
        ),
        (
            "user",
            "Kira anggaran cukai untuk Zulaikha binti Hassan, MyKad 920118-08-5346, pendapatan YouTube RM 48,000 dan tajaan RM 22,000 tahun 2026, bujang.",
        ),
        (
            "assistant",
            "Jumlah pendapatan kasar RM 70,000. Tolak pelepasan individu RM 9,000 dan perbelanjaan perniagaan yang layak, kemudian gunakan kadar cukai berperingkat. Sila semak kadar terkini di laman LHDN sebelum mengisi Borang B.",
        ),
        ("user", "Dia baru bersalin bulan Mac, ada pelepasan untuk anak tak?"),
    ],
]
