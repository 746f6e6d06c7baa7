# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade152: personal data in web-analytics and marketing-tag artefacts (UTM links, Google Analytics hits, Meta pixel events, cookie values, A/B-test exports, e-mail tracking pixels). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "utm_campaign_links"): _lines("""
        https://www.charleskeith.com/sg/new-arrivals?utm_source=instagram&utm_medium=paid_social&utm_campaign=cny2027_bags&utm_content=reel_15s_v3
        https://www.yakun.com/promo/kaya-toast-set?utm_source=newsletter&utm_medium=email&utm_campaign=dec_breakfast_sg&utm_term=kaya_butter
        Campaign tracker: Old Chang Kee | 11.11 Curry Puff Bundle | utm_campaign=occ_1111_bundle | clicks 18,402 | CTR 2.7% | spend SGD 3,120.00
        Google Ads tracking template (MR DIY Malaysia account): {lpurl}?utm_source=google&utm_medium=cpc&utm_campaign={_campaign}&utm_term={keyword}&matchtype={matchtype}
        Naming convention v2: utm_campaign = market_brand_objective_yyyymm, e.g. hk_jollibee_awareness_202703; never put customer data in any utm_* field.
        SMS short link https://bit.ly/3TbMy27 expands to https://www.tigerbalm.com/sg/products/patch-warm?utm_source=sms_blast&utm_medium=sms&utm_campaign=sg_tigerbalm_patch_q1
        GA4 traffic acquisition export: session source/medium "edm / email", campaign "auntieannes_pretzel_day_2026", sessions 6,214, engaged sessions 4,077, key events 391
        https://www.uncletetsu.com.tw/store?utm_source=line&utm_medium=oa_broadcast&utm_campaign=tw_cheesecake_0214&utm_content=richmenu_b
        UTM preset for the Mr Bean pancake week push: utm_source=grab&utm_medium=in_app_banner&utm_campaign=sg_mrbean_pancake_week&utm_content=banner_1080x1920
        https://www.marinabaysands.com/spectra.html?utm_source=facebook&utm_medium=paid&utm_campaign=mbs_spectra_2026&utm_content=carousel_night_show
        QR poster at Lot 10, 50 Jalan Sultan Ismail, Kuala Lumpur: https://lot10.my/events?utm_source=qr_poster&utm_medium=offline&utm_campaign=lot10_cny_lion_dance&utm_content=level_g_lift
        Link audit warning: 14 links in the Marks & Spencer HK autumn EDM are missing utm_medium, so GA4 default channel grouping files them under Unassigned.
        https://www.lazada.sg/shop/sk-ii?utm_source=tiktok&utm_medium=paid_social&utm_campaign=sg_skii_pitera_1212&utm_id=cmp_20261212_07
    """),
    ("en", "meta_pixel_event_log"): _lines("""
        fbq('track', 'Purchase', {value: 129.00, currency: 'SGD', content_ids: ['CK1-70702134-BLK'], content_type: 'product', num_items: 1});
        [2026-03-14T10:22:07+08:00] CAPI POST /v19.0/1234567890123456/events 200 OK events_received=48 fbtrace_id=AbC9xQ2mZk7PqW3eR1tYuIo
        Events Manager diagnostics: Event Match Quality for Purchase is 4.1/10 on pixel "Watsons MY Web"; add more customer information parameters via CAPI Gateway.
        Pixel Helper: 'AddToCart' fired twice on /products/bak-kwa-500g (Bee Cheng Hiang), event_id dedupe key bch-atc-1711852 missing on the server event.
        Event export: event_name=ViewContent, content_name="Tiger Beer Crystal 24x320ml", content_category=beer, value=62.50, currency=SGD, action_source=website
        <noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=987654321012345&ev=PageView&noscript=1"/></noscript>
        Custom conversion: URL contains /checkout/thank-you AND event = Purchase; attribution 7-day click, 1-day view; ad account act_20458812 (Jollibee Malaysia).
        Warning 2026-03-15 09:41 SGT: pixel 556677889900112 received 312 events with currency 'RM' which is not ISO 4217; send 'MYR' instead.
        Aggregated Event Measurement priority for kopitiam.sg: 1 Purchase, 2 InitiateCheckout, 3 AddToCart, 4 Lead, 5 CompleteRegistration, 6 ViewContent.
        Offline event set "Harvey Norman SG - stores" upload hnsg_offline_2026w11.csv: 2,418 rows, match rate 61%, uploaded by system user api_uploader_01.
        fbq('trackCustom', 'StoreLocatorSearch', {outlet: 'Ah Chew Desserts, 1 Liang Seah Street #01-10/11, Singapore 189022'});
        Test Events: code TEST48213 active; 'Lead' from the Tanjong Pagar Centre open-house form received via CRM integration, status Processed, 0 errors.
        CAPI payload template: {"event_name":"Purchase","event_time":1773456000,"action_source":"website","user_data":{"em":"<sha256>","ph":"<sha256>"},"custom_data":{"currency":"HKD","value":388}}
    """),
    ("zh-Hans", "埋点配置文档"): _lines("""
        gtag('config', 'G-7QK2M9XBHL', { send_page_view: false, cookie_domain: 'auto', cookie_expires: 63072000 }); // 官网主站配置，勿改
        事件命名规范：统一使用小写加下划线，如 add_to_cart、begin_checkout、coupon_apply；参数值禁止写入手机号、身份证号等个人信息。
        神策 SDK 初始化：sensors.init({ server_url: 'https://sa.example.cn/sa?project=production', heatmap: { clickmap: 'default' }, show_log: false });
        埋点需求单 TRK-2026-0318：喜茶小程序“多肉葡萄”详情页新增 view_item 事件，参数 item_id=HT-GRAPE-500，price=19，负责部门：增长产品组。
        GA4 自定义维度 member_tier（事件范围），取值 bronze / silver / gold / black_gold，上线版本 v4.12.0，生效日期 2026-04-01。
        数据层示例：dataLayer.push({event:'purchase', ecommerce:{transaction_id:'T20260318-000457', value:268.00, currency:'CNY', items:[{item_id:'SKU-LX-0088'}]}});
        UTM 参数白名单：utm_source、utm_medium、utm_campaign、utm_term、utm_content、utm_id；其他 query 参数在落地页上报前统一剔除。
        百度统计代码放在 head 结束标签前：hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef"; 站点：上海迪士尼度假区官方商城。
        问题记录：周黑鸭天猫旗舰店跳转链接丢失 utm_campaign，原因是淘宝短链 s.click.taobao.com 会重写参数，改用 tb_campaign 参数透传。
        字段说明：_ga Cookie 格式为 GA1.1.<随机数>.<首次访问时间戳>，保存 2 年；_gid 保存 24 小时；均为第一方 Cookie。
        埋点验收清单 v2.3：1) 页面浏览不重复上报；2) 支付成功页 transaction_id 唯一；3) 退款事件 refund 的 value 为负数；4) 测试环境 debug_mode=true。
        采集机房：广东省深圳市南山区科技南十二路 2 号 金蝶软件园 B 座 6 楼，机柜编号 SZ-NS-06，采集服务 collector-03 版本 2.8.1。
        王老吉官方商城 A/B 埋点：实验 ID exp_banner_0412，变量 variant=A/B，事件 exp_exposure 仅在首屏可见 50% 以上时触发。
    """),
    ("zh-Hans", "邮件营销周报"): _lines("""
        第 11 周 EDM 汇总：发送 182,400 封，送达率 98.6%，打开率 21.3%（含苹果 MPP 机器打开约 7 个百分点），点击率 2.4%，退订 0.18%。
        追踪像素地址：https://mail-trk.example.com.cn/open/1x1.gif?cid=edm_20260318&v=2，透明 GIF 43 字节，Cache-Control: no-store。
        主题行 A/B：A“三八节女王专享 8 折”打开率 19.8%，B“她的春日衣橱上新”打开率 22.1%，样本各 20,000，置信度 95%，胜出 B。
        网易邮箱和 QQ 邮箱默认不自动加载外部图片，打开数据偏低，建议以点击和下单为主要指标，打开率只作参考，海外 Gmail 与 Outlook 用户不受此影响。
        退订链接统一指向 https://www.example.com.cn/unsubscribe?list=weekly_cn，页面需在 3 秒内加载完成，并显示客服热线 400-886-5188。
        李宁官方旗舰店会员日邮件：发送时间 2026-03-20 10:00（北京时间），预计覆盖 56 万订阅用户，优惠券批次 LN-MD-0320。
        像素打开事件字段：event=open, campaign_id, template_id, ua_family, geo_city, ts；收件人字段已改为不可逆 token，不再明文落库。
        城市分布（打开）：上海 14.2%、北京 11.8%、深圳 9.6%、广州 8.1%、杭州 6.7%，其余城市合计 49.6%。
        发件域名 news.example.com.cn 已配置 SPF、DKIM（选择器 s2026）和 DMARC p=quarantine，Gmail 收件箱到达率 93%。
        老干妈海外旗舰店英文邮件 CTR 3.1%，高于中文版 1.9%；新加坡、马来西亚订阅者占比分别为 22% 和 17%。
        周报结论：周三 20:00 发送效果最好；周末发送打开率下降约 3 个百分点，下周起暂停周六批次，节假日前一天另行安排测试窗口。
        模板变量示例：{{first_name|default:"亲爱的会员"}}，渲染失败时回退为默认称呼，禁止在测试邮件中使用真实会员数据。
        费用：邮件服务商 SendCloud 月费 3,980 元，额度 200 万封；超量单价 0.0019 元/封，合同编号 SC-2026-SH-0117。
    """),
    ("zh-Hant", "ab_test_export"): _lines("""
        實驗 EXP-HK-0231「結帳按鈕顏色」：對照組 A 轉換率 3.42%（n=48,210），變體 B 轉換率 3.87%（n=48,096），提升 13.2%，p=0.004。
        匯出欄位：experiment_id, variant, sessions, transactions, revenue_hkd, bounce_rate, avg_session_duration（僅彙總數據，不含用戶層級）。
        誠品線上「閱讀節」首頁橫幅測試：變體 C 使用村上春樹新書封面，點擊率 5.6%，高於對照組 4.1%，實驗期 14 天。
        台灣大哥大官網方案頁：月租 599 與 999 方案排序互換後，999 方案申辦率由 18% 升至 24%，實驗期 2026/02/01–02/28。
        Optimizely 匯出檔 exp_0312_mtr_fare.csv：港鐵旅遊優惠頁，主要指標 click_buy_ticket，統計顯著度 97%，建議全量推出變體 B。
        注意：Google Optimize 已於 2023 年 9 月停用，本季改用 VWO，實驗事件 vwo_exposure 需在 GTM 以自訂事件觸發。
        澳門銀河酒店預訂頁「含早餐」預設勾選測試：平均訂單金額 MOP 2,318 對 MOP 2,104，差異 10.2%，樣本 9,880 次預訂流程。
        樣本比例不符（SRM）警告：預期 50/50，實際 51.8/48.2，卡方檢定 p<0.001，請先檢查 Cookie 分流與機器人流量過濾。
        周大福網店「婚嫁系列」商品頁：加入 360 度影片後加入購物車率 +7.9%，跳出率 −2.3%，樣本 31,442 次工作階段。
        實驗命名：市場_頁面_假設_yyyymmdd，例如 tw_pdp_freeship_20260305；結果表請勿附上任何會員編號或電郵。
        鼎泰豐外賣頁測試：「小籠包 10 入」置頂後，平均客單價由 NT$612 升至 NT$655，裝置分佈手機 82%、桌機 18%。
        貝氏分析結果：變體 B 優於 A 的機率 92.4%，預期損失 0.03%，尚未達 95% 門檻，建議延長至 4 月 10 日。
        香港迪士尼樂園年卡頁 A/B：「分期付款」字樣置頂，點擊率 6.2% 對 5.1%，頁面上客服熱線 +852 3550 3388 點擊次數增加 15%。
    """),
    ("ms", "notis_kuki_laman_web"): _lines("""
        Laman web ini menggunakan kuki untuk analitik dan pengiklanan. Klik "Terima Semua" untuk bersetuju atau "Tetapan Kuki" untuk memilih jenis kuki.
        Kuki _ga dan _ga_XXXXXXX digunakan oleh Google Analytics untuk membezakan pelawat; tempoh simpanan 2 tahun; pembekal: Google LLC.
        Kuki _fbp ditetapkan oleh Meta Platforms untuk menyampaikan iklan; tempoh 3 bulan. Anda boleh menarik balik persetujuan pada bila-bila masa.
        Pegawai Perlindungan Data, Malayan Banking Berhad (No. Syarikat 196001000142), Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur.
        Menurut Akta Perlindungan Data Peribadi 2010 (Pindaan 2024), kami akan memaklumkan pelanggaran data kepada Pesuruhjaya dalam tempoh 72 jam.
        Kuki yang benar-benar perlu: session_id (sesi), csrftoken (1 tahun), cookie_consent (6 bulan). Kuki ini tidak boleh dimatikan.
        Jadual kuki dikemas kini pada 15 Mac 2026. Versi dasar: 3.2. Perubahan: tambah kuki _tt_enable_cookie (TikTok Pixel), tempoh 13 bulan.
        Soalan: Adakah Google Analytics merekod alamat IP saya? Jawapan: GA4 tidak menyimpan alamat IP penuh; lokasi dianggarkan di peringkat bandar sahaja.
        Pertanyaan kuki: Kedai Roti Canai Mak Jah Sdn. Bhd. (No. Syarikat 201901023456), talian khidmat pelanggan 03-7781 2200, e-mel privasi@example.com.my.
        Sepanduk kuki: bahasa lalai BM, butang "Tolak Semua" mesti sama saiz dengan "Terima Semua" mengikut garis panduan PDPC Singapura dan JPDP Malaysia.
        Piksel Meta dan tag Google Ads hanya dimuatkan selepas persetujuan diberi (Consent Mode v2: ad_storage=granted, analytics_storage=granted).
        Kuki pilihan bahasa "lang=ms-MY" disimpan 1 tahun supaya laman web Tealive dipaparkan dalam Bahasa Melayu pada lawatan seterusnya.
        Dasar kuki ini terpakai kepada laman web dan aplikasi Mydin Mohamed Holdings Berhad serta anak-anak syarikatnya di seluruh Semenanjung Malaysia.
    """),
    ("ms", "soalan_lazim_analitik"): _lines("""
        S: Apakah itu parameter UTM? J: Tag pada hujung URL, contohnya ?utm_source=facebook&utm_medium=cpc, untuk mengenal pasti sumber trafik kempen anda.
        S: Kenapa jualan dalam GA4 berbeza dengan laporan Shopee? J: GA4 mengira transaksi di halaman terima kasih; Shopee mengira pesanan dibayar termasuk COD.
        S: Bolehkah saya letak nama pelanggan dalam utm_content? J: Tidak. Google melarang maklumat pengenalan peribadi dihantar ke Analytics dan akaun boleh digantung.
        S: Berapa lama data GA4 disimpan? J: Tetapan lalai 2 bulan; boleh dilanjutkan kepada 14 bulan di Admin > Pengumpulan dan pengubahsuaian data > Pengekalan data.
        S: Apa itu piksel penjejakan e-mel? J: Imej lutsinar 1x1 piksel dalam e-mel yang dimuatkan dari pelayan penghantar apabila e-mel dibuka.
        S: Adakah kempen Hari Raya kami di TikTok boleh dijejak dalam GA4? J: Ya, gunakan utm_source=tiktok&utm_medium=paid_social&utm_campaign=raya2026.
        Bengkel "Analitik Digital untuk PKS" anjuran MDEC, 12 April 2026, 9.00 pagi, Dewan Seminar, Menara MDEC, Cyberjaya. Yuran RM50, sijil disediakan.
        S: Kenapa kadar lantunan (bounce rate) hilang? J: GA4 menggantikannya dengan kadar penglibatan; kadar lantunan kini = 100% tolak kadar penglibatan.
        S: Bagaimana menguji piksel Meta? J: Pasang sambungan Meta Pixel Helper di Chrome, kemudian buka laman web dan semak acara PageView berwarna hijau.
        S: Bolehkah ujian A/B dijalankan dengan 500 pelawat sebulan? J: Sukar; untuk mengesan peningkatan 10% anda perlu kira-kira 30,000 pelawat setiap varian.
        Contoh pautan WhatsApp Business dengan UTM untuk bio Instagram kedai anda: https://wa.me/60312345678?text=Saya%20berminat%20pakej%20Raya&utm_source=ig_bio
        S: Apakah maksud "(not set)" dalam laporan kempen? J: Sesi tanpa parameter utm_campaign atau gclid, biasanya daripada pautan yang tidak ditag.
        S: Adakah kuki pihak ketiga masih berfungsi di Chrome? J: Google menangguhkan penghapusan; sediakan tag sebelah pelayan (server-side) untuk ketepatan jangka panjang.
    """),
    ("mixed", "staff_chat_martech"): _lines("""
        [09:14] Morning all, GA4 realtime no data since 2am leh, GTM container GTM-KX72PL9 version 148 published by agency, can someone rollback to v147?
        [09:16] 我看了 v148 的 diff，他们把 gtag config 的 measurement ID 换成 staging 的 G-TEST12345 了，难怪 prod 没数据。
        [09:20] Ok rollback done. Reminder: CNY campaign links must use utm_campaign=cny2027_sg, jangan guna huruf besar, GA4 is case-sensitive.
        [10:02] Meta pixel Purchase count 比 Shopify orders 多 18%，估计 CAPI 和 browser event 没 dedupe，event_id 要一样啊。
        [10:05] Noted, will fix in theme.liquid tonight after 11pm when traffic low. Jangan deploy masa flash sale 12pm please 🙏
        [11:30] 老闆話今個月 ROAS 要去到 4.0，而家 Google Ads 係 3.2，Meta 係 2.7，TikTok 未夠數據，下星期再睇。
        [11:42] FYI Pavilion KL pop-up QR codes all point to /popup?utm_source=qr&utm_medium=offline&utm_campaign=pavilion_popup_mar, printing vendor confirmed.
        [14:08] EDM 开信率突然 45%，应该是 Apple MPP 机器人预取像素，别拿这个去跟客户报喜哈，周报里用点击率和 GMV 说话。
        [14:10] 同意, report 用 click rate 同 conversion 就好. Open rate 加个 footnote 讲 MPP, slide 7 我改咗.
        [15:55] A/B test result out: variant B (free shipping above RM80) CVR 2.9% vs A 2.4%, sample 12k each, boleh roll out Monday.
        [16:20] Client OldTown White Coffee wants weekly dashboard in Looker Studio, share only to their marketing team group address, not anyone's personal Gmail.
        [17:45] Cookie banner on SG site still sets _fbp before consent, PDPC-style audit by client next month, 请今天内修好。
        [18:30] Server-side GTM on Cloud Run asia-southeast1 cost USD 142 last month, min 3 instances, can reduce to 2 after Raya peak.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        POST /mp/collect?measurement_id=G-7QK2M9XBHL {"client_id":"1402331877.1741852001","user_id":"tan.weiling88@gmail.com","events":[{"name":"sign_up"}]}
        https://www.example-insure.sg/quote?utm_source=edm&utm_medium=email&utm_campaign=renewal_2026&utm_content=Ong%20Siew%20Ping%20T0256389J
        2026-03-14 21:07:55 GET /o.gif?r=dGFuLndlaWxpbmc4OEBnbWFpbC5jb20 ua=iPhone ip=118.200.47.93 campaign=mammogram_reminder_q1 status=200
        Set-Cookie: _crm_auth=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzkwNDExIiwibmFtZSI6IkxpbSBLYWggU2VuZyIsIm5yaWMiOiJTODgzNDEyN0kiLCJtb2JpbGUiOiIrNjU5NzM4MjE2NCJ9.Xk2p9QvR7sLm4TzA; Path=/; Secure
        ab_export_row: variant_b,visitor_1188,Rachel Ong Hui Min,+65 8452 0937,converted=1,product=Debt Consolidation Plan SGD 48000
        fbq('init', '556677889900112', {em: 'marcus.yeo.sg@hotmail.com', ph: '6581164529', fn: 'marcus', ln: 'yeo', zp: '560233'}); // advanced matching sent unhashed
        Lead Ads CSV: 2026-03-02T11:21:09+0800,Nur Syafiqah binte Rahmat,+6591827364,syafiqah.rahmat@gmail.com,"Are you currently pregnant? Yes, 24 weeks"
        Retargeting note: exclude Priya Nair from the IVF clinic lookalike seed, she called us to stop the ads after her second failed cycle.
        Hotjar recording 88412: visitor typed 'Blk 412 Bedok North Ave 2 #09-117 Singapore 460412' into the search box instead of checkout, tag vip_repeat_buyer.
        https://shop.example.sg/r?utm_source=referral&utm_medium=friend&utm_campaign=mgm_2026&ref=GOH_JUNJIE_91234880
        Looker row: user_pseudo_id 1987220145.1740009981 | ltv_sgd 12,480 | crm_note "Mr Chua Beng Huat owes SGD 3,200 on instalments, bankruptcy search pending"
        &ep.member_ref=G6123904P&ep.member_name=Nguyen%20Thi%20Lan&ep.plan=foreign_worker_medical&ep.employer=marine_shipyard
    """),
    "zh-Hans": _lines("""
        埋点日志 2026-03-18 20:11:03 event=submit_form uid=u_77812 props={"name":"陈志强","phone":"13924817365","id_card":"440305198706235124"} utm_source=douyin
        落地页：https://m.example-loan.cn/apply?utm_source=baidu&utm_campaign=xiaoedai&utm_term=%E7%8E%8B%E7%A7%80%E8%8B%B1&mobile=15067213398
        神策用户属性导出：distinct_id=18621904473，$name=黎嘉欣，$city=上海，标签：孕期 28 周、母婴高价值人群
        邮件打开像素命中：https://mail-trk.example.com.cn/open.gif?e=aHpoYW5nXzA2MjNAcXEuY29t&cid=edm_20260318 200 43B
        张阿姨（浦东新区锦绣路 1500 弄 12 号 302 室）投诉，说短信里的 utm 链接把她的手机号 139****2271 带出去了，要求我们删除。
        A/B 实验明细：exp_0412,B,刘建华,男,41 岁,糖尿病管理会员包,已转化,手机尾号 6618
        Cookie: user_info=%7B%22nick%22%3A%22%E9%98%BF%E6%98%8E%22%2C%22tel%22%3A%2218810452276%22%7D; path=/; max-age=2592000
        王先生在客服群里说他上个月被裁员、信用卡欠了 8 万多，让我们别再给他推“分期购车”的广告了。
        转化回传日志：convert_id=18327654，phone=17705123390，name=周婷婷，product=近视手术预约，city=广州
        小程序埋点：openid=oX7aB5tQz9KwL2mN8pR4sV1yU3eI 绑定会员 孙立伟，身份证 310115199202144023，订单 T20260318-000512
        百度统计访客明细：访客标识 13601379248（手机号被误当作 userId 上报），地域 北京，入口页 /hiv-test-kit?utm_source=sem
    """),
    "zh-Hant": _lines("""
        電郵追蹤像素：https://trk.example.com.hk/p.gif?to=kwoklaiyin%40netvigator.com&c=botox_promo_0315&open=3
        會員登入 Cookie：_cust=eyJubSI6Ium7g+WBieWAqyIsInRlbCI6Iis4NTI5NjMxNzcyNSJ9; Path=/; Domain=.example.com.hk; Max-Age=2592000
        UTM 連結：https://www.example-clinic.hk/booking?utm_source=whatsapp&utm_campaign=ivf_consult&utm_content=%E9%BB%8E%E5%98%89%E6%AC%A3_Y385216(2)
        林太話佢個仔喺我哋 EDM 收到戒毒輔導廣告，佢好嬲，仲話個仔上個月先出獄，叫我哋即刻剔走佢哋屋企個電郵。
        A/B 測試匯出（使用者層級）：user=chan.kaming@gmail.com, variant=B, 保單=危疾, 申報病史=乳癌(2024), 轉換=1
        GA4 user_id 誤設為身分證字號：uid=F226819347，事件 purchase，商品「成人紙尿褲 L 號」，城市 台中
        Meta 像素 Lead 事件：fn=淑芬, ln=林, ph=0912468357, ct=新北市, 表單問題「目前是否正在辦理離婚？」答案：是
        澳門會員 CSV：M0047123,梁嘉怡,女,+853 6612 3478,氹仔 花城 利華大廈 15 樓 B 座,最近開啟 EDM 2026-03-12
        客服紀錄：黃先生（手機 9631 7725）投訴 EDM 追蹤連結內嵌咗佢住址「沙田第一城 42 座 18 樓 F 室」，要求刪除。
        LINE 官方帳號推播：https://lin.ee/x7Kp2?utm_source=line&utm_campaign=tw_debt_relief&utm_content=B135792460
    """),
    "ms": _lines("""
        Piksel e-mel: https://trk.example.com.my/o.gif?u=c2l0aW51ci5haXN5YWg5MkB5YWhvby5jb20ubXk&k=promosi_raya&t=1773456000
        Kuki profil: _pf=eyJuIjoiTnVydWwgSHVkYSBiaW50aSBLYW1hcnVkaW4iLCJwaCI6IjAxMjc3NDUxOTAiLCJwYyI6IjQzMDAwIn0=; expires=Sat, 18 Mar 2028 00:00:00 GMT
        Borang lead Facebook: Nama: Ahmad Zulkifli bin Osman, No. KP: 880412-14-5523, Tel: 013-662 8104, Minat: pinjaman peribadi RM30,000, sebab: hutang kad kredit
        Eksport ujian A/B: pengguna Kavitha a/p Subramaniam, varian B, pakej "rawatan kemurungan dalam talian", status langganan aktif sejak Jan 2026
        Pautan SMS: https://bit.ly/kedaiXY?utm_source=sms&utm_medium=blast&utm_content=0197731452_MohdHafiz
        Nota staf: Encik Roslan minta berhenti terima e-mel promosi, katanya baru bercerai dan bekas isteri masih guna akaun e-mel yang sama.
        Log GA4: ep.alamat=No%2012%2C%20Jalan%20Mawar%203%2C%20Taman%20Sri%20Gombak%2C%2068100%20Batu%20Caves&ep.nama=Siti%20Rohani
        Rekod CRM daripada kuki _hs: Wong Mei Ling, 45, akaun Maybank 1642 8830 5571, tunggakan 3 bulan, tag: segmen_kutipan_hutang
        Piksel TikTok: ttq.identify({email: 'farah.izzati@gmail.com', phone_number: '+60167723419'}) dipanggil tanpa hash di halaman /terima-kasih
    """),
    "mixed": _lines("""
        [10:12] Eh the UTM link sent to Mdm Koh Siew Lan got her phone 98126634 inside utm_term lah, she called to complain, 快点改 template
        GA4 page_location 出现 /claim?hkid=K602714(8)&name=ho%20ka%20chun&policy=HL-55201, 法务 said must purge the property data
        Cookie dump: _ab_seg=pregnant_t2; _uname=Lim%20Pei%20Shan; _mob=6592047781 — 这个 segment 太 sensitive, jangan export ke agency
        Pixel log: open by raj.kumar1985@outlook.com at 02:14, IP 175.139.22.8 (Petaling Jaya), 第 7 次打开 loan rejection appeal email
        session_id,utm_campaign,customer / s_8812,cny_hamper,"阿强 Ah Keong 017-338 9021, rumah no 27 Jalan Ipoh batu 3, KL"
        A/B winner voucher list: 1) Jason Teo jason.teo.sg@gmail.com 2) 郑丽华 zhenglh_88@163.com 3) Nur Aina 011-2456 7893
        [16:03] boss say remove Mr Ravi Chandran from lookalike, his wife told us he passed away last week, 不要再 send 邮件 lah
        Meta CAPI debug: user_data.em raw = "yvonne.leong@singnet.com.sg", user_data.db=19850917, user_data.ge=f, 看到就知道 hashing step skipped
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an analytics assistant for a Singapore e-commerce team. Help with GA4, GTM and data hygiene.",
        ),
        (
            "user",
            "Our GA4 BigQuery export has user_id values like 'tan.weiling88@gmail.com' and 'marcus.yeo.sg@hotmail.com'. Is that a problem and how do I fix it going forward?",
        ),
        (
            "assistant",
            "Yes. Sending e-mail addresses as user_id breaks Google's terms and is personal data under the PDPA. Replace user_id with an internal opaque key (for example a salted hash of your CRM ID), delete the affected rows with a BigQuery DELETE on user_id LIKE '%@%', and request data deletion in GA4 Admin for the same period.",
        ),
        ("user", "Can you write the BigQuery statement for the events_2026* tables?"),
        (
            "assistant",
            "DELETE FROM `proj.analytics_123.events_2026*` WHERE REGEXP_CONTAINS(user_id, '@'); Wildcard tables cannot be the target of DML, so run it per daily table in a loop or script it with the INFORMATION_SCHEMA table list.",
        ),
    ],
    [
        ("system", "你是一家上海母婴电商的增长分析助手。"),
        (
            "user",
            "神策里这条用户要导出给代理商做投放：distinct_id=18621904473，$name=黎嘉欣，标签 孕期28周。可以直接给吗？",
        ),
        (
            "assistant",
            "不建议。distinct_id 是手机号，姓名和孕期属于个人信息，孕期还属于敏感个人信息，按《个人信息保护法》需要单独同意。建议只给代理商人群包 ID 或经过加盐哈希的标识，去掉姓名和孕周。",
        ),
        ("user", "那把手机号 MD5 一下可以吗？"),
        (
            "assistant",
            "单纯 MD5 手机号很容易被彩虹表还原，仍算个人信息。可以用平台的加密人群包上传（例如巨量引擎 DMP 的 SHA-256 加密上传），并在合同里约定用途和删除期限。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一封跟進 EDM，收件人係陳太（陳淑儀，電郵 chansy.home@yahoo.com.hk），佢上星期喺我哋網站睇過脫髮治療療程但未落單。",
        ),
        (
            "assistant",
            "可以幫你寫內容，但建議唔好喺主旨或追蹤連結度提及脫髮治療，亦唔好將電郵放入 UTM 參數。以下係一封較含蓄嘅版本：主旨「為你預留嘅春季護理優惠」，內文介紹整體頭皮護理同預約方式。",
        ),
        ("user", "好，咁追蹤連結點設定？"),
        (
            "assistant",
            "用 utm_source=edm&utm_medium=email&utm_campaign=hk_scalp_care_0320 就夠，收件人身份交由電郵平台用內部 token 對應，唔好寫喺網址。",
        ),
    ],
    [
        ("system", "Anda pembantu pemasaran digital untuk syarikat runcit di Johor Bahru."),
        (
            "user",
            "Log piksel e-mel kami ada nilai u=c2l0aW51ci5haXN5YWg5MkB5YWhvby5jb20ubXk. Ini apa?",
        ),
        (
            "assistant",
            "Itu Base64. Apabila dinyahkod ia menjadi alamat e-mel sitinur.aisyah92@yahoo.com.my, jadi log piksel anda menyimpan e-mel penerima dalam bentuk yang mudah dibaca semula. Ini masih dikira data peribadi di bawah PDPA.",
        ),
        ("user", "Jadi apa perlu kami buat?"),
        (
            "assistant",
            "Gantikan nilai u dengan token rawak yang dipetakan dalam pangkalan data dalaman sahaja, hadkan tempoh simpanan log kepada 90 hari, dan padam log lama yang mengandungi Base64 e-mel.",
        ),
    ],
    [
        (
            "user",
            "Boss ask me check this SMS link before blast: https://shop.example.com.my/raya?utm_source=sms&utm_term=0197731452&utm_content=MohdHafiz 有问题吗?",
        ),
        (
            "assistant",
            "Ada masalah: utm_term contains a mobile number and utm_content contains the customer's name, both will be stored in GA4 and visible to anyone with report access. Use a campaign-level value instead, e.g. utm_term=raya_voucher_rm20, and drop utm_content or set it to the SMS variant (a or b).",
        ),
        ("user", "ok 那我们怎么知道哪个 customer click?"),
        (
            "assistant",
            "Use your SMS provider's click tracking, which maps a short-link token to the recipient inside their system, or append an opaque random token (not the phone) and resolve it only in your CRM.",
        ),
    ],
    [
        (
            "system",
            "CRM context for this conversation: customer Rachel Ong Hui Min, mobile +65 8452 0937, converted on A/B variant B of the debt consolidation landing page, loan request SGD 48,000, existing credit card arrears SGD 11,300.",
        ),
        ("user", "Draft a short WhatsApp follow-up for this customer about her application."),
        (
            "assistant",
            "Hi Rachel, thanks for submitting your debt consolidation application with us. A loan officer will call you on your registered number within two working days to go through the next steps. Reply STOP to opt out of further messages.",
        ),
        ("user", "Don't mention debt in the first line, her husband sometimes reads her phone."),
        (
            "assistant",
            "Hi Rachel, thanks for getting in touch with us last week. A member of our team will call you within two working days about your request. Reply STOP to opt out.",
        ),
    ],
    [
        (
            "user",
            "这份 A/B 实验导出能直接发给医院合作方吗？exp_0412,B,刘建华,男,41岁,糖尿病管理会员包,已转化,手机尾号6618",
        ),
        (
            "assistant",
            "不能直接发。这一行包含姓名、性别、年龄、手机尾号和糖尿病这一健康信息，属于敏感个人信息。发给合作方前需要取得单独同意，或者只提供聚合结果，比如 B 组转化率和样本量。",
        ),
        ("user", "给我一个聚合版本的表头。"),
        (
            "assistant",
            "experiment_id, variant, users, conversions, conversion_rate, avg_order_value_cny, date_range —— 不含任何用户层级字段。",
        ),
    ],
    [
        ("system", "Anda membantu pasukan IT menyemak konfigurasi kuki laman web insurans."),
        (
            "user",
            "Kuki _crm kami: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtXzMzMDE5IiwibmFtYSI6Ik1vaGQgU2hhaHJ1bCBiaW4gSXNtYWlsIiwibXlrYWQiOiI5MTA3MjMtMTAtNjY0NyIsInRlbCI6IjAxOTIyODQ1NzEifQ.sig — selamat ke?",
        ),
        (
            "assistant",
            "Tidak selamat. Bahagian tengah JWT hanya dikod Base64, bukan disulitkan. Ia mengandungi nama Mohd Shahrul bin Ismail, MyKad 910723-10-6647 dan telefon 0192284571. Sesiapa yang boleh membaca kuki boleh melihat data ini.",
        ),
        ("user", "Apa cadangan anda?"),
        (
            "assistant",
            "Simpan hanya ID sesi rawak dalam kuki dengan atribut HttpOnly, Secure dan SameSite=Lax; simpan butiran pelanggan di pelayan. Putar kunci tandatangan dan batalkan semua token sedia ada.",
        ),
    ],
    [
        (
            "user",
            "Our Meta Lead Ads form for the Bukit Timah clinic asks for NRIC. Here's one lead: Ong Siew Ping, T0256389J, 9177 4032. Should I upload these to Custom Audiences?",
        ),
        (
            "assistant",
            "Please don't. Under Singapore's PDPC advisory guidelines you should not collect full NRIC numbers for marketing leads at all, and Custom Audiences should never receive them. Remove the NRIC question from the form, delete the collected NRICs, and upload only hashed e-mail or phone with the customer's consent.",
        ),
        ("user", "OK, what do I tell the clinic?"),
        (
            "assistant",
            "Tell them the form was changed to collect name, mobile and preferred appointment date only, and that the NRIC values already collected have been deleted from the Meta lead centre and the CRM export.",
        ),
    ],
    [
        ("system", "你是台灣一家債務協商服務公司的行銷顧問助理。"),
        (
            "user",
            "LINE 推播連結長這樣：https://lin.ee/x7Kp2?utm_source=line&utm_campaign=tw_debt_relief&utm_content=B135792460，utm_content 是客戶身分證，方便我們對名單。",
        ),
        (
            "assistant",
            "請不要這樣做。身分證字號 B135792460 會被寫進 GA4、LINE 的點擊紀錄和瀏覽器歷史，而且跟「債務協商」放在一起，等於揭露這位客戶有債務問題。",
        ),
        ("user", "那要怎麼對名單？"),
        (
            "assistant",
            "在 CRM 為每位客戶產生隨機代碼（例如 c_8f3k2q），連結只帶代碼，對照表留在內部系統並限制存取權限；活動結束後 90 天刪除對照表。",
        ),
    ],
]
