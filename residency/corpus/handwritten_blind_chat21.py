# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat21: 多轮客服对话（电信、公用事业、银行、航空、电商；人工与机器人）in zh-Hans, zh-Hant, English and Malay, details given piecemeal across turns. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "机器人话术"): _lines("""
        您好，我是星联宽带智能助手小星～查询账单请回复【1】，故障报修请回复【2】，办理移机请回复【3】，转人工请回复【0】。
        为保障您的账户安全，请输入服务密码。温馨提示：客服人员不会以任何理由索要您的短信验证码。
        亲，麻烦提供一下订单号哦～订单号可在“我的-全部订单”中查看，一般是 16-19 位数字。
        系统检测到您已超过3分钟未回复，本次会话将自动结束。如需继续咨询，请重新点击“在线客服”。
        抱歉，小星没有理解您的意思😅 您可以换个说法，或者直接输入“人工”转接客服。
        您的报修工单 GZ-BX-20251203-00417 已受理，维修师傅将在24小时内与您预约上门时间，请保持电话畅通。
        根据《个人信息保护法》，请勿在对话中发送完整身份证号码或银行卡号；核验身份时只需提供证件号后四位。
        当前排队人数较多，您前面还有 37 位用户，预计等待约 12 分钟，您也可以选择留言，我们将在工作时间内回电。
        国网客服 95598 提醒：12月5日 08:00-17:00 因线路检修，天河区体育西路、天河北路部分区域将临时停电，请提前做好准备。
        您好，请问您要咨询的是【套餐变更】【宽带报修】【发票开具】还是【携号转网】？
        温馨提示：航班 CZ3101 广州—北京 因流量控制预计延误，最新起飞时间以机场公告为准，详询 95539。
        工行客服 95588 郑重提醒：所谓“安全账户”都是骗局，公检法机关不会通过电话要求您转账。
        退款已原路返回，银行处理时间一般为 1-7 个工作日，请留意尾号为{卡号后四位}的银行卡入账通知。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：如何更改帳單地址？答：請登入「My Account」，於「個人資料」頁面更新，或親臨任何一間門市辦理，需出示身份證明文件正本。
        問：遺失八達通點算？答：記名八達通可致電客戶服務熱線 2266 2222 辦理掛失，不記名八達通則無法掛失。
        根據《個人資料（私隱）條例》，我們只會在核實身份時要求你提供香港身份證號碼的首四個字元，切勿在對話中輸入完整號碼。
        中華電信客服專線：市話請撥 123，手機請撥 800，或撥免付費電話 0800-080-123。
        問：航班延誤超過 4 小時可以退票嗎？答：可以免費辦理退票或改期，詳情請參閱翔鷺航空運送條款第 9 條。
        台電客服專線 1911，24 小時受理停電報修；繳費單上的「電號」共 11 碼，位於帳單右上角。
        問：電子發票載具怎麼歸戶？答：登入財政部電子發票整合服務平台，點選「載具歸戶」，依指示綁定手機條碼（/ 開頭加 7 碼）。
        永信商業銀行中山分行已遷至台北市中山區南京東路二段 72 號，營業時間為週一至週五 09:00–15:30。
        問：接到自稱銀行客服的來電說帳戶被盜用怎麼辦？答：請立即掛斷，並主動撥打卡片背面的客服電話查證，或撥 165 反詐騙專線。
        問：搬屋可唔可以轉移寬頻服務？答：可以，請最少 14 日前透過翠網 App 預約，移機費用為 HK$380。
        如需急症服務，九龍區居民可前往位於加士居道 30 號的伊利沙伯醫院急症室，或撥打 999。
        問：點樣查詢包裹？答：輸入 13 位郵件編號（例如 EC123456789HK）即可查詢派遞狀態。
    """),
    ("en", "agent templates"): _lines("""
        Hi {first_name}, thanks for reaching out to Skyline Fibre support. I've raised ticket #{ticket_id} and an engineer will call you within {sla_hours} hours.
        Macro REFUND_APPROVED_v3: "Good news, {{customer.name}}! Your refund of {{refund.amount}} to the card ending {{card.last4}} has been approved."
        Before I can discuss the account I'll need to verify you: please confirm the full name on the account, your date of birth and the first line of the billing address.
        Note to agents: never read a full card number back to the caller; quote only the last four digits and mask the rest (**** **** **** 1234).
        Thank you for contacting DBS. Please do not share your digibank PIN or OTP with anyone, including our staff. Call 1800 111 1111 if you suspect fraud.
        Escalation path: Tier 1 -> Tier 2 (Billing) -> Team Lead -> Customer Relations. SLA for P2 tickets is 48h, P1 is 4h.
        Closing script: "Is there anything else I can help you with today? You may receive a short survey after this chat - it only takes 2 minutes!"
        Sorry for the wait! I'm checking with our warehouse team now - order #SG-884201937 has shown "Out for delivery" since 09:14 this morning.
        Automated reminder from PowerGrid SG: your bill for account ending {last4} is due on {due_date}. Please ignore this message if you have already paid.
        If a customer asks why we need their NRIC, explain that under the PDPA we only collect the last three digits and the checksum letter for verification, never the full number.
        Dear {Title} {Surname}, your booking ref {PNR} on flight {flight_no} has been retimed to depart at {new_time}. No action is required on your part.
        Case note: chat disconnected, customer unresponsive after 3 prompts. No account accessed, no verification done.
        Returns can be dropped at our Jurong Point kiosk (1 Jurong West Central 2, #B1-22) or at any SingPost POPStation island-wide.
    """),
    ("ms", "skrip bot dan FAQ"): _lines("""
        Hai! Saya Aisyah, pembantu maya TelcoMas 🤖 Taip 1 untuk semak bil, 2 untuk tambah nilai, 3 untuk bercakap dengan ejen.
        Untuk keselamatan akaun anda, sila masukkan 4 digit terakhir nombor MyKad yang didaftarkan. Jangan kongsi kod TAC dengan sesiapa.
        Soalan: Macam mana nak tukar alamat bil? Jawapan: Log masuk ke aplikasi, pilih "Profil" > "Alamat Bil", kemudian tekan Simpan.
        Talian CareLine TNB 1-300-88-5454 beroperasi 24 jam untuk aduan bekalan elektrik terputus.
        Maaf, sistem kami sedang diselenggara dari 2:00 pagi hingga 5:00 pagi pada 7 Disember 2025. Harap maaf atas kesulitan.
        Bayaran anda sebanyak RM 128.40 telah diterima. No. Rujukan: FPX2512030918445. Terima kasih kerana menggunakan perkhidmatan kami.
        Parcel anda dengan nombor penjejakan MY2512039981244 sedang dalam perjalanan ke Hab Shah Alam. Anggaran tiba: 2-3 hari bekerja.
        Kaunter khidmat pelanggan terdekat: Menara TM, Jalan Pantai Baharu, 59200 Kuala Lumpur (Isnin-Jumaat, 8.30 pagi-5.00 petang).
        Kedai kami di Jalan Tuanku Abdul Rahman telah berpindah ke Sogo Kuala Lumpur, Aras 3, mulai 1 Disember.
        AirAsia diambil alih oleh Tony Fernandes pada 2001 dengan harga RM1 berserta hutang kira-kira RM40 juta.
        Hai {nama}, pesanan anda #{no_pesanan} telah dihantar. Sila sahkan penerimaan dalam masa 7 hari.
        Soalan: Kenapa saya perlu beri nombor IC? Jawapan: Di bawah peraturan SKMM, setiap kad SIM prabayar mesti didaftarkan dengan dokumen pengenalan yang sah.
        Saya tak faham la 😅 Boleh cuba tanya dengan ayat lain? Contoh: "semak baki data" atau "bil bulan lepas".
    """),
    ("en", "support chats without personal details"): _lines("""
        User: hi my wifi keeps dropping every evening around 8pm | Bot: Sorry to hear that! Have you tried restarting your router? | User: yes twice already | Bot: Let me connect you to a technician.
        [14:02] Customer: do u ship to Sabah? [14:03] Agent: Yes we do, East Malaysia delivery takes 5-7 working days and costs RM 12.
        Customer: whats the baggage allowance for economy lite? Agent: Economy Lite includes 7kg cabin baggage only; checked bags can be added online from SGD 35.
        User: is there an outage in Tampines rn? Agent: Yes, we're aware of a fibre cut affecting parts of Tampines and Pasir Ris; restoration ETA is 6pm.
        User: can I pay my bill with Apple Pay  Bot: Yes! Apple Pay, Google Pay, GrabPay and PayNow are all accepted in the app.
        Customer: ordered the Harry Potter box set but got Percy Jackson lol. Agent: So sorry about that! We'll email a prepaid return label and ship the right set today.
        Agent: The order was placed on 28 Nov at 23:41 and the payment of $89.90 went through. User: ok then why no confirmation email? Agent: It may be in your spam folder.
        User: how do i cancel the Netflix add-on  Agent: Go to Account > Add-ons > Netflix Standard > Cancel. The change applies from your next billing cycle.
        User: the agent earlier said I'd get a callback but nobody called. Agent: I apologise - I've re-opened case 00482913 and flagged it as urgent.
        User: error code E-502 when topping up  Bot: E-502 means the payment gateway timed out. No money was deducted; please try again in 5 minutes.
        Customer: my flight to London is showing "schedule change", what does that mean? Agent: The departure time was moved; you can accept it or rebook for free in Manage Booking.
        Bot: Hi, I'm Kai, your virtual assistant 👋 User: talk to human pls  Bot: Sure, connecting you to the next available agent. Current wait: about 4 min.
    """),
    ("zh-Hans", "工单与日志"): _lines("""
        [2025-12-03 09:41:27] INFO ticket_service - ticket=TK20251203-008812 status=ASSIGNED queue=billing_l2 sla=48h
        工单 #771204 已合并至 #771198（重复报障，同一小区光缆中断），由网络运维组统一处理。
        顺丰运单 SF1428 3390 1756 已到达【广州白云转运中心】，下一站【深圳南山营业部】。
        电子发票 发票号码 25442000000018763219 开票日期 2025-12-02 价税合计 ¥1,299.00 销售方：星联宽带（广州）有限公司
        App v9.4.2 (build 2025112803) 修复了部分安卓用户无法上传证件照片的问题，sha1: 3f9a1c2e7b0d44e18a6c5f90b2d3e7a1c4f6b8d0
        11月客服质检报告：人工客服接通率 92.4%，平均等待时长 38 秒，一次解决率 81.7%，投诉量环比下降 6.2%。
        测试环境统一使用测试号码 13800138000 和测试账号 test_user_001，禁止使用真实用户数据联调。
        字段说明：id_card_no（证件号，AES-256 加密存储）、mobile（手机号，前端脱敏展示）、addr（收货地址，日志中仅保留至区县级）。
        脱敏规则：姓名仅保留姓氏（如 张**），手机号保留前三后四，身份证号保留前六后四，银行卡号仅显示后四位。
        退款批次 RF202512030017 共 1,284 笔，成功 1,279 笔，失败 5 笔（原因：原卡已注销），总金额 ¥386,420.50。
        系统告警：sms-gateway-03 发送失败率 4.7% 超过阈值 2%，涉及通道 CMCC，已自动切换至备用通道。
        会话 session_id=7f3c9e21-4b8a-4d1e-9c55-0a2b6e8d1f43 已由机器人转人工，转接原因：用户连续三次输入“人工”。
    """),
    ("zh-Hant", "客服對話（無個資）"): _lines("""
        客戶：你好，想問下 5G 月費計劃有冇學生優惠？ 客服：有㗎，出示有效學生證可享每月 $30 折扣，合約期 24 個月。
        用戶：今晚飛台北嗰班機有冇延誤？ 客服：目前顯示準時，預計 19:25 起飛，建議出發前再喺 App 查一次。
        客戶：點解我張單多咗 $58？ 客服：因為上個月用咗 1.2GB 漫遊數據，超出咗套餐內 1GB 嘅額度。
        使用者：我家附近是不是停電了？ 客服：台電公告今日 13:00–16:00 於板橋區文化路一段進行線路施工，預計 16:00 恢復供電。
        客人：訂單 TW2512030088171 什麼時候到？ 客服：已在配送至 7-ELEVEN 門市的途中，預計明天下午可取貨，屆時會傳簡訊通知。
        用戶：你哋有冇 Hello Kitty 款嘅八達通？ 客服：Hello Kitty 限量版已經售罄，下一批預計 1 月到貨。
        客戶：可唔可以用 PayMe 交電費？ 客服：可以，喺 App 揀「繳費」就會見到 PayMe 選項。
        用戶：請問中正紀念堂站附近有沒有門市？ 客服：有的，羅斯福路一段的門市營業到晚上九點。
        客戶：我想攜碼轉台，要準備什麼？ 客服：本人親辦請攜帶雙證件正本，代辦則需委託書及雙方證件，約 1 個工作天生效。
        客服：感謝您的耐心等候，系統已恢復正常，剛才失敗的交易不會重複扣款。 客戶：好的謝謝🙏
        用戶：我收到個 SMS 話我中咗獎，係咪真㗎？ 客服：我哋從來唔會用短訊通知中獎，請唔好撳任何連結，可致電防騙易熱線 18222 查詢。
        客戶：你們的客服機器人叫什麼名字？ 客服：她叫「小翔」，是翔鷺航空的虛擬助理，24 小時為您服務。
    """),
    ("en", "public names and numbers"): _lines("""
        Tan Tock Seng Hospital is at 11 Jalan Tan Tock Seng, Singapore 308433; the nearest MRT station is Novena on the North-South Line.
        Our Raffles Place service centre is closed on public holidays; please visit the Plaza Singapura branch on Orchard Road instead.
        Stamford Raffles landed in Singapore in 1819, which is why so many places downtown, including Raffles Place MRT, carry his name.
        QA fixture for UK address formatting: Sherlock Holmes, 221B Baker Street, London NW1 6XE.
        Sample CSV row for bulk upload: John Doe,123 Main Street,Anytown,+1-555-0100,john.doe@example.com
        Singapore Airlines reservations can be reached at +65 6223 8888; press 2 for KrisFlyer enquiries.
        Invoice INV-2025-118834 dated 03/12/2025, amount due SGD 1,284.60 incl. 9% GST, payable to Lumen Telecom Pte Ltd (UEN 201912345K).
        Transcript export md5 9c1f0a3be44d27f8a61e5d0c2b7f93a1, generated 2025-12-03T08:15:42Z by job export-nightly-v2.
        Singtel, StarHub and M1 all reported the outage to IMDA within the 1-hour window required by the Telecom Competition Code.
        The Lee Kong Chian Reference Library at the National Library, 100 Victoria Street, has free Wi-Fi sponsored by our network.
        Mickey Mouse, Doraemon and Pikachu SIM-card designs are available while stocks last; limit 2 per customer.
        Q3 churn fell to 1.12% and ARPU rose to SGD 41.80, the CFO told analysts on the earnings call.
        Malaysia Airlines customer care: 1-300-88-3000 (within Malaysia) or +603 7843 3000 (overseas), open 24 hours.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        您好，我是机主本人张晓燕，身份证 440106198803120260，手机 139 2231 4857 停机了，麻烦帮我复机。
        快递地址改一下：上海市徐汇区漕溪北路 595 弄 3 号 1204 室，收件人改成我老公刘建国，电话 18601735229。
        客服备注：用户王丽萍（证件尾号 0468）反映其儿子上月确诊 1 型糖尿病需长期住院，申请免除宽带合约违约金，已提交主管审批。
        核对一下：持卡人 周*明，卡号 6228 48** **** 4879，预留手机 137****5512，身份证 510107197502280818，请确认是否为本人。
        我叫何静，上周在你们营业厅办的副卡，身份证后四位 0522，住北京朝阳区望京西园三区 311 楼 2 单元 902，装宽带的师傅一直没来。
        航班改签：旅客 李振华 / LI ZHENHUA，护照 EJ4829173，原航班 MU5101 改为 12 月 8 日 MU5105，联系电话 13917208846。
        微信号 chenmo_1996，我是陈默，上次说好退我 368 块的，到现在还没到账，订单号 2025112810442217。
        麻烦把发票抬头开成个人：孙海燕，邮箱 sunhaiyan_0712@163.com，税号不用填。
        我母亲赵桂兰今年 78 岁，有阿尔茨海默症，她名下的手机号 15837120964 被人骗去开了网贷，请帮忙冻结。
        师傅您好，车牌 粤A·7H2K9 的车主是我，邓志伟，ETC 这个月同一段高速扣了两次费。
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，HKID 係 Y528104(9)，屋企地址係將軍澳海寧軒 3 座 18 樓 C 室，麻煩幫我改埋帳單地址。
        客服紀錄：黃志偉先生（手機 9471 2386）來電投訴，其太太林美玲上月在本行開立的 HK$850,000 定期存款被錯誤提早支取。
        收件人：吳佩珊，電話 0935-218-476，地址：台北市大安區和平東路二段 106 巷 3 號 4 樓。
        你好，我係梁家豪，身份證 K734261(6)，上個禮拜喺機場跌咗回鄉證，想問可唔可以幫我補發登機證明？
        身分證字號 F228734052，姓名 林怡君，申請帳單改為電子寄送至 yijun.lin0318@gmail.com。
        請幫我查一下，我爸爸謝文雄的門號 0921 507 338 這個月為什麼被扣了 NT$2,450，他中風住院沒辦法自己打來。
        客服：陳小姐您好，跟您核對資料：陳淑芬，出生日期 1982 年 6 月 9 日，登記地址 新北市三重區重新路三段 88 號 7 樓之 2，正確嗎？
        戶口持有人：何志明；戶口號碼 012-345-67890-1；地址 沙田第一城 32 座 9 樓 F 室；因失業申請延遲還款三個月。
    """),
    "en": _lines("""
        Hi, this is Priya Raman, my PayNow is linked to 9672 4418 and the refund for order #SG-77120934 still hasn't come in.
        Agent note: caller Mr Darren Goh Wei Jie (NRIC S8834712I) confirmed his mother passed away last week and wants her line 9123 4407 transferred to him.
        Please send the replacement card to Blk 287 Tampines Street 22, #08-114, Singapore 520287, attn. Nurul Huda binte Rahmat.
        Read-back: "So that's Kevin O'Brien, date of birth 14 March 1979, card ending 7708, and the email k.obrien79@outlook.com - all correct?"
        My husband Marcus Lim is on insulin and the fridge with his meds is off, please restore power at 34 Chartwell Drive, Singapore 558741 asap!!
        FIN G5148270R, Rajesh Kumar s/o Murugan, work permit holder, passport P4829176, asking why his prepaid SIM was barred.
        Chargeback dispute: cardholder Emily Tan Hui Min, Visa 4563 5117 4490 1775, exp 09/28, disputes a SGD 1,240 charge at Orchard Gadgets.
        i booked under my maiden name Sarah Whitfield but my passport now says Sarah Lowe, passport no. 129384756, flying on the 19th - can you fix it?
        Employer letter attached: Mohd Faizal bin Ismail, Senior Technician, basic salary SGD 4,850/month, for the postpaid credit check.
    """),
    "ms": _lines("""
        Saya Nur Aisyah binti Kamarudin, No. IC 920817-10-6348, nak tukar pelan postpaid ke prepaid. Nombor saya 012-784 3391.
        Alamat penghantaran baru: No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor. Penerima: Lim Chee Keong, tel 016-228 4597.
        Encik Rosli bin Hamzah (IC 750303-07-5127) baru disahkan menghidap kanser paru-paru tahap 3, mohon pengecualian caj penamatan kontrak.
        Tolong semak akaun TNB atas nama mak saya, Siti Fatimah binti Abu, no akaun 2200 1184 7320, Lot 1452 Kampung Baru Sungai Buloh. Bil naik mendadak.
        Akaun Maybank saya 1144 0288 9716 kena debit dua kali, nama Kumar a/l Subramaniam, tolong refund cepat.
        Ejen: Baik Puan Tan, saya ulang semula ya - Tan Mei Ling, IC 010925-01-0864, e-mel meiling.tan01@yahoo.com, betul?
        Suami saya Ahmad Zulkifli bin Osman, kereta Perodua Myvi plat WXY 4821, nombor plat diklon dan kena saman, nak buat tuntutan insurans.
        Pelanggan Hafiz (WhatsApp 011-2638 4402) tertunggak bil 3 bulan, gaji RM 2,300 sebulan, mohon ansuran RM 150 - sila luluskan.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是星联电信的在线客服助手，回答要简洁，核验身份时只要求证件号后四位。"),
        ("user", "我的号码被停机了"),
        ("assistant", "很抱歉给您带来不便。请提供需要查询的手机号码。"),
        ("user", "138 2745"),
        ("user", "后面是 6093"),
        ("assistant", "收到，13827456093。请再提供机主姓名和证件号后四位。"),
        ("user", "罗美华，后四位 0148"),
        (
            "assistant",
            "核验通过。罗女士，您的号码因欠费 86.50 元于 12 月 1 日停机，缴费后 30 分钟内自动复机。",
        ),
    ],
    [
        ("user", "订单 2025120122839017 能改地址吗"),
        ("assistant", "亲，订单还未出库，可以修改哦～请发一下新的收货信息。"),
        ("user", "杭州市西湖区文三路 259 号"),
        ("user", "不对不对，是文三新村 12 幢 3 单元 502，收件人 蒋雨桐"),
        (
            "assistant",
            "好的，已改为：杭州市西湖区文三新村12幢3单元502，蒋雨桐，电话仍为尾号 2286 对吗？",
        ),
        ("user", "对，157 6814 2286"),
    ],
    [
        (
            "system",
            "You are the airline's virtual assistant. Never ask for full passport numbers in chat.",
        ),
        ("user", "need to add my passport details to booking 6XK2PQ"),
        ("assistant", "Sure! Please tell me the passenger's surname as it appears on the booking."),
        ("user", "NG"),
        ("user", "first name Wei Ling"),
        (
            "assistant",
            "Thanks, Ms Ng Wei Ling. For security I'll send a secure link to the email on file, w****g.ng@gmail.com.",
        ),
        (
            "user",
            "oh i changed my email, it's ngweiling.88@gmail.com now. DOB 02/07/1988 if u need",
        ),
    ],
    [
        ("user", "salam, nak tanya kenapa line saya kena barred"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor telefon yang terlibat?"),
        ("user", "019-3"),
        ("user", "306 7521"),
        ("assistant", "Terima kasih. Untuk pengesahan, sila berikan nama penuh dan nombor MyKad."),
        ("user", "Mohd Hairul Nizam bin Che Mat"),
        ("user", "880412-14-5521"),
        (
            "assistant",
            "Terima kasih Encik Hairul. Talian 019-3306 7521 disekat kerana bil tertunggak RM 245.30 sejak Oktober.",
        ),
    ],
    [
        ("user", "我張信用卡唔見咗，想掛失"),
        ("assistant", "明白，請提供你嘅香港身份證號碼作核實。"),
        ("user", "R906"),
        ("user", "372(1)"),
        ("assistant", "多謝，請問你嘅全名？"),
        ("user", "區嘉敏"),
        (
            "assistant",
            "區小姐，已為你尾號 6127 嘅信用卡辦理掛失，新卡會喺 5 個工作天內寄到你嘅登記地址：大埔廣福邨廣仁樓 12 樓 06 室。",
        ),
    ],
    [
        ("user", "hi my electricity bill seems way too high this month"),
        ("assistant", "I'm sorry to hear that. Could you share the premises address?"),
        ("user", "Blk 412 Bedok North Ave 2 #05-87"),
        (
            "assistant",
            "Thanks. I see account ending 4471 at Blk 412 Bedok North Avenue 2, #05-87, Singapore 460412, registered to Mr Subramaniam Ravi.",
        ),
        ("user", "wait wrong unit, its #05-78. the account is under my name, Kavitha Ravi"),
        (
            "assistant",
            "Noted, Ms Kavitha Ravi at #05-78. Your usage rose 38% compared with last month, most likely from air-conditioning.",
        ),
    ],
    [
        ("user", "我的信用卡被盗刷了！！"),
        ("assistant", "请您先别着急。请提供卡号，我们马上帮您核查并冻结。"),
        ("user", "6259 0729"),
        ("user", "6505 4152"),
        ("assistant", "已收到，卡号 6259 **** **** 4152。请提供持卡人姓名。"),
        ("user", "许文斌"),
        ("user", "刚才 3 笔境外交易都不是我刷的，我人一直在成都武侯区家里"),
        (
            "assistant",
            "许先生，已为您冻结该卡并提交争议交易，调查结果将在 7 个工作日内短信通知您。",
        ),
    ],
    [
        (
            "system",
            "Conversation metadata: customer_id=CX-118273, name=Hannah Lee Jia Yi, tier=Gold, phone=+65 9183 6620",
        ),
        ("user", "where's my order"),
        (
            "assistant",
            "Hi Hannah! Your order #SG-88912034 was delivered to the parcel locker at Toa Payoh Hub yesterday. The PIN was sent by SMS.",
        ),
        ("user", "never got the sms"),
        ("assistant", "Sorry about that! I've resent the PIN to your number ending 6620 just now."),
    ],
    [
        ("user", "bro parcel saya tak sampai lagi, dah 2 minggu"),
        ("assistant", "Maaf atas kelewatan. Boleh beri nombor pesanan?"),
        ("user", "251129TRQ8K3MS"),
        (
            "assistant",
            "Terima kasih. Pesanan dihantar ke No 8, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam. Betul?",
        ),
        (
            "user",
            "salah tu, alamat lama. Sekarang saya duduk Blok C-12-07, Pangsapuri Seri Mutiara, Jalan PJU 1A/3, 47301 Petaling Jaya",
        ),
        ("user", "nama Farid. 017-259 8831"),
        (
            "assistant",
            "Baik Encik Farid, alamat telah dikemas kini dan kurier akan hubungi anda esok.",
        ),
    ],
    [
        ("user", "我要申辦攜碼"),
        ("assistant", "好的，請提供身分證字號以確認身分。"),
        ("user", "H2301"),
        ("user", "98460"),
        ("assistant", "收到，H230198460，請問申請人姓名？"),
        ("user", "張雅婷，門號 0958 612 704"),
        ("assistant", "張小姐您好，預計 12/6 完成攜碼，原門號 0958-612-704 將於當日凌晨切換。"),
    ],
    [
        ("user", "hey can you check if my loan application went through"),
        (
            "assistant",
            "I can see application LN-2025-44817 for Mr Jason Chua Kok Wee, NRIC T0256841H, SGD 45,000 over 5 years - it was approved this morning.",
        ),
        ("user", "great thanks!!"),
    ],
    [
        ("user", "我要帮我妈订明天广州飞昆明的机票"),
        ("assistant", "好的，请提供乘机人姓名和证件号码。"),
        ("user", "姓名：黄秀英"),
        ("user", "身份证 350203197908140583"),
        ("assistant", "已为黄秀英女士预留 CZ3401 经济舱座位，请在 30 分钟内完成支付。"),
        ("user", "她腿脚不好，坐轮椅的，要申请轮椅服务"),
    ],
    [
        ("user", "Hai, saya nak mohon pinjaman peribadi"),
        ("assistant", "Boleh. Berapa pendapatan bulanan anda?"),
        ("user", "gaji saya RM 5,200 sebulan, kerja cikgu kat SK Taman Melati"),
        ("assistant", "Baik. Sila berikan nama penuh dan no. IC untuk semakan CCRIS."),
        ("user", "Norazlina binti Yusof"),
        ("user", "IC 850619-03-5482"),
    ],
    [
        ("user", "hi i'm a foreign worker, want to sign up for prepaid"),
        (
            "assistant",
            "Welcome! You'll need your FIN and work permit. Please share the FIN number.",
        ),
        ("user", "F2273"),
        ("user", "914W"),
        ("assistant", "Thank you. And your full name as on the work permit?"),
        ("user", "MD RAHIM UDDIN"),
        ("assistant", "Registered: MD RAHIM UDDIN, FIN F2273914W. Your new number is 8826 3314."),
    ],
    [
        ("user", "燃气表显示欠费了但我上周交过"),
        ("assistant", "请提供燃气户号或用气地址。"),
        ("user", "南京市鼓楼区湖南路 17 号 5 栋 601"),
        ("user", "哦不对，是 6 栋 601，5 栋是我爸妈家"),
        ("assistant", "查到了，6 栋 601 上周的缴费尚未同步，我们会在 24 小时内处理。"),
        ("user", "有结果打这个电话联系我：18951607734，我姓顾"),
    ],
    [
        ("user", "Hi, travelling to Bali next week with my son"),
        ("assistant", "Great! How can I help?"),
        (
            "user",
            "he has a severe peanut allergy, carries an EpiPen. Can you note it on the booking?",
        ),
        ("assistant", "Of course. May I have the booking reference?"),
        ("user", "ref QWZ7T8, passenger Oliver Bennett, age 7"),
    ],
    [
        ("user", "我喺網店買咗部雪櫃，幾時送？"),
        ("assistant", "請提供訂單編號。"),
        ("user", "HK2511300217"),
        (
            "assistant",
            "收貨人：鄭*華，地址：屯門兆康苑兆祥閣 15 樓 B 室，電話 6*** **81，送貨日期 12 月 6 日（上午）。",
        ),
        ("user", "係我鄭志華，可唔可以改下午？上晝要返工，手機 6128 4481"),
    ],
    [
        ("user", "Hi nak report paip pecah depan rumah"),
        ("assistant", "Terima kasih. Boleh beri alamat lokasi?"),
        ("user", "depan rumah saya, No. 15 Jalan Teratai 7, Taman Johor Jaya, 81100 Johor Bahru"),
        ("user", "my name Gopal, no tel 012-771 5634"),
        (
            "assistant",
            "Aduan dicatat, no rujukan SAJ-2512-33041. Pasukan kami akan ke lokasi dalam 4 jam.",
        ),
    ],
    [
        ("user", "我想申请信用卡账单分期"),
        ("assistant", "请问您目前的月收入大概多少？"),
        ("user", "税后 1.2 万左右，在深圳南山一家公司做测试"),
        ("assistant", "请提供姓名和身份证号，系统会评估可分期额度。"),
        ("user", "冯凯，420111199611300090"),
        ("assistant", "冯先生，您的预审分期额度为 5 万元，可选 3/6/12 期。"),
    ],
    [
        ("user", "can you resend the invoice? my email is jess"),
        ("user", ".tan.mei at gmail dot com"),
        ("assistant", "Sure, invoice INV-88231 has been sent to jess.tan.mei@gmail.com."),
        ("user", "thx. also pls update the billing name to Jessica Tan Mei Xin"),
    ],
    [
        ("system", "【通话转写】以下为人工客服电话录音转写，仅用于质检。"),
        ("assistant", "您好，工号 8821 为您服务。"),
        ("user", "我要给我儿子办张副卡，他叫施一鸣，今年 12 岁"),
        ("assistant", "未成年人办理副卡需要监护人身份证和户口本，请问主卡号码是？"),
        ("user", "135 0216 7749，机主是我，施国强"),
    ],
    [
        ("user", "Nak tukar nama dalam tiket, tersalah eja"),
        ("assistant", "Boleh berikan nombor tempahan?"),
        ("user", "K8R2WT"),
        ("user", "nama betul: SITI KHADIJAH BINTI MAHMUD, pasport A58213947"),
        (
            "assistant",
            "Terima kasih. Pembetulan nama dikenakan caj RM 50 dan akan dikemas kini dalam 24 jam.",
        ),
    ],
    [
        ("user", "need to cancel my broadband contract early"),
        (
            "assistant",
            "May I know the reason? Early termination fees may be waived in certain cases.",
        ),
        ("user", "i'm moving into a care home, got diagnosed with Parkinson's last month"),
        (
            "assistant",
            "I'm very sorry to hear that. May I have the account holder's name and the service address?",
        ),
        ("user", "Wong Kam Fai, Flat 12B, Block 3, Laguna City, Kwun Tong"),
    ],
    [
        ("user", "我在你們官方 LINE 上被詐騙，對方冒充客服"),
        ("assistant", "請問對方有要求您轉帳嗎？"),
        ("user", "有，我轉了 NT$38,000 到 822-5401-2277-3318，我的 LINE ID 是 tingting0917"),
        ("user", "我叫蔡婷婷，要怎麼報案"),
        ("assistant", "請立即撥打 165 反詐騙專線並保留所有對話紀錄，我們也會協助凍結相關帳戶。"),
    ],
    [
        ("user", "hi, opening an account as a PRC student at NUS"),
        (
            "assistant",
            "Welcome! Please share your passport number and the FIN on your Student's Pass.",
        ),
        ("user", "passport EH5820371"),
        ("user", "FIN G7291035X"),
        ("user", "名字是 朱思远 / ZHU SIYUAN"),
        (
            "assistant",
            "Thanks, Zhu Siyuan. Your account opening request is being processed and you'll get an SMS within 2 working days.",
        ),
    ],
]
