# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade160: personal data in version-control and code-review artefacts (git log and blame output, Signed-off-by and Co-authored-by trailers, .mailmap files, patch e-mails, code-review comments, CODEOWNERS). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "git_log"): _lines("""
        commit 3f9a1c7e2b48d05a6c1e9f7b2d3a4e5f60718293 Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Date: Tue Oct 14 09:12:03 2025 +0800
        a41c9e2 (HEAD -> main, origin/main) build(deps): bump axios from 1.6.8 to 1.7.4 in /web (#2291)
        Merge pull request #1873 from kopi-cloud/release/3.12.0 - release 3.12.0 to production (SG and MY clusters)
        commit e0b7d55 Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> chore(release): v2.8.1 [skip ci]
        Merge tag 'usb-6.8-rc3' of git://git.kernel.org/pub/scm/linux/kernel/git/gregkh/usb - Signed-off-by: Linus Torvalds <torvalds@linux-foundation.org>
        fix(payments): reject PayNow proxy values longer than 13 chars; add tests for the UEN 201934567K merchant proxy
        Revert "feat(checkout): enable GrabPay Later for MY merchants" This reverts commit 8d2e4f1a9c0b3e7d6f5a4c3b2e1d0f9a8b7c6d5e.
        2025-11-03 18:44:21 +0800 release-bot tag v4.0.0-rc.2 sha256:8b6c878ace744ddd5e15c84e37e2f4ae2f38d196b176f8864ea22b54e547320c
        chore(deps): lock file maintenance (#3120) Co-authored-by: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
        git shortlog -sn --since=2025-01-01: 412 dependabot[bot], 188 github-actions[bot], 97 i18n-sync-bot, 12 Weblate (bot)
        docs(readme): update support hotline to +65 6812 3400 and support@kopi-cloud.sg (office hours 9am-6pm SGT, Mon-Fri)
        chore(fixtures): rename sample merchant "Ah Hock Kopitiam Pte Ltd" (UEN 53312345M) to match the ACRA sandbox test data
        Reviewed-on: https://gerrit.kopi-cloud.com/c/platform/+/48213 Change-Id: I7c3e9a1f0b2d4e6a8c0e2f4a6b8d0f2a4c6e8a0b Tested-by: CI Bot <ci-bot@kopi-cloud.com>
    """),
    ("en", "code_review_comments"): _lines("""
        nit: the footer should show the company line 1-300-88-2468, not the old KL office number 03-2161 4000; see design doc v3, section 2.1.
        Blocking: this pattern [STFGM][0-9]{7}[A-Z] matches NRIC-shaped strings, but this field only takes UEN formats; add a negative test, please.
        LGTM once CI is green. Please squash the 14 fixup commits and keep the Co-authored-by trailer for the docs bot.
        Suggestion: move the SMTP host smtp.mailgun.org and port 587 into config/mail.yaml; hard-coding them in MailerService.java makes staging painful.
        Can we bump the timeout from 30s to 90s? The DuitNow QR callback from the bank sandbox regularly takes 45-60s during 17:00-18:00 MYT.
        Why is OrderId an int32? The SG shard passed 2,147,483,647 rows in March; switch to int64 or a ULID like 01HV3Q8ZK4M2N7P5R9T1W3Y5A7.
        Reviewer checklist: no secrets in diff (gitleaks passed), migrations reversible, flag checkout.v2 off by default, CHANGELOG updated.
        The fixture uses Sherlock Holmes, 221B Baker Street as the customer; fine as fiction, but please switch to the shared faker seed 20240917.
        Approved with comments. Follow-up ticket PLAT-4471 for the flaky test in tests/e2e/test_refund.py::test_partial_refund_myr.
        Requesting changes: this log line prints the whole request body; mask the card PAN to first6/last4 and drop the Authorization header first.
        Per Evan You's RFC for Vue 3.5 reactive props destructure we no longer need withDefaults here; the official docs link is in the PR description.
        Line 212 hard-codes 'Raffles Place' as the default pickup point; read it from store config (1 Raffles Place, #02-01, Singapore 048616) instead.
        CODEOWNERS says @kopi-cloud/payments-sg must approve anything under /services/billing; re-request review from the team, not from individuals.
    """),
    ("en", "patch_emails"): _lines("""
        Subject: [PATCH v3 2/7] net: stmmac: fix RX buffer leak on suspend when the DMA engine is still running
        To: netdev@vger.kernel.org, linux-arm-kernel@lists.infradead.org; Cc: stable@vger.kernel.org # 6.6.x and later
        Message-ID: <20251104083215.1942-3-patchbot@ci.kopi-cloud.com> In-Reply-To: <20251104083215.1942-1-patchbot@ci.kopi-cloud.com>
        Fixes: 7c3e1b90d2a4 ("net: stmmac: add support for suspend/resume with WoL") Cc: stable@vger.kernel.org
        Merged by Linus Torvalds into v6.18-rc5 via the net tree; see commit 5e1a0c9f3b7d in torvalds/linux.git for the final version.
        drivers/net/ethernet/stmicro/stmmac/stmmac_main.c | 14 ++++++++------ 1 file changed, 8 insertions(+), 6 deletions(-)
        --- v2 -> v3: rebased on net-next, dropped the debugfs change as requested in review, no functional change otherwise.
        Reported-by: syzbot+2f1c8a9e4b6d3a7c0e51@syzkaller.appspotmail.com Closes: https://syzkaller.appspot.com/bug?extid=2f1c8a9e4b6d3a7c0e51
        Date: Tue, 4 Nov 2025 16:32:15 +0800 X-Mailer: git-send-email 2.47.1 MIME-Version: 1.0 Content-Transfer-Encoding: 8bit
        diff --git a/Documentation/process/submitting-patches.rst b/Documentation/process/submitting-patches.rst index 3a1f0c2..9e7d4b1 100644
        Applied to net-next, thanks! [1/7] net: stmmac: fix RX buffer leak on suspend - https://git.kernel.org/netdev/net-next/c/a19f3e07c2d4
        Tested-by: KernelCI bot <bot@kernelci.org> Build: arm64 defconfig, gcc-13, 0 errors, 0 warnings, boot OK on rk3588-rock-5b
        Please don't top-post, and send v4 as a new thread with a cover letter; b4 prep --edit-cover makes this easy for the whole series.
    """),
    ("zh-Hans", "代码评审意见"): _lines("""
        这个接口的超时设成3秒太短了，支付宝沙箱回调在晚高峰经常要5到8秒，建议改成15秒并加指数退避重试，具体参考工单 PAY-2031 里的压测数据。
        客服热线请统一用公司的 400-611-2380，不要再写旧的 021-6288 0000 总机号码，落地页和 README 里都要改，改完在群里说一声。
        统一社会信用代码的校验写反了：91310115MA1K4ABC2X 这种18位代码第18位是校验位，不是随便的字母，麻烦补一个单测覆盖一下边界情况。
        日志里把订单号 SO20251108093215447 和顺丰运单号 SF1438826410552 打在 INFO 级别没问题，但请别把收货人字段也一起打出来。
        这段 SQL 在 orders 表上没走索引，EXPLAIN 显示全表扫描 1200 万行，建议加联合索引 (merchant_id, created_at)，上线前先在预发环境跑一下。
        测试数据里的「孙悟空 / 花果山水帘洞」挺好玩，但产品要求统一用 faker 生成，麻烦换成固定种子 42 的数据，方便回归测试对比结果。
        CHANGELOG 里写的是 v2.3.0，但 package.json 还是 2.2.9，tag 也没打，合并前请统一一下版本号，然后执行 npm run release 生成发布说明。
        雷军在发布会上提到的 HyperOS 2.0 开放接口还没正式上线，这里先别依赖 com.xiaomi.hyperos.sdk，等官方 SDK 发布之后再接入。
        Signed-off-by 缺失，DCO 检查没过，请用 git commit -s --amend 补签后强推到你自己的分支，CI 会自动重新跑一遍全部流水线。
        门店地址请读配置：上海市黄浦区南京东路 300 号恒基名人购物中心 5 楼旗舰店，不要硬编码在前端常量里，否则换店要重新发版。
        这个正则 ^1[3-9][0-9]{9}$ 只能校验大陆手机号格式，港澳台号码会被拒掉，建议改用 libphonenumber，并补上 +852、+853、+886 的用例。
        CODEOWNERS 里 /services/risk/ 的负责人写成了 @fintech-cn/risk-team，但这个团队已经改名为 @fintech-cn/risk-platform，麻烦同步更新。
        发布包哈希对不上：sha256 应为 9bf14c0880beb1e896e08461e715ec060e04d9e3d0554e3ef8339892436cbae9，请在 CI 的 release 步骤里加一步校验。
    """),
    ("zh-Hant", "版本發佈說明"): _lines("""
        v5.2.0（2025-09-30）：新增八達通 App 付款回調、修正轉數快 FPS 識別碼驗證錯誤，感謝 @hk-fintech/payments 團隊協助審閱本次所有變更。
        修正：台灣統一編號 8 碼檢查邏輯錯誤，現已依財政部 2023 年公告的新規則驗證公司統編，並補上 40 筆邊界測試案例，涵蓋舊制與新制。
        已知問題：澳門通（Macau Pass）沙盒環境在每日 03:00–03:30（UTC+8）維護，期間整合測試會失敗，請於維護結束後重跑 pipeline。
        升級說明：請先執行 git fetch --tags 再切換到 release/2025.10 分支，舊的 release/2025.07 分支已於 10 月 31 日封存，不再接受合併請求。
        客服聯絡方式更新為 (852) 3001 2288 及 support@harbourpay.hk，辦公時間為週一至週五 09:00–18:00，香港公眾假期暫停服務。
        安全性修補：修正依賴套件 lodash 的原型污染問題（GHSA-p6mc-m468-83gw），感謝 GitHub Security Lab 回報，建議所有用戶立即更新至 5.2.1。
        本版本由 release-bot 自動產生，commit 範圍 9f3c2a1..e77b04d，共 86 個提交、214 個檔案變更、+12,408 / −3,915 行程式碼。
        新增繁體中文（台灣）與繁體中文（香港）兩套語系檔 zh-TW.json 與 zh-HK.json，「軟體／軟件」等用語差異已由 i18n 團隊審定。
        門市地址設定檔範例：台北市信義區市府路 45 號（台北 101 購物中心 4F），僅供展示用途，部署時請替換為實際營業門市的資料。
        棄用通知：v6.0 起將移除 /api/v1/members 端點，請改用 /api/v2/accounts；過渡期至 2026 年 3 月 31 日止，之後舊端點回傳 410。
        感謝唐鳳（時任數位發展部部長）在 g0v 黑客松提出的開放資料格式建議，本版已支援 CSV 與 JSON-LD 兩種匯出格式，歡迎試用回饋。
        修正 git blame 頁面在檔案超過 5,000 行時卡住的問題；改為分段載入，每段 500 行，並將結果快取 10 分鐘以降低伺服器負載。
        CODEOWNERS 規則調整：/docs/zh-Hant/ 改由 @tw-docs/translators 審核，/infra/ 仍由 @sre/oncall 負責，其他目錄維持不變。
    """),
    ("ms", "mesej_commit"): _lines("""
        betulkan(bayaran): sahkan nombor pendaftaran SSM 202101034567 (1423456-K) sebelum hantar invois ke LHDN MyInvois
        tambah: talian hotline syarikat 1-300-80-2468 dan e-mel sokongan@kedaikita.com.my pada halaman Hubungi Kami
        kemas kini: alamat pejabat ke Menara Binjai, No. 2 Jalan Binjai, 50450 Kuala Lumpur selepas berpindah pada 1 Disember
        Gabung cawangan 'ciri/duitnow-qr' ke 'utama' - lulus 312 ujian, liputan kod naik daripada 71% kepada 78%
        refaktor: tukar nama kelas PelangganDAO kepada AkaunRepository; tiada perubahan tingkah laku, hanya nama dan pakej
        data ujian: guna nama watak legenda Hang Tuah dan Hang Jebat untuk contoh pelanggan, bukan data sebenar dari pangkalan produksi
        semakan kod: sila buang log yang cetak badan permintaan penuh; gantikan dengan ID pesanan sahaja, contoh ORD-MY-2025-0048813
        Revert "tambah sokongan FPX untuk Bank Islam" - sandbox bank gagal sejak 14:05 MYT, akan cuba semula selepas pembetulan
        kemas kini CODEOWNERS: /aplikasi/mudah-alih/ kini di bawah @syarikat-my/pasukan-mudah-alih, diluluskan dalam mesyuarat 3/11
        keluaran v1.9.0: sokongan e-Invois LHDN fasa 2, pembetulan cukai SST 8%, dan nombor siri invois format INV-2025-000913
        nota: kedai contoh 'Restoran Pak Man Nasi Kandar' dalam fixture hanyalah nama rekaan untuk demo menu, harga RM9.50 sepinggan
        Signed-off-by: Bot Terjemahan <i18n-bot@syarikat.com.my> - segerak 214 rentetan Bahasa Melayu dari projek Crowdin ms-MY
        git blame: baris 88-104 di src/cukai/sst.ts terakhir diubah oleh renovate[bot] pada 2025-10-02 (a7d3e91), bukan pasukan cukai
    """),
    ("mixed", "codeowners_mailmap"): _lines("""
        # CODEOWNERS - default owners for everything in the repo unless a later match takes precedence: * @kopi-cloud/core-maintainers
        /services/payments/** @kopi-cloud/payments-sg @kopi-cloud/payments-my # 支付相关改动需两地团队共同审批
        /docs/zh-Hant/ @kopi-cloud/docs-tw # 繁中文件由台北辦公室文件組維護，聯絡 docs-tw@kopi-cloud.com
        Release Bot <release-bot@kopi-cloud.com> <ci@build-01.internal> # .mailmap: merge old CI identity into release bot
        dependabot[bot] <support@github.com> <49699333+dependabot[bot]@users.noreply.github.com> # 统一依赖更新机器人身份
        Localization Team <l10n@kopi-cloud.com> Translation Sync <translate-sync@kopi-cloud.com> # pasukan penyetempatan, bukan individu
        /infra/terraform/ @kopi-cloud/sre-oncall # perubahan infra mesti diluluskan oleh SRE bertugas; jangan tag orang perseorangan
        *.sql @kopi-cloud/dba-team # 数据库迁移脚本必须由 DBA 组审核，生产执行窗口为每周三 02:00–04:00 SGT
        Linus Torvalds <torvalds@linux-foundation.org> # upstream kernel merges; mailmap entry copied from linux.git for the vendor tree
        /mobile/ios/ @kopi-cloud/ios # App Store 审核联系人使用公司邮箱 appstore@kopi-cloud.com，不使用个人账号
        Security Team <security@kopi-cloud.com> <psirt@kopi-cloud.com> # 漏洞報告請寄此信箱，PGP 指紋 7A3F 19C2 8B4E 0D61 F5A2 93C7 4E81 2B0F 6D19 A7C3
        /legal/ @kopi-cloud/legal-compliance # PDPA/PIPL 相关文档，修改需法务组确认，工单前缀 LEG-
        Weblate (bot) <hosted@weblate.org> <noreply@weblate.org> # terjemahan automatik dari Weblate untuk ms-MY, zh-Hans, zh-Hant
    """),
    ("mixed", "git_blame_output"): _lines("""
        a7d3e91f (renovate[bot] 2025-10-02 11:04:27 +0800 88) const SST_RATE = 0.08; // kadar SST 8% berkuat kuasa 1 Mac 2024
        ^1c4b2e0 (svn2git 2019-06-12 09:00:00 +0800 1) # 本文件由旧 SVN 仓库迁移，r4521 之前的历史已丢失
        5f0e8c2d (github-actions[bot] 2025-11-21 03:12:45 +0000 17) version: 4.12.3 # 自動產生，請勿手動修改
        e19b77aa (dependabot[bot] 2025-08-30 06:41:10 +0000 42) "react-native": "0.76.5", "expo": "~52.0.11",
        git blame -L 40,60 --ignore-revs-file .git-blame-ignore-revs src/checkout/PayNowQR.tsx # 忽略 prettier 大规模格式化提交
        .git-blame-ignore-revs: f96b5fa2b8f80a76752f5af39b903fa3baba7fbf # chore: apply prettier 3.x to whole repo (no logic change)
        0d9e3a12 (release-bot 2025-12-01 18:00:02 +0800 3) HOTLINE_MY=+60 3-2788 9000 # talian sokongan syarikat di Bangsar South
        b2c4f6e8 (i18n-sync-bot 2025-09-14 22:31:09 +0800 130) "checkout.pay_now": "立即付款 / Bayar sekarang / Pay now",
        c3a5e7f9 (svn2git 2019-06-12 09:00:00 +0800 212) # TODO(payments-team): 改用 UEN 199701234K 作为测试商户，而非生产商户
        f81d2c47 (github-actions[bot] 2025-10-18 15:20:33 +0000 9) ![build](https://github.com/kopi-cloud/app/actions/workflows/ci.yml/badge.svg)
        Blame summary for src/tax/gst.ts: 71% renovate[bot], 18% svn2git, 11% github-actions[bot]; last reviewed 2025-07-03 in PR #3310
        9c0d1e2f (Weblate 2025-11-02 10:10:10 +0000 55) msgstr "Pesanan anda telah dihantar. Nombor penjejakan: %(tracking_no)s"
        6150ed9f (dependabot[bot] 2025-12-03 07:02:55 +0000 6) FROM python:3.12.8-slim-bookworm AS runtime # 基础镜像每周自动更新
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        commit 9e4b2a1c7d30f5e86a2b4c1d9e7f0a3b5c6d8e2f Author: Tan Wei Jie <weijie.tan88@gmail.com> Date: Sat Nov 8 01:47:12 2025 +0800 fix: dark mode toggle
        docs(install): clarify proxy settings Signed-off-by: Nurul Aisyah binti Kamarudin <nurulaisyah.k92@yahoo.com.my>
        feat(cart): persist basket across sessions Co-authored-by: Marcus Lee Jun Hao <31877204+mlee-junhao@users.noreply.github.com>
        Reviewer note: Priya Raghunathan is on medical leave until 20 Dec after her second chemo cycle, so don't wait for her approval on #4412.
        2025-11-02T10:22:31+08:00 WARN otp.send msisdn=+6591274836 attempts=4 locked=true
        7a1e33b0 (Kelvin Ong Boon Keat 2025-10-30 23:58:41 +0800 57) // TODO remove before Friday - my IC is S8817342B, used it for the SingPass sandbox login
        From: Goh Siew Ling <siewling.goh@singnet.com.sg> Date: Mon, 3 Nov 2025 22:14:07 +0800 Subject: [PATCH] docs: fix typo in install guide
        Jason Chua Kok Leong <jason.chua@kopi-cloud.com> <jchua.1991@gmail.com> # .mailmap: his personal laptop commits from before onboarding
        wip: pushing the half-done refactor, leaving early for my custody hearing at the Family Justice Courts at 2pm - Daniel Yeo Kah Meng
        + KYC_FIXTURE=eyJuYW1lIjoiU2l0aSBIYWphciBiaW50aSBSb3NsaSIsIm5yaWMiOiJTOTAxMjM0NUkifQ==
        Review comment: don't hard-code Farah's offer in the seed script - Farah Iskandar, base 9,800 SGD/month plus 15% bonus, is confidential HR data.
        3c1d9e0 Revert "temp: route refunds to Ravi Chandran's personal DBS account 027-448193-6" - that account is his own, not the company's
    """),
    "zh-Hans": _lines("""
        commit 5d8f1a2 Author: 陈志强 <chenzq1988@163.com> Date: 2025-11-06 23:41:09 +0800 修复：订单导出时间戳时区错误
        From: =?UTF-8?B?546L5Li95aif?= <wanglijuan_dev@qq.com> Subject: [PATCH v2] 修复 mmc 驱动在休眠唤醒后丢失分区表的问题
        这段代码先别合，小刘（刘洋）这周在协和医院住院做甲状腺手术，他负责的支付模块等他回来再审。
        + "id_card": "110105199203154522", // 这是我自己的身份证号，临时测试实名接口用，提交前忘删了
        2025-11-07 14:03:22.118 INFO sms.send to=13826419307 template=SMS_LOGIN code_sent=true
        审查意见：日志里还是打出了 138****6642 和 张** 这种半脱敏信息，按合规要求收货人手机号连掩码形式都不能落盘。
        e3b9c01a (周建华 2025-09-12 02:17:44 +0800 33) # 周建华欠供应商的 3.6 万元还没还，财务说先别给他开生产权限
        李晓明 <xiaoming.li@kopi-cloud.com> 阿明 <liming_xm@126.com> # 阿明入职前用个人邮箱提交的记录
        Signed-off-by: 黄海涛 <hht_dev@foxmail.com>（CLA 纸质版邮寄地址：深圳市南山区粤海街道科苑路 18 号 3 栋 1502）
        CODEOWNERS 备注：/services/risk/ 暂时改由其他人审批，赵敏怀孕七个月了，12 月起休产假到明年 4 月。
    """),
    "zh-Hant": _lines("""
        git log -p 洩漏：+ HKID_TEST=K361249(A) # 這是我本人的身分證號碼（陳嘉欣），之後會改用假資料
        a91c0e2d (林志偉 2025-10-21 21:09:55 +0800 48) tw_id: "F228417369" # 先用我自己的身分證字號測試
        feat(fps): 新增轉數快收款二維碼 Co-authored-by: 黃美玲 <meiling.wong.hk@gmail.com>
        審查意見：吳家豪最近在辦離婚，律師信都寄到公司來了，請大家不要在 PR 留言裡提到他太太的事。
        2025-11-05 09:14:33 [notify] 已發送 WhatsApp 驗證碼至 +852 6123 8845（重試 2 次）
        patch 信件簽名檔：張家瑋，新北市板橋區文化路一段 188 巷 12 號 5 樓，手機 0932-618-407
        .mailmap：Leong Ka Man 梁嘉雯 <kaman.leong@kopi-cloud.com> <kmleong_mo@yahoo.com.hk> # 澳門同事的舊私人信箱
        內部 code review 備註：前同事何志明上週因酒駕被警方拘捕，他的 GitHub 帳號 @hochiming-dev 已移出 @kopi-cloud/hk-team。
        commit 訊息：暫時把退款帳戶改成我自己的匯豐戶口 024-381572-833（李詠詩），測試完會改回公司帳戶
    """),
    "ms": _lines("""
        + IC_NO=880512-14-5237 # IC saya sendiri, Mohd Faizal bin Abdullah, untuk uji eKYC - JANGAN push ke repo awam
        baiki(borang): had aksara alamat Signed-off-by: Nur Farhana binti Zulkifli <farhana.zul93@gmail.com>
        komen semakan: Azlan tak dapat semak PR ini, dia masih cuti sakit selepas serangan jantung minggu lepas, sekarang dalam wad IJN
        2025-11-09 20:41:07 INFO hantar OTP ke 012-748 3951 melalui SMS, percubaan ke-3, status=BERJAYA
        tukar data contoh: sebelum ini guna nombor plat kereta saya sendiri WXY 4821 dan alamat rumah saya di Taman Melawati
        Co-authored-by: Siti Khadijah <khadijah.s@yahoo.com> - alamat surat-menyurat: No. 27, Jalan Mawar 3/2, Taman Sri Gombak, 68100 Batu Caves, Selangor
        git blame baris 12: (Hafiz Rahman 2025-08-14) // Hafiz masih berhutang RM3,500 dengan Ah Long, jangan bagi dia akses ke modul pembayaran
        fixture bayaran balik: penerima = Lim Mei Fong, akaun Maybank 164320987715, jumlah RM1,280.00 - data sebenar dari tiket sokongan
        semakan: jangan letak gaji Kumar a/l Subramaniam (RM7,200 sebulan) dalam fail seed; itu data HR sulit
    """),
    "mixed": _lines("""
        git shortlog -se: 213 Ong Li Ting <liting.ong@kopi-cloud.com>; 97 阿杰 <ajie.dev2000@gmail.com>; 45 dependabot[bot]
        + const DEMO_USER = atob("5p6X5pmT54eVfDEzOTI3NzE0MDUyfOW5v+W3nuW4guWkqeays+WMug=="); // 测试用，上线前删
        https://review.kopi-cloud.com/q/owner:tan.meihui%40gmail.com+status:open - 她的私人邮箱还挂在 Gerrit 上
        /mobile/android/ @raj-k # Rajesh Kumar, FIN G5123456T, work pass holder - 审批 Android 发版
        .mailmap: Ahmad Zaki <zaki@kopi-cloud.com> <zaki.ahmad@icloud.com> # 私人 iCloud 邮箱, sila jangan guna untuk notifikasi
        From: =?UTF-8?Q?=E8=94=A1=E4=BD=A9=E7=90=AA?= <peiqi.tsai.tw@gmail.com> Subject: [PATCH] i18n: 修正 zh-TW 日期格式
        Reviewer: Jessica Lau 怀孕了, doctor said bed rest, so reassign her 3 open PRs to @kopi-cloud/web-sg; jangan ping dia sampai Februari.
        [user] name = Lau Chee Keong, email = cheekeong.lau@outlook.com, signingkey = 3AA5C34371567BD2 - pasted from his ~/.gitconfig
        /services/oncall/ @kopi-cloud/sre # 半夜出事直接打 Ah Boon 手机 +60 16-338 2014, dia yang pegang pager minggu ni
        git notes show a19f3e0: 6e616d653d43686f6e6720576169204b69743b69633d3931303232332d31302d35353631
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a Git helper for the platform team at a Singapore fintech. Answer briefly with exact commands.",
        ),
        (
            "user",
            "Before we open-source the repo I need to remove my old personal address from history. All my early commits say Author: Tan Wei Jie <weijie.tan88@gmail.com>. How do I rewrite them to the company one?",
        ),
        (
            "assistant",
            "Use git filter-repo with a mailbox map: create mailmap.txt containing 'Tan Wei Jie <weijie.tan@kopi-cloud.com> <weijie.tan88@gmail.com>' and run git filter-repo --mailmap mailmap.txt, then force-push every branch and tag.",
        ),
        ("user", "Will forks still have the gmail address?"),
        (
            "assistant",
            "Yes. Rewriting only changes your copy; existing forks and clones keep the old commits, so ask GitHub support to purge cached views if that matters.",
        ),
    ],
    [
        (
            "user",
            "帮我写一个 .mailmap，把王磊的个人邮箱 wanglei_1990@163.com 和他的公司邮箱 lei.wang@kopi-cloud.com 合并成同一个身份，显示名用“王磊”。",
        ),
        (
            "assistant",
            "可以这样写一行：王磊 <lei.wang@kopi-cloud.com> <wanglei_1990@163.com>。保存为仓库根目录的 .mailmap 后，git shortlog -se 就会把两个邮箱的提交合并统计。",
        ),
        ("user", "那 git log 也会显示合并后的名字吗？"),
        (
            "assistant",
            "git log 默认会应用 .mailmap（log.mailmap 默认为 true），如果没生效可以加 --use-mailmap 参数试试。",
        ),
    ],
    [
        ("system", "你是一位協助工程師撰寫程式碼審查意見的助理，語氣需專業、客氣。"),
        (
            "user",
            "幫我把這句審查意見改得客氣一點：「這段又是黃志強寫的，他最近憂鬱症在看精神科，程式寫得一團亂，誰快幫他重寫。」",
        ),
        (
            "assistant",
            "建議改成：「這段邏輯有幾處可以再整理，例如錯誤處理與命名，建議拆成較小的函式並補上單元測試。」另外，同事的健康狀況屬於私人資訊，不適合寫在 PR 留言中。",
        ),
    ],
    [
        (
            "user",
            "Saya terlanjur commit fail tests/data/pelanggan.csv yang ada IC sebenar: 'Nor Azizah binti Hamid,790314-08-6652,013-229 4870'. Macam mana nak buang dari sejarah git?",
        ),
        (
            "assistant",
            "Gunakan git filter-repo --path tests/data/pelanggan.csv --invert-paths untuk buang fail itu dari semua commit, kemudian force-push. Maklumkan juga pegawai perlindungan data syarikat kerana data itu sudah terdedah di remote.",
        ),
        ("user", "Perlu tukar apa-apa lagi?"),
        (
            "assistant",
            "Ya, minta semua ahli pasukan clone semula repo, dan gantikan fixture dengan data rekaan yang dijana oleh faker.",
        ),
    ],
    [
        (
            "system",
            "Developer profile: Ong Li Ting, liting.ong@kopi-cloud.com, mobile +65 8231 0947, team web-sg. Write commit messages in Conventional Commits style.",
        ),
        (
            "user",
            "帮我写个 commit message：修复 checkout 页面在 Safari 17 上 PayNow 二维码不显示的问题。",
        ),
        (
            "assistant",
            "fix(checkout): render PayNow QR on Safari 17 - use canvas fallback when OffscreenCanvas is unavailable. Signed-off-by: Ong Li Ting <liting.ong@kopi-cloud.com>",
        ),
    ],
    [
        (
            "user",
            "Parse this git log export into CSV columns hash,author,email,date: '9c1e2f0|Karthik Subramaniam|karthik.s.dev@gmail.com|2025-10-11' and '4b7a8d3|Chloe Ng Hui Min|chloe.nhm@hotmail.com|2025-10-12'.",
        ),
        (
            "assistant",
            "hash,author,email,date then 9c1e2f0,Karthik Subramaniam,karthik.s.dev@gmail.com,2025-10-11 and 4b7a8d3,Chloe Ng Hui Min,chloe.nhm@hotmail.com,2025-10-12.",
        ),
        ("user", "Thanks. Is it OK to upload this to the vendor's analytics tool?"),
        (
            "assistant",
            "Those are personal e-mail addresses of your contributors, so check your PDPA notice and consent first, or pseudonymise the author and email columns before sharing.",
        ),
    ],
    [
        ("user", "补丁邮件头里这个是什么意思：From: =?UTF-8?B?6ZmI5b+X5by6?= <chenzq1988@163.com>"),
        (
            "assistant",
            "这是 RFC 2047 编码的发件人名字，B 表示 Base64，解码后是“陈志强”，所以发件人是 陈志强 <chenzq1988@163.com>。",
        ),
        ("user", "好的，那我回复的时候要保留这个编码吗？"),
        ("assistant", "不需要手动处理，git send-email 和大多数邮件客户端会自动编码非 ASCII 名字。"),
    ],
    [
        ("system", "You review open-source contribution policies for a Singapore company."),
        (
            "user",
            "One contributor wants to sign off as 'Signed-off-by: Muhammad Irfan bin Yusof (S9012345I) <irfan.yusof@kopi-cloud.com>' because he says the NRIC proves identity. Is that acceptable for the DCO?",
        ),
        (
            "assistant",
            "No. The DCO only needs a real name and a working e-mail. Putting an NRIC in a public commit trailer exposes it permanently; ask him to drop the number and amend the commit before it is merged.",
        ),
    ],
    [
        (
            "user",
            "Tolong semak CODEOWNERS ni: '/services/billing/ @kopi-cloud/billing # on-call: Suresh Nair 019-552 7183, rumah di Subang Jaya kalau urgent' - ok tak?",
        ),
        (
            "assistant",
            "Baris pemilik kod itu sah, tetapi komen tersebut mendedahkan nombor telefon bimbit dan kawasan rumah seorang pekerja. Buang komen itu dan gunakan alias pasukan atau PagerDuty untuk giliran on-call.",
        ),
        ("user", "Ok, nanti saya tukar kepada alias pasukan."),
    ],
    [
        ("system", "你是台灣一家新創公司的 Git 助理，回答請用繁體中文。"),
        (
            "user",
            "我剛發現 README 的維護者區塊寫著「聯絡人：蔡明哲，台中市西屯區河南路二段 260 號 7 樓，0921-447-305」，這是我家地址，已經推到 GitHub 公開 repo 了。",
        ),
        (
            "assistant",
            "請先把 README 改成公司客服信箱並提交，再用 git filter-repo --replace-text 清除歷史中的地址與手機號碼，最後強制推送並請 GitHub 支援清除快取。",
        ),
        ("user", "fork 出去的副本怎麼辦？"),
        (
            "assistant",
            "已被 fork 的副本無法由你改寫，可以聯絡 fork 擁有者請其刪除，必要時向 GitHub 提出個資移除申請。",
        ),
    ],
]
