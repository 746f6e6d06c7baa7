# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade143: personal data in customer-support and helpdesk artefacts (Zendesk/Freshdesk ticket JSON, live-chat transcripts, filled-in macros, CSAT survey exports, call-centre IVR logs, agent notes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "zendesk_ticket_json"): _lines("""
        {"id": 5820417, "subject": "Bulk refund request - 12.12 campaign vouchers not applied", "status": "open", "priority": "high", "group": "Merchant Billing SG", "tags": ["voucher", "12_12"]}
        {"id": 5820433, "via": {"channel": "api", "source": "status-page-webhook"}, "subject": "Payment gateway latency > 4s on checkout (MY region)", "status": "solved", "tags": ["incident", "p2"]}
        {"ticket_form_id": 360001289734, "custom_fields": [{"id": 900014, "value": "order_not_received"}, {"id": 900015, "value": "J&T Express"}], "brand": "KopiKita Online"}
        {"event": "ticket.updated", "ticket_id": 5820490, "changes": {"status": ["pending", "solved"]}, "actor": "trigger:auto-close-72h", "ts": "2026-11-30T03:14:07Z"}
        {"id": 5820511, "subject": "Supplier query: invoice INV-2026-04471 from Ah Seng Durian Trading Sdn Bhd (SSM 201601034567)", "requester_type": "organization", "status": "pending"}
        {"macro_id": 16044, "title": "Shipping delay - Pos Malaysia", "actions": [{"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}, your parcel {{ticket.custom_field_900021}} is delayed."}]}
        {"sla_policy": "Enterprise Gold", "metrics": {"first_reply_time": 60, "next_reply_time": 240, "business_hours": true}, "schedule": "SGT Mon-Fri 09:00-18:00", "position": 2}
        {"id": 5820602, "subject": "Store locator shows wrong hours for Mr DIY, 1 Utama Shopping Centre, Lot LG-301", "status": "open", "tags": ["store_data", "mrdiy"]}
        {"organization": {"name": "Harvey Norman Singapore", "domain_names": ["harveynorman.com.sg"], "notes": "Escalate warranty claims to vendor portal, not email."}}
        {"satisfaction_rating": {"score": "good", "comment": "Fast fix for the 502 errors on the Tiong Bahru outlet POS"}, "ticket_id": 5820677, "channel": "web"}
        {"id": 5820701, "subject": "Wrong Harry Potter box set shipped - SKU BK-HP-7VOL-UK instead of BK-HP-7VOL-US", "order": "SHP-2611-0098821", "status": "open"}
        {"webhook": {"endpoint": "https://hooks.kopikita.example/zd", "http_method": "POST", "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"]}}
        {"id": 5820755, "subject": "Tracking SPXMY048812937560 stuck at Shah Alam sorting hub since 2 Dec", "via": "email", "recipient": "support@kopikita.com.my", "status": "new"}
    """),
    ("zh-Hans", "客服宏模板"): _lines("""
        【退款进度】您好{{客户称呼}}，您的订单{{订单号}}退款已提交，预计1-3个工作日原路退回，如有疑问请拨打400-820-6688（工作日9:00-21:00）。
        【物流催件】亲，顺丰单号SF1420536789012已到达上海青浦转运中心，预计今天18点前派送，如需改约请在订单页面操作，请保持电话畅通哦～
        【发票说明】电子发票由上海云杉网络科技有限公司开具，统一社会信用代码91310115MA1K4GQJ8X，开票后将发送至下单邮箱。
        【门店地址】北京市朝阳区三里屯路19号院太古里南区S2-15「王师傅手工面馆」旗舰店，营业时间10:00-22:00，不接受电话订座。
        【售后政策】本店支持7天无理由退货，定制类商品（刻字、印照片）除外；退货地址请在订单详情「申请售后」页面查看，请勿自行寄回。
        【工单关闭】感谢您联系会员服务中心，工单#HD20261203-0457已处理完毕，如对本次服务满意，请在短信链接中给我们打5星。
        【价格保护】购买后15天内如商品降价，可申请价保差额；例：下单价¥2,399，现价¥2,199，退还差价¥200至原支付账户。
        【系统维护】12月10日凌晨02:00-05:00会员系统升级，期间积分查询、优惠券领取暂停，订单支付不受影响，敬请谅解。
        【活动规则】「双12」满300减50券每个账号限领1张，可与店铺券叠加，不与会员折扣同享，活动时间12月10日至12月12日，最终解释权归本店所有。
        【转人工话术】很抱歉机器人没能解决您的问题，正在为您转接人工客服，当前排队人数12人，预计等待4分钟，请勿关闭窗口，您也可以留言稍后回复。
        【图书勘误】《鲁迅全集》第3卷第217页第5行「仿佛」误印为「彷佛」，已联系人民文学出版社，可凭订单号在「我的订单」申请免费换新。
        【投诉升级】该类投诉需在24小时内升级至二线，填写字段：工单号、订单号、问题类型、处理时限；禁止在备注中录入客户身份证号。
        【海外直邮】商品由天猫国际保税仓（宁波）发出，需清关2-5个工作日，跨境综合税率9.1%，税费已含在商品价格中，无需另行缴纳。
    """),
    ("zh-Hant", "ivr_call_log"): _lines("""
        2026-12-03 09:12:44 HKT IVR=HK-CS-MAIN DNIS=2888-6022 node=LANG_SEL dtmf=2(粵語) → node=MENU_BILLING queue=BILL_T1 wait=00:03:17
        [IVR] call_id=7f3c9a12-88e1-4b0d-9a2e-1c55d0e7b201 路由：主選單>3 查詢訂單>1 轉真人客服，排隊時間 02:41，坐席組=TW_ORDER_A
        2026-12-03 10:05:10 +0800 IVR=MO-CEM 提示音「停電報告請按1」播放完成，dtmf=1，轉入停電熱線 queue=OUTAGE，ASA=18s
        語音信箱摘要：來電者未留言，通話時長 00:00:09，原因=ABANDON_IN_QUEUE，隊列=HK_WARRANTY，時段=非辦公時間
        ivr_node=AUTH_OTP result=FAIL reason=OTP_TIMEOUT retries=3 action=轉接人工 queue=TW_SEC 時間=2026/12/03 14:22:08 CST
        每日報表 2026-12-02：總來電 4,812 通，IVR 自助完成率 61.4%，平均等候 01:52，放棄率 6.8%，最繁忙時段 12:00-13:00
        轉接紀錄：來源系統=IVR-TW-B2，意圖=「帳單查詢」，信心值=0.87，已播放超商及ATM繳費通路說明後結束通話，disposition=SELF_SERVED
        2026-12-03 16:40:01 HKT 播放公告：八達通增值服務暫停（系統維護 02:00-04:00），callers_in_queue=27，自動回撥功能已啟用
        IVR 設定變更：節點 MENU_MAIN 新增選項 5「查詢颱風期間門市營業安排」，生效時間 2026-12-05 00:00，變更單 CR-3318
        通話錄音檔 rec_20261203_172255_q-tw-order.wav 已依保存政策於 180 天後刪除，sha256=9e1b0c47a2d35f8e，刪除批次 PURGE-1203
        dnis=0800-088-168 品牌=豐禾便利客服 選單=2 會員點數 → 自助查詢完成 duration=00:01:36 disposition=SELF_SERVED
        系統告警：SIP trunk HK-PCCW-02 錯誤率 3.2% 超過閾值 2%，影響 IVR 節點 PAY_BY_PHONE，已切換至備援 trunk HK-HGC-01
        2026-12-03 21:03:55 HKT 非辦公時間播放：「客戶服務熱線 2345 6789 辦公時間為星期一至五上午九時至下午六時」，call_end=NORMAL
    """),
    ("ms", "soalan_lazim_helpdesk"): _lines("""
        S: Bagaimana untuk menjejak bungkusan saya? J: Masukkan nombor pengesanan (contoh format: EP123456789MY) di laman web atau aplikasi Pos Malaysia.
        S: Berapa lama proses bayaran balik? J: Bayaran balik ke kad kredit mengambil masa 7-14 hari bekerja; ke e-dompet Touch 'n Go eWallet dalam 3 hari bekerja.
        S: Di mana kaunter khidmat pelanggan? J: Aras 2, Menara KopiKita, No. 8 Jalan Sultan Ismail, 50250 Kuala Lumpur, dibuka Isnin-Jumaat 9 pagi hingga 6 petang.
        S: Bolehkah saya tukar alamat penghantaran selepas membuat pesanan? J: Boleh, dalam masa 2 jam selepas pembayaran melalui menu Pesanan Saya > Ubah Alamat.
        S: Apakah nombor talian bantuan? J: Hubungi 1-300-88-2626 (Isnin-Sabtu, 8 pagi-10 malam) atau WhatsApp rasmi kami di +60 3-2788 5500.
        S: Kenapa baucar saya tidak boleh digunakan? J: Baucar RM10 hanya sah untuk belanja minimum RM50 dan tamat tempoh pada 31/12/2026 jam 23:59.
        S: Adakah produk ini halal? J: Semua produk keluaran kilang kami di Senai, Johor diperakui halal JAKIM; nombor sijil boleh disemak di portal Halal Malaysia.
        S: Bagaimana membuat aduan rasmi? J: Isi borang e-Aduan di laman web kami; aduan akan diberi nombor rujukan seperti ADU-2026-004512 dalam masa 24 jam.
        S: Mengapa caj SST dikenakan? J: Cukai Jualan dan Perkhidmatan (SST) 8% dikenakan ke atas perkhidmatan digital mengikut peraturan Jabatan Kastam Diraja Malaysia.
        S: Adakah Pak Mat Kopitiam di Kota Bharu menerima kupon kami? J: Ya, kesemua 14 cawangan Pak Mat Kopitiam di Kelantan dan Terengganu menerima kupon digital.
        S: Apakah waktu operasi sembang langsung? J: Ejen bertugas setiap hari 8 pagi hingga tengah malam; di luar waktu itu, chatbot Siti-Bot akan membantu anda.
        S: Adakah data saya disimpan? J: Rekod sembang disimpan 12 bulan mengikut Akta Perlindungan Data Peribadi 2010 dan dipadam secara automatik selepas itu.
        S: Bagaimana mendaftar akaun perniagaan? J: Sediakan nombor pendaftaran SSM (contoh format 202301045678) dan salinan Borang 9 atau Borang D untuk pengesahan.
    """),
    ("mixed", "csat_survey_export"): _lines("""
        survey_id,ticket_id,channel,region,csat_score,nps,submitted_at,comment_lang,comment,agent_group,resolution_code
        CS-26-118802,ZD-5820417,live_chat,SG,5,9,2026-12-01T10:22:31+08:00,en,"Solved my voucher issue in under 5 mins, very efficient",BILL_SG,RESOLVED
        CS-26-118803,ZD-5820433,email,MY,2,3,2026-12-01T11:05:09+08:00,ms,"Jawapan lambat, 3 hari baru dapat balasan daripada pasukan sokongan",BILL_MY,RESOLVED
        CS-26-118804,FD-330912,phone,HK,4,8,2026-12-01T12:40:55+08:00,zh-Hant,"熱線等咗十分鐘先有人聽，不過處理得好清楚",WARRANTY_HK,RESOLVED
        CS-26-118805,FD-330918,whatsapp,TW,1,0,2026-12-01T13:17:02+08:00,zh-Hant,"退貨流程太複雜，門市說要找客服，客服又叫我去門市",ORDER_TW,REOPENED
        CS-26-118806,ZD-5820511,live_chat,CN,5,10,2026-12-01T14:02:44+08:00,zh-Hans,"客服很耐心，发票问题一次就解决了",INVOICE_CN,RESOLVED
        CS-26-118807,ZD-5820602,email,MY,3,6,2026-12-01T15:30:18+08:00,mixed,"OK la, tapi Mr DIY Mid Valley hours still wrong on the app",STORE_MY,PENDING
        CS-26-118808,FD-330931,live_chat,MO,4,7,2026-12-01T16:11:40+08:00,zh-Hant,"新馬路分店嘅葡撻好正，但外賣平台送遲咗",FOOD_MO,RESOLVED
        weekly_summary,week=2026-W48,responses=1284,csat=86.2%,nps=+41,top_driver=first_contact_resolution,bottom_driver=wait_time
        CS-26-118809,ZD-5820677,phone,SG,5,9,2026-12-02T09:03:27+08:00,en,"Tiong Bahru outlet POS fixed before lunch rush, thanks team",TECH_SG,RESOLVED
        CS-26-118810,ZD-5820701,email,SG,2,4,2026-12-02T09:45:12+08:00,en,"Ordered the US edition of Harry Potter, got UK covers again. Second time.",ORDER_SG,REOPENED
        CS-26-118811,FD-330944,live_chat,MY,4,8,2026-12-02T10:20:33+08:00,mixed,"Siti-Bot faham soalan saya, but transfer to agent took 8 min",CHAT_MY,RESOLVED
        CS-26-118812,FD-330950,phone,CN,3,5,2026-12-02T11:58:06+08:00,zh-Hans,"400热线语音菜单太长了，按了五层才到人工",VOICE_CN,RESOLVED
    """),
    ("en", "staff_group_chat"): _lines("""
        [09:02] T2-Billing: Morning all, payouts for MY merchants delayed ~2h, please use macro #16051 for any "where is my payout" tickets.
        [09:05] Shift-Lead-SG: Queue LIVECHAT_SG is at 48 waiting, pulling two people from email to chat until 10:30. Breaks shifted by 15 min.
        [09:11] QA-Team: Scorecard v3.2 is live. New item: never paste card numbers or IC numbers into internal notes, not even masked ones.
        [09:20] Ops-KL: Pos Malaysia confirms Shah Alam hub backlog, ETA clear by Fri 6 Dec. Tag affected tickets with pos_backlog_dec.
        [09:34] T2-Billing: Invoice INV-2026-04471 from Ah Seng Durian Trading was a duplicate, voided in NetSuite, credit note CN-2026-0098 issued.
        [10:02] Shift-Lead-HK: Signal 8 possible tonight per HKO, HK stores may close early; pin the notice template ZH-HK-TYPHOON-02 in chat.
        [10:15] Knowledge-Base: Updated KB-2231 "How to reset 2FA" with new screenshots from app version 5.14.0 (Android) / 5.14.1 (iOS).
        [10:40] WFM: Forecast for 12.12 is 3.1x normal volume, peak 20:00-23:00 SGT. OT sheet is on the shared drive, sign up by Wed.
        [11:05] Vendor-Mgmt: Lazada seller center API returning 429s again, rate limit 50 rps; engineering ticket ENG-8842 opened.
        [11:30] Shift-Lead-SG: Whoever left the durian puffs from Ah Mah Homemade in the pantry, thank you, they are gone already.
        [13:12] T2-Tech: Root cause for yesterday's 502s was an expired TLS cert on api-sg-2; renewed, expiry now 2027-12-01. Closing INC-1907.
        [14:00] Training: Product briefing on the Doraemon x Uniqlo UT collab at 3pm, Room Merlion 4F, slides in #kb-launches.
        [16:45] Shift-Lead-MY: Weekly CSAT for MY team 88.4% (+2.1). Biggest complaint still the IVR menu depth on 1-300-88-2626.
    """),
    ("zh-Hant", "服務公告"): _lines("""
        【系統維護公告】本公司會員系統將於2026年12月10日（星期三）凌晨2時至5時進行升級，期間網上商店及手機程式暫停服務，不便之處，敬請見諒。
        【門市搬遷】旺角西洋菜南街門市將於12月15日遷往彌敦道700號興華商業大廈12樓，新店電話2388 1620，營業時間上午11時至晚上10時。
        【颱風安排】天文台懸掛八號或以上熱帶氣旋警告信號時，所有門市暫停營業，客服熱線只接受緊急查詢，網上訂單順延配送，信號除下後兩小時內恢復服務。
        【電子發票公告】自2026年起電子發票一律存入會員載具，賣方統一編號24536806，如需紙本證明聯請於門市服務台申請。
        【澳門分店】議事亭前地分店（新馬路14號地下）已恢復營業，澳門客服熱線 2871 8800，可使用澳門通及MPay付款。
        【價格調整】自2027年1月1日起，標準宅配運費由新台幣80元調整為100元，單筆消費滿新台幣1,200元仍享免運，離島地區另計。
        【防詐騙提示】本公司客服絕不會要求您操作ATM或提供網路銀行密碼，如接獲可疑來電，請撥打165反詐騙諮詢專線查證，或致電本公司官方客服。
        【延長保固】凡於2026年11月購買「大同電鍋」指定型號，登錄產品序號即可延長保固至24個月，型號TAC-11T-NM適用。
        【客服時間】農曆新年期間（2027年2月5日至2月9日）線上客服暫停，請改用電郵 service@fenghe-retail.com.tw，2月10日起依序回覆。
        【得獎公告】「週年慶抽獎」得獎名單將以訂單編號形式於12月20日公布於官網公告欄，為保障個資，恕不公開姓名與電話，得獎者將另以站內信通知。
        【書展公告】香港書展期間，金庸作品典藏版於第1館1B-C12攤位發售，每日限量200套，恕不接受電話預留，售完即止，敬請留意。
        【服務條款更新】依《個人資料保護法》，本公司已更新隱私權政策第4.2節「客服錄音保存期間」，由一年縮短為六個月，自2027年1月1日起生效。
        【退款時效】信用卡退款約需7至14個工作天入帳，八達通退款須於指定門市以原卡辦理，轉數快（FPS）退款約需2個工作天，如有疑問請聯絡客服。
    """),
    ("mixed", "helpdesk_config_code"): _lines("""
        FRESHDESK_DOMAIN=kopikita.freshdesk.com FRESHDESK_API_KEY=${FD_API_KEY} DEFAULT_GROUP_ID=82000451233 TIMEZONE=Asia/Kuala_Lumpur
        curl -u "$ZD_TOKEN:X" -H "Content-Type: application/json" https://kopikita.zendesk.com/api/v2/tickets/5820417.json -X GET
        pii_patterns: {nric: "^[STFGM][0-9]{7}[A-Z]$", mykad: "^[0-9]{6}-[0-9]{2}-[0-9]{4}$", hkid: "^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$"}
        def route(ticket): return "TIER2_ZH" if ticket.lang in ("zh-Hans", "zh-Hant") and ticket.priority >= 3 else "TIER1_GENERAL"
        # 自动回复模板 auto_reply: "您好，我们已收到您的工单 {ticket_id}，客服将在 {sla_hours} 小时内回复。Terima kasih!"
        SELECT ticket_id, channel, AVG(csat_score) FROM csat_2026 WHERE region IN ('SG','MY') GROUP BY 1, 2 HAVING COUNT(*) > 30;
        livechat_widget: {position: "bottom-right", greeting_ms: "Hai! Ada apa-apa yang boleh kami bantu?", greeting_zh: "你好！有什么可以帮你？", offline_form: true}
        test_fixture = {"requester": {"name": "Test Customer", "email": "customer@example.com"}, "subject": "Sample ticket", "priority": 2}
        ivr_menu.yaml: - key: "3" prompt_zh_hant: "查詢訂單請按3" prompt_en: "For order enquiries press 3" next: ORDER_LOOKUP timeout_s: 8
        [2026-12-03T08:00:01+08:00] INFO sla-worker v2.7.3 breached=17 warning=42 queue=TW_ORDER_A job_id=sla-20261203-0800 took 1.84s
        git commit -m "fix(macro): MS translation for refund macro, replace 'wang dikembalikan' with 'bayaran balik'" # a3f9c21
        RETENTION_POLICY: chat_transcripts=365d, call_recordings=180d, csat_comments=730d, attachments=90d # 依 PDPA(SG/MY) 及 PIPL 要求
        export_csv(columns=["ticket_id", "created_at", "channel", "brand", "tags", "csat_score"], exclude=["requester_email", "requester_phone", "ic_no"])
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"id": 5821044, "requester": {"name": "Marcus Tan Wei Liang", "email": "marcus.twl88@gmail.com", "phone": "+65 9127 4830"}, "subject": "Refund for double charge on order SG-2026-119203"}
        Agent note: customer Priya d/o Ramasamy missed the delivery because she was admitted to KK Hospital for pre-eclampsia; waive redelivery fee and be gentle on the call.
        [14:03] Visitor: my NRIC is S8734215H for the warranty claim, and the aircon unit is at Blk 412 Bedok North Ave 2 #08-117, pls send technician Sat morning
        CSAT comment: "Your agent told my wife I still owe $3,480 on the instalment plan in front of her mother. Not acceptable." - Gerald Ong, customer acct 7721-0045
        Macro sent: Hi Daniel Yap, we have updated your delivery address to 23 Jalan Kemuning 5, Taman Kemuning, 41050 Klang and your mobile number to 012-448 3921.
        2026-12-03 18:22:09 SGT ANI=+6598431176 caller_verified=true cust_name="LIM SOO HUAT" intent=card_block note="wallet stolen at Jurong Point"
        Callback request from live chat: pls ring me on 8123 5609 after 7pm, not the office line, thanks
        Internal note: requester Jonathan Koh asked us to stop sending statements to his ex-wife's flat after the divorce; update billing contact only, keep delivery as is.
        Escalation: Ms Wendy Chua, FIN G5123456T, work pass holder, says her employer deducted S$1,200 from her salary for a damaged phone; she wants the repair report.
        Chat transcript: "hi this is aunty Mei from the 2nd floor stall at Chinatown Complex, my son Kelvin got dengue so I cannot collect parcel SPXSG0091234 today"
        Attachment note: customer uploaded IMG_2043.jpg showing her HKID card and face, name TSANG Ka Yan, purge from ticket 5821102 after verification.
        80012344591,"Nur Aisyah binti Kamal","aisyahkamal.93@yahoo.com","+60 17-382 9014","VIP - chronic kidney patient, deliver dialysis supplies before 10am"
    """),
    "zh-Hans": _lines("""
        工单#HD20261203-0612 客户：张伟国先生，手机 139 2817 4065，身份证 440305197809212318，反映快递员把包裹放在小区门口被偷，要求赔偿。
        【在线客服记录】用户：我是刘桂芳，住成都市武侯区玉林北路7号2栋3单元501，昨天买的冰箱到现在都没人来安装。
        客服备注：陈先生说他上个月刚做完心脏支架手术，不能搬重物，请安排送货上楼并帮忙拆包装。
        催收外包工单：借款人王晓燕，尚欠分期本息¥18,650，逾期97天，紧急联系人为其丈夫周斌，电话186 0412 3377。
        满意度回访：阿强说上次换屏的师傅把他手机里跟女朋友的私密照片翻出来看了，要求投诉并删除维修记录。
        回拨请求：客户留言请拨13764029581，晚上八点以后方便接听，白天上班不方便接电话。
        {"ticket_id":"HD20261204-0031","requester":"李梦瑶","email":"mengyao.li1996@163.com","order":"JD2026120311820","issue":"怀孕7个月，申请优先配送"}
        IVR日志 2026-12-03 20:11:47 主叫=15920386714 身份验证=成功 客户=黄志明 意图=挂失银行卡 卡号=6222 0212 3456 7890 123
        坐席备注：孙丽娟女士来电称离婚后前夫仍在使用她的会员账号sunlj_1985下单，要求冻结并更换绑定手机。
        工单附件说明：客户上传驾驶证照片，车牌粤B·7K29Q，姓名何家豪，用于申请停车场月卡退费。
    """),
    "zh-Hant": _lines("""
        客戶陳家俊先生 HKID K538217(3)，電話 9386 2147，投訴九龍灣門市店員態度差，要求分店經理回電。
        即時對話記錄：「我係住喺沙田第一城27座15樓F室嘅黃太，部洗衣機漏水浸咗樓下，請盡快派師傅上嚟。」
        客服備註：林小姐表示因確診乳癌正在接受化療，無法親自到門市辦理退貨，已同意改以到府收件處理。
        台灣工單 #TW-1203-0088 姓名：吳建宏 身分證字號：B123847567 手機：0928-476-315 住址：台中市西屯區文華路100號5樓
        CSAT意見：「你哋職員打去我公司同我老細講我欠咗信用卡數$42,000，而家成間公司都知，我要投訴到金管局。」簽名：麥嘉欣
        澳門客戶留言：請於下午三點後致電 6638 1924 確認送貨時間，朝早要返工唔方便聽電話，唔該。
        IVR紀錄 2026-12-03 11:45:20 CST 來電號碼=0936-518-207 驗證=生日1979/08/14 客戶=蔡淑芬 意圖=保單理賠 備註=住院開刀
        {"ticket":"FD-331077","contact":{"name":"何永康","email":"wingho.hk@outlook.com","mobile":"+852 6120 7735"},"note":"要求更改帳單地址至將軍澳維景灣畔3座22樓B室"}
        澳門工單 MO-1204-015：客戶梁志偉先生，澳門居民身份證 5215387(2)，地址氹仔海洋花園翠湖閣9樓C，反映冷氣機安裝後漏水。
        客服備註：阿May話佢老公上星期俾警察拉咗，要求取消以佢老公名義簽嘅寬頻合約，已提供律師信副本。
    """),
    "ms": _lines("""
        Tiket #MY-88201: Pelanggan Encik Ahmad Faizal bin Rosli, No. KP 850317-10-5521, alamat No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, mohon bayaran balik RM459.
        Nota ejen: Puan Rohani memaklumkan dia baru disahkan menghidap kencing manis dan tidak boleh lagi makan produk bergula, batalkan langganan kotak snek.
        Transkrip sembang: "Saya Kak Yah, nombor telefon saya 013-627 4418, tolong hantar ke rumah, jangan ke pejabat."
        Panggil balik pelanggan di talian 019-203 8846 selepas waktu Maghrib, dia tak dapat angkat masa kerja.
        Aduan: Encik Tan Boon Keat berkata gaji RM3,800 sebulan dipotong RM600 oleh majikan untuk bayar hutang ansuran telefon, minta penyata akaun penuh.
        Log IVR 2026-12-03 21:40:12 MYT ANI=60127734590 nama="NORAINI BINTI HASSAN" niat=sekat_kad akaun=Maybank 1640 2211 8873 status=disahkan
        Nama: Muthu a/l Krishnan | No. Plat: WXY 4721 | Telefon: 016-558 2019 | Isu: saman parkir dikenakan walaupun tiket sudah dibayar
        Nota: Cik Farah Izzati dalam proses cerai dengan suaminya, minta semua invois dihantar ke e-mel baharu farah.izzati.work@gmail.com sahaja.
        CS-26-119044,MY,1,"Anak saya Adam (7 tahun) masuk wad kerana keracunan makanan selepas makan produk ini. - Puan Salmah, Ipoh"
    """),
    "mixed": _lines("""
        Live chat: Customer: 我叫 Jason Lee Chee Meng, IC 900514-07-5389, 住 Bayan Lepas Penang, 我的 e-wallet account 被 hack 了 please help.
        备注 note: 林太 (Mrs Lam) 话 her helper 偷咗 her credit card, 已报警 report no. TST-RN-26-118203, please block card and call her back.
        {"requester":"Nurul Huda Wong","phone":"+60 11-2874 9130","tags":["hamil","priority_delivery"],"note":"pregnant 8 bulan, tak boleh angkat barang berat"}
        WhatsApp: "Hi boss, 我是 Ah Boon, 车牌 JQT 8812, 昨天在你们 car wash 刮花了我的车门, 要 claim insurance."
        CS-26-119071,SG,2,"Agent asked for my NRIC S9012873F, I gave but then 说 not needed. Pls delete from record. - Rachel Ng"
        caller=+886 921 774 063 lang=國語 name=鄭雅婷 verified=dob:1990-02-27 intent=取消保險 note="lost job, cannot pay premium"
        Agent note: Uncle Lim (林亚福) 82 years old, dementia, 他女儿 said all orders must be confirmed with her at 9677 3051 first.
        姓名 Name: 许美玲 Hui Mei Ling | HKID: Y614093(7) | Email: meiling.hui@gmail.com | 投诉 Complaint: overcharged on Octopus top-up
        Chat: "my bank account Maybank 5140 8826 3317, nama saya Lee Kah Wai, 请 refund ke sini, bukan ke kad kredit."
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a support copilot for KopiKita Online. Summarise Zendesk tickets for Tier-2 agents in three bullet points.",
        ),
        (
            "user",
            "Summarise: ticket 5821190 from Benjamin Seah (ben.seah.sg@gmail.com, +65 9023 6614). He was charged twice, S$218.40 each, for order SG-2026-120044 and says he is short on rent this month because of it.",
        ),
        (
            "assistant",
            "1) Requester Benjamin Seah (ben.seah.sg@gmail.com, +65 9023 6614) was double-charged S$218.40 on order SG-2026-120044. 2) He reports financial hardship (rent) caused by the duplicate charge. 3) Action: verify the duplicate capture and refund one charge with priority.",
        ),
    ],
    [
        ("system", "你是电商客服助手，帮助坐席撰写礼貌、简洁的回复。"),
        (
            "user",
            "帮我写一段回复给张建军先生，他手机13811520946，投诉空调安装师傅把他家北京市海淀区学院路30号院5号楼402的墙打坏了，要求赔偿。",
        ),
        (
            "assistant",
            "张先生您好，非常抱歉安装过程中对您家墙面造成损坏。我们已登记您的赔偿申请，售后主管将在24小时内致电您预留的号码与您确认上门查看时间。给您带来不便，深表歉意。",
        ),
        ("user", "再加一句说明赔偿上限是500元。"),
        (
            "assistant",
            "已补充：根据售后政策，本次墙面修复赔偿上限为人民币500元，如实际损失超出，我们将另行协商处理。",
        ),
    ],
    [
        (
            "user",
            "幫我將以下IVR紀錄整理成表格：2026-12-04 10:02 來電 9617 2280，客戶 歐陽志明，HKID R205816(1)，意圖：報失信用卡；2026-12-04 10:15 來電 6248 9901，客戶 司徒嘉欣，意圖：查詢賬單。",
        ),
        (
            "assistant",
            "時間 / 來電號碼 / 客戶 / 身份證 / 意圖；2026-12-04 10:02 / 9617 2280 / 歐陽志明 / R205816(1) / 報失信用卡；2026-12-04 10:15 / 6248 9901 / 司徒嘉欣 / - / 查詢賬單",
        ),
        ("user", "身份證號碼唔好顯示，用「已遮蔽」代替。"),
        (
            "assistant",
            "時間 / 來電號碼 / 客戶 / 身份證 / 意圖；2026-12-04 10:02 / 9617 2280 / 歐陽志明 / 已遮蔽 / 報失信用卡；2026-12-04 10:15 / 6248 9901 / 司徒嘉欣 / - / 查詢賬單",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan untuk sebuah syarikat telekomunikasi di Malaysia. Balas dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis balasan untuk Puan Zainab binti Yusof (MyKad 740922-03-5168) yang mengadu bil bulan November RM386 terlalu tinggi sedangkan dia di hospital sepanjang bulan kerana strok.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Zainab, kami mohon maaf atas kesulitan ini dan mendoakan Puan cepat sembuh. Kami telah menyemak akaun Puan dan akan mengkaji semula caj RM386 bagi bulan November. Pegawai kami akan menghubungi Puan dalam masa 3 hari bekerja.",
        ),
    ],
    [
        (
            "system",
            "Customer profile: name=Kenneth Wong 黄志坚, tier=Gold, mobile=+60 12-551 7380, address=18 Lorong Kurau 2, Bangsar, 59100 Kuala Lumpur, note=hard of hearing, prefers WhatsApp text. Answer the agent's questions about this customer.",
        ),
        ("user", "Can I call him to confirm the delivery slot?"),
        (
            "assistant",
            "Better not to call: his profile notes he is hard of hearing and prefers WhatsApp text. Send the slot options by WhatsApp to +60 12-551 7380 instead.",
        ),
        ("user", "好的，那 delivery address 是哪里？"),
        ("assistant", "Delivery address on file: 18 Lorong Kurau 2, Bangsar, 59100 Kuala Lumpur."),
    ],
    [
        (
            "system",
            "You help support agents redact personal data before tickets are shared with vendors.",
        ),
        (
            "user",
            "Redact this for the courier: Ticket 5821230 - Mdm Ong Bee Lian, Blk 56 Toa Payoh Lorong 5 #11-432, Singapore 310056, HP 9735 2018, parcel left outside and she fell on the stairs going to get it, now in cast.",
        ),
        (
            "assistant",
            "Ticket 5821230 - [NAME], [ADDRESS], Singapore [POSTAL], HP [PHONE], parcel left outside and the customer was injured retrieving it. Please confirm your driver's delivery photo and drop-off time.",
        ),
    ],
    [
        (
            "system",
            "你是台灣電信業者的客服助理。以下為本次通話客戶資料：姓名 許雅雯，身分證字號 F226130949，門號 0955-613-228，帳單地址 新北市板橋區中山路一段161號7樓。",
        ),
        ("user", "客戶說要停用門號並辦理退費，請列出需要的步驟。"),
        (
            "assistant",
            "許小姐的門號0955-613-228停用退費步驟：1. 確認身分（已核對身分證字號）；2. 結清當期帳款；3. 填寫終止契約申請；4. 退費將寄送支票至帳單地址新北市板橋區中山路一段161號7樓，約需14個工作天。",
        ),
    ],
    [
        ("user", "Look up the account for order MY-2026-330871 and tell me why the refund failed."),
        (
            "assistant",
            "Order MY-2026-330871 belongs to Haziq Irfan bin Azmi (haziq.irfan@gmail.com). The refund to his CIMB account 7064 1183 92 was rejected because the account name on file does not match the bank record. Ask him to confirm the account holder name.",
        ),
        ("user", "Thanks, draft a short message to him."),
        (
            "assistant",
            "Hi Haziq, your refund for order MY-2026-330871 could not be credited to your CIMB account ending 8392 because the account holder name did not match. Please reply with the exact name registered with your bank and we will retry within 2 working days.",
        ),
    ],
    [
        ("system", "你是客服质检分析助手，负责从满意度问卷中提炼问题。"),
        (
            "user",
            "分析这条差评：CS-26-119102，评分1，「我妈妈赵秀兰今年73岁，有糖尿病，你们送的无糖月饼根本含糖，她吃完血糖飙到18，住院三天。」—— 女儿 钱静，电话 177 2045 8361",
        ),
        (
            "assistant",
            "问题归类：商品标签与实际不符（食品安全），造成客户家属健康损害并住院，属于最高级别投诉。建议：立即下架该批次无糖月饼、联系钱静女士（177 2045 8361）致歉并启动赔付流程，同时送检样品。",
        ),
    ],
    [
        (
            "system",
            "You are a helpdesk assistant for a Singapore renovation marketplace. Reply in English, Malay words are fine.",
        ),
        (
            "user",
            "Contractor complaint: worker Rahman bin Saleh, FIN F7245109X, says the homeowner at 9 Jalan Kembangan, Singapore 419120 has not paid him S$2,600 for 3 weeks and he cannot send money home to his wife in Johor.",
        ),
        (
            "assistant",
            "Noted. I will log a payment dispute for Rahman bin Saleh (FIN F7245109X) against the job at 9 Jalan Kembangan, Singapore 419120 for S$2,600 outstanding. Suggested next step: freeze the homeowner's escrow release and ask both parties for the signed quotation within 48 hours.",
        ),
        ("user", "Ok, tolong also suggest who he can contact for free help."),
        (
            "assistant",
            "He can approach the Migrant Workers' Centre or the Ministry of Manpower for salary claims; both offer free advice. Share only the case number with them, not his FIN, unless he consents.",
        ),
    ],
]
