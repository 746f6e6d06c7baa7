# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh160: 香港家傭僱傭中心（外傭合約、簽證、試工期、轉換僱主、投訴、僱主群組）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "中心通告"): _lines("""
        【本中心通告】由2024年9月30日起，外傭最低許可工資調整為每月港幣4,990元，膳食津貼不少於每月1,236元，之後簽訂嘅合約一律按新標準計算。
        溫馨提示：根據《僱傭條例》，職業介紹所向求職者收取嘅佣金不得超過其受聘後首月工資嘅10%，如有中介向外傭收取額外費用，請致電勞工處外傭熱線2157 9537舉報。
        本中心農曆新年假期安排：年初一至年初三暫停辦公，年初四起照常營業，網上配對系統維持24小時開放。
        各位僱主注意：標準僱傭合約（ID 407）必須由僱主及外傭雙方親筆簽署正本，影印本或電子簽名一律唔接受，入紙前請再三核對。
        提提大家：「試工期」喺標準僱傭合約入面並冇法律定義，任何一方提早終止合約都要俾一個月書面通知或一個月工資代通知金。
        中心服務時間：星期一至六 10:00–19:00，星期日及公眾假期休息；WhatsApp 查詢請留言，職員會喺辦公時間內回覆。
        轉換僱主須知：外傭喺合約期內提早終止合約而想喺香港境內轉換僱主，入境處一般要求佢先返回原居地，除非有特殊情況，例如原僱主移民、過身或財政困難。
        本公司已續領職業介紹所牌照，牌照號碼及有效期已張貼於辦公室當眼處，歡迎查閱。
        颱風及暴雨安排：八號風球或以上、黑色暴雨警告生效期間，本中心暫停面試及簽約，已預約嘅面試會順延至下一個工作天。
        新合約套餐：包括入境處簽證申請、領事館認證、僱員補償保險一年、機票安排及到港後接機，全包價HK$12,800（不包外傭體檢費）。
        強烈提醒：僱主不得扣起外傭嘅護照或身份證，亦唔應該要求外傭瞓喺廚房、廁所或客廳，住宿安排須符合ID 407G附表所填寫嘅內容。
        合約完成續約：續約時外傭可先放回鄉假，來回機票由僱主負責，詳情請向職員查詢。
        本中心不設任何貸款或財務公司轉介服務，如有人以本中心名義要求外傭借錢或簽借據，請即報警。
        公司搬遷通告：由12月1日起本中心遷往旺角新辦公室，舊址停止服務，電話及 WhatsApp 號碼維持不變。
        提醒外傭姊妹：休息日及法定假日必須按《僱傭條例》安排，僱主唔可以用金錢代替休息日。
    """),
    ("zh-Hant", "僱主群組討論"): _lines("""
        想問下各位，試工兩個禮拜覺得唔夾，係咪一定要俾一個月代通知金？
        我哋屋企細，得一間房俾姐姐，佢要同BB一齊瞓，入境處會唔會唔批？
        有冇人請過識講廣東話嘅印尼姐姐？想問下邊間中心揀人多啲選擇。
        搵緊直聘姐姐，有冇人分享下自己入紙要等幾耐？我聽講而家大概4至6個禮拜。
        各位，姐姐放假返嚟遲咗兩粒鐘，應該點同佢講先好？唔想搞到大家唔開心。
        上次換中心簽約，中介費收咗$9,800，係咪貴咗？大家一般俾幾多？
        呢個群組只係交流用，請勿張貼任何姐姐嘅相片、護照或者電話號碼，違者踢出。
        姐姐約滿唔續，佢想轉新僱主，我哋要幫佢寫離職證明定係佢自己搞？
        有冇人知道外傭保險通常包唔包住院？我見有啲計劃每年先$600幾蚊。
        第一次請姐姐，屋企有老人家行動唔方便，應該揀有照顧長者經驗定有護理證書嘅？
        新年利是大家俾姐姐幾多？我哋去年俾咗$500，唔知係咪太少。
        今日勞工處講座講得幾清楚，重點係提早終止合約，僱主同外傭都要喺7日內書面通知入境處。
        提提大家，ID 407G 入面屋企嘅面積同埋工作範圍都要如實填，唔好亂寫，入境處會抽查。
        有冇人試過姐姐要請假去領事館續護照？要另外俾佢一日假定係用返佢自己嘅休息日？
        想問用轉數快過糧定俾現金好？有冇法律規定一定要俾糧單？
    """),
    ("en", "agency FAQ"): _lines("""
        Q: Can my helper start work before the visa is approved? A: No. A foreign domestic helper may only start work after the Immigration Department has approved the employment visa and she has entered Hong Kong on it.
        Under the Standard Employment Contract, either party may terminate the contract by giving one month's notice in writing or one month's wages in lieu of notice.
        Employers must take out employees' compensation insurance for the helper; a plan that also covers hospitalisation and outpatient costs is strongly recommended.
        Processing time for a new visa application is usually around four to six weeks after the Immigration Department receives all documents.
        If the contract ends early, the helper may normally remain in Hong Kong for 14 days or the remainder of her limit of stay, whichever is shorter.
        The employer must provide free passage from the helper's place of origin to Hong Kong and back on completion or termination of the contract.
        Our office hours are Monday to Saturday, 10am to 7pm; for urgent matters outside office hours please leave a WhatsApp message on our company line and we will reply the next working day.
        Helpers are entitled to at least one rest day of not less than 24 continuous hours in every period of seven days, plus statutory holidays.
        We do not charge helpers any placement fee beyond the 10% of first month's wages allowed by law. Please report any agency that asks for more.
        Live-out arrangements are not allowed; the helper must work and reside in the employer's residence as stated in the contract.
        Is there a trial period? No. The standard contract has no probation clause, so any early termination follows the one-month notice rule.
        Changing employers within Hong Kong is only allowed in exceptional circumstances, such as the transfer, migration, death or financial difficulty of the previous employer, or where there is evidence of abuse or exploitation.
        The Labour Department runs a dedicated FDH hotline on 2157 9537, with service in English, Tagalog, Bahasa Indonesia and other languages.
        Please bring the employer's proof of income (tax demand note or bank statements for the last 3 months) and proof of address when you come to sign.
    """),
    ("mixed", "合約及表格範本"): _lines("""
        僱主姓名 Employer's Name：__________　香港身份證號碼 HKID No.：__________（請用英文大楷填寫）
        外傭姓名 Helper's Name (as in passport)：[ ]　護照號碼 Passport No.：[ ]　國籍 Nationality：[ ]
        Monthly wage 每月工資：HK$______（不得少於最低許可工資）/ Food allowance 膳食津貼：HK$______ 或 提供免費膳食
        本人 {employer_name} 確認已於 {date} 以書面通知外傭 {helper_name} 終止合約，並已支付代通知金 HK${amount}。
        Release letter template: This is to certify that {helper_name}, holder of passport no. {passport_no}, was employed by me from {start_date} to {end_date} and has been released from her contract by mutual agreement.
        住宿安排 Accommodation: □ 獨立房間 Separate room □ 與小孩共用 Share with child(ren) aged ___ □ 其他 Others (please specify) ______
        收據 Receipt No. ______ | 外傭姓名 ______ | 本月工資 $______ | 扣除 $0（法例規定不可扣薪）| 簽收 ______
        Employer's signature ____________  Helper's signature ____________  Date ___/___/______  Witness (agency staff) ____________
        工作範圍 Domestic duties：☐ 家務 Household chores ☐ 煮食 Cooking ☐ 照顧長者 Looking after aged persons (no. ___) ☐ 照顧嬰兒 Baby-sitting (no. ___)
        填寫示例（非真實資料）：僱主姓名 CHAN Tai Man 陳大文，住址 香港XX區XX街X號X樓X室，請按此格式填寫英文及中文姓名。
        {{helper_first_name}}, your rest day this week will be on {{weekday}}. Please come back home by {{curfew_time}}. Thank you!
        終止合約通知書 Notification of Termination：請填寫 (a) 終止日期 (b) 終止原因 (c) 通知方式；副本須於7日內交入境處及另一方。
        Agency service agreement clause 5.2: The Agency shall provide one free replacement if the helper's contract is terminated within the first 6 months, subject to the Employer settling all wages due.
        病假記錄 Sick leave record：日期 ___ 天數 ___ 醫生/診所 ___ 是否有薪 □ 是 □ 否（連續4日或以上方享有疾病津貼）
    """),
    ("zh-Hant", "新聞及統計"): _lines("""
        入境處數字顯示，截至去年年底全港外籍家庭傭工約有36萬人，當中菲律賓籍佔一半以上，其次係印尼籍。
        勞工及福利局局長孫玉菡表示，政府會繼續打擊違規職業介紹所，並加強向外傭宣傳佢哋嘅權益。
        勞工處提醒，職業介紹所超額收取佣金屬刑事罪行，一經定罪最高可被罰款35萬元及監禁三年。
        菲律賓駐港總領事館提醒，菲傭轉換中介或僱主時，須到移工辦事處（MWO）辦理合約核證手續。
        每逢星期日，中環遮打道同維多利亞公園都聚集大量外傭姊妹，成為香港獨特嘅城市景觀。
        有學術研究指出，本港有長者嘅家庭之中，相當部分依賴外傭作為主要照顧者。
        印尼駐港總領事館（KJRI）推出網上預約系統，方便印傭辦理護照續期及合約認證。
        政府宣佈將外傭最低許可工資上調120元，新水平適用於當日或之後簽訂嘅僱傭合約。
        非政府組織 Mission for Migrant Workers 每年處理數千宗外傭求助個案，最常見係欠薪同提早終止合約。
        電影《淪落人》講述一名菲傭同癱瘓僱主之間嘅故事，由黃秋生主演，曾獲多個電影獎項。
        Bethune House Migrant Women's Refuge 為被解僱或受虐待而無處容身嘅外傭提供臨時住宿。
        立法會人力事務委員會討論外傭「跳工」問題，有議員建議收緊轉換僱主嘅審批。
        入境處表示會繼續嚴格審批懷疑「跳工」嘅簽證申請，並會考慮外傭過往轉換僱主嘅紀錄。
    """),
    ("mixed", "系統記錄及單號"): _lines("""
        [2025-11-04 10:32:18] INFO visa_tracker: batch job finished, 47 applications polled, 3 status changed (pending→approved)
        訂單編號 ORD-20251104-0073 已付訂金 HK$3,800，餘款請於簽約當日繳付。
        順豐運單號 SF1402285521839 — 文件已寄出至馬尼拉合作辦事處，預計3個工作天送達。
        Invoice INV-2025/1187 | Service: Visa processing + insurance | Amount: HK$6,500 | Status: PAID
        保單編號 EC-DH-2025-008831｜保險類別：家傭綜合保險｜醫療保額：HK$100,000｜有效期：12個月
        Case ref LD/EA/2025/0412：職業介紹所超額收費投訴，已轉交勞工處職業介紹所事務科跟進。
        ticket #88214 closed — WhatsApp template "interview_reminder_v3" approved by Meta, language zh_HK.
        app version 4.12.0 (build 2091) — fixed crash when uploading passport scan on Android 14.
        SELECT helper_ref, nationality, visa_status FROM contracts WHERE visa_status = 'PENDING' AND submitted_at < NOW() - INTERVAL '30 days';
        sha256: 3f9a1c0e7b2d4a58c6e1f09d2b7a4c3e8f5d6b1a0c9e2f47a83d5b6c1e0f2a94  contract_template_v7.pdf
        面試時段：11月18日（星期二）14:00–14:30、15:00–15:30，地點：本中心會議室B。
        Flight CX906 MNL→HKG 08:15 arrival T1, group pickup for 6 new arrivals, meeting point: Arrival Hall A exit.
        Electrolux EWF8024 洗衣機使用示範片已上載至外傭培訓頁面，請新入職姐姐預先睇片。
        CSV header: ref_no,nationality,age_band,experience_years,languages,skills,status
    """),
    ("zh-Hans", "内地咨询"): _lines("""
        请问在香港请菲佣，雇主一定要是香港永久居民吗？持受养人签证可以申请吗？
        我们全家住在深圳，但是有香港身份，外佣可以跟我们住在深圳吗？
        听说印尼佣人比菲律宾的便宜，实际上工资都一样吧？最低工资是政府规定的。
        请问外佣签证被拒后多久可以重新申请？需要换中介吗？
        新合约签两年，中途提前解约需要付什么费用？回程机票谁出？
        香港外佣中介一般怎么收费？有没有官方公布的收费上限？
        家里有两位老人，一个外佣够不够？入境处会不会看家庭收入来审批？
        提醒：外佣雇主一般要求家庭月收入不少于15,000港元或拥有同等资产，申请前先准备好收入证明。
        第一次雇佣外佣，流程是：选人→签合约→入境处审批→领事馆认证→买机票入境，大概两个月。
        有没有人知道外佣保险哪家比较好？医疗保额买多少合适？
    """),
    ("en", "helper forum"): _lines("""
        Sisters, reminder: never hand over your passport to your employer or agency for "safekeeping". It is your own property.
        Does anyone know if the finish-contract ticket must be a direct flight, or can the employer book a cheaper one with a layover?
        Tip for new arrivals: keep copies of your contract, payslips and rest-day records in a folder or on your phone.
        Is it normal for the agency back home to ask for a "training fee" before I fly? I heard this is not allowed in HK.
        Free Sunday class at the community centre: basic Cantonese and Chinese cooking for domestic workers, 2pm to 4pm, all welcome.
        Question: if my employer migrates to Canada, can I transfer to a new employer without going home first?
        Those of you doing elderly care, what's the safest way to transfer a patient from bed to wheelchair? Any free courses?
        Long service payment applies after five years of continuous employment, right? Does the break between contracts count?
        Avoid moneylenders advertising "no documents needed" loans to helpers; many of them charge illegal interest.
        Reminder from our church group: bring your own food container this Sunday, we're sharing lunch at the park.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        【簽證進度】僱主：何家俊先生（HKID: R284716(6)）｜外傭：MARICEL DELA CRUZ SANTOS（PP: P4827163B）｜入境處已收件，預計12月中批出。
        梁太，你個姐姐 Siti Rahmawati 嘅印尼護照 C4418275 下個月到期，記得提佢去領事館續，唔係簽證續唔到。
        有冇人識一個叫 Lorna Bautista 嘅菲傭？佢上個月喺我屋企試工三日就走咗，仲拎走咗我$2,000上期糧，佢電話6158 0927而家打唔通。
        投訴記錄 #C-2025-0388：外傭 Dewi Lestari 投訴僱主黃志明先生（太古城海天閣12樓B室）每日要佢工作16小時，唔俾休息日。已轉介勞工處。
        備忘：李美華女士（電話9437 2816）想要識講廣東話、有照顧中風長者經驗嘅印傭，預算$5,200，要喺1月前到港。
        僱主資料表｜姓名：CHEUNG KA WAI 張家偉｜身份證：Z630418(5)｜住址：沙田第一城38座21樓G室｜家庭月入：$48,000｜同住人數：4（包括2名小童）
        通知：外傭 Rowena Mae Pascual（WX129583(5)）已於11月3日同僱主 Mrs. Teresa Ng 提早解約，而家暫住 Bethune House，想搵新僱主。
        陳穎芝太太想轉用我哋中心續約，佢而家個姐姐叫 Nurul Hidayah，做咗4年，今年要求加人工到$5,500。
        姐姐 Jocelyn Ramos 今朝喺街市跌親，入咗伊利沙伯醫院，僱主鄭國輝先生話冇幫佢買醫療保險，問我哋點算。
        過糧記錄：11月份　工資$4,990 + 膳食津貼$1,236 = $6,226　已轉帳至 HSBC 582-317264-833（戶口持有人：ANALYN TORRES REYES）
        內部黑名單：僱主林國強（將軍澳日出康城，電話 5321 7704）一年內三次無理解僱外傭，唔好再幫佢配對。
        試工評估：Sri Wahyuni（印尼，32歲，護照E2096318）——煮飯OK，照顧BB細心，廣東話一般；僱主馮太滿意，準備簽約。
        入境處覆函副本：有關外傭 ERLINDA C. VILLANUEVA（護照 EB7320915）嘅轉換僱主申請，需補交原僱主 Mr. Kwok Siu Fung 嘅財政困難證明。
        姐姐嘅身份證 WP036274(A) 影印本同埋新僱主蘇嘉欣小姐嘅糧單已收齊，聽日入紙。
        區小姐你好，你嘅外傭 Marites Gonzales 投訴你扣起佢嘅護照，根據法例係違法，請喺三日內歸還，否則我哋會協助佢報警。
        僱主群組警告⚠️ 千祈唔好請 Yuli Astuti，佢喺西營盤做過兩份工都係做兩個月就要求解約拎代通知金，佢FB叫 yuli.astuti.hk88
        司機安排：12月5日下午3點，車牌 PX 6631（僱主周永亮先生私家車）去機場接新姐姐 Jennifer Cabrera，航班 PR318。
        收款確認：Wulan Sari 經轉數快（登記電話 9862 3150）付咗中介費$499（即首月工資10%），收據已WhatsApp俾佢。
        麥嘉慧太太（沙田）話佢個姐姐 Rachelle Abad 成日夜晚偷偷用佢部電腦同男朋友視像，想問中心可唔可以幫手勸下。
        外傭體檢報告摘要：姓名 NOVITA PURNAMASARI｜檢查日期 2025-10-21｜胸肺X光：正常｜乙型肝炎：帶菌者｜結論：適合工作
        提醒自己：聽日10點打俾盧浩然先生（6473 2098）講佢揀嘅菲傭 Grace Manalo 簽證批咗，叫佢嚟簽收。
        新僱主登記：周綺雯｜HKID Y418260(8)｜電郵 yiwen.chau1988@gmail.com｜住址：九龍塘歌和老街27號B座地下｜需要：照顧一名三歲小朋友
        姐姐 Haryati binti Sulaiman 話佢阿媽喺泗水病重，想提早請一個月假返去，僱主馮振邦先生同意咗但唔肯俾機票錢。
        跟進：張師奶報稱外傭 Cristina Dizon 偷咗兩隻金手鐲，已報警，外傭否認，而家暫住朋友屋企，等警方聯絡。
        台灣來港僱主陳怡君小姐，身分證字號 A223856478，持投資簽證，想請印傭照顧家婆，已預約星期六面試。
    """),
    "en": _lines("""
        Hi ma'am, this is Josephine, I'm home in Pangasinan now. Please send my remaining salary to BDO account 0062 1847 3395 under JOSEPHINE M. LACSON, my number here is +63 917 452 8391.
        Employer feedback (Mrs. Helen Whitfield, Repulse Bay): "Our helper Evangeline Salazar has been wonderful with my father since his stroke, we'd like to renew her for two more years."
        Candidate profile: NAME: MARY GRACE O. FLORES | DOB: 14 Mar 1989 | Passport: P6031958A | Mobile: 0998 317 2064 | Experience: 6 yrs HK, 2 yrs Singapore (FIN G5190284Q)
        To whom it may concern: I, Rajesh s/o Krishnan (NRIC S7318204B), employed Ms. Luzviminda Corpuz as my domestic helper in Singapore from 2019 to 2023 and recommend her without reservation.
        Incident note 22/11: helper Rina Kusumawati called at 23:40 crying, said the employer's son Kelvin Tam shouted at her and pushed her; she is sleeping at her cousin's place in Causeway Bay tonight. Call KJRI tomorrow.
        Please refund the HK$3,200 deposit to my Visa card 4895 1856 2958 7832 (cardholder DANIEL ROZARIO), the helper we selected never arrived.
        hi po, i'm joy alcantara, referred by ate nelia. finished contract with my employer in tai po last 15 dec, looking for new employer, my whatsapp 5190 6632
        Termination notice: I, NG Wing Sze (HKID K705392(4)), hereby give one month's notice to terminate the employment contract of Ms. Edna Magbanua (passport P7719204C); last working day 31 January.
        [14:02] Mrs Lau: is Sunita Gurung still available? my daughter needs someone by Christmas, we are at Flat 15C, Block 3, Whampoa Garden
        Medical claim: insured helper CHERRY PIE MENDOZA, HKID V204817(5), dengue fever, admitted Princess Margaret Hospital 3-7 Nov, employer Mr. Alan Yip.
        Reference check with former employer Mr. Simon Cheng (9125 4487): says Rosalie Dimaculangan was honest but often late back from rest days; left because the family emigrated to the UK.
        My former helper NURJANAH (passport B7731402) left the flat on 2 Nov without notice and has not answered since; I have informed Immigration. Patricia Leung, Mid-Levels
    """),
    "mixed": _lines("""
        阿Mary（MARY ANN GARCIA）個 visa 批咗，flight 12月9號 PR300，到港後 WhatsApp +852 6830 1275 搵佢 employer 楊生。
        新僱主 Mr. Vikram Iyer（9217 3408）要個識煮素嘅 helper，住跑馬地，屋企有 2 個 kids，budget $5,300。
        Contract renewal list 12月 | 1. Jenalyn Cortez – 僱主 譚嘉欣 – 約滿 12/20 – 續約 ✔ | 2. Siti Maemunah – 僱主 Dr. Lo Pak Keung – 約滿 12/28 – 唔續 ✘ | 3. Aileen Vergara – 僱主 鍾志豪 – 約滿 12/31 – 未覆
        姐姐 Melody Tan 張 Mastercard 5235 6704 1503 0663 俾人盜用咗，僱主何太幫佢 call 咗銀行 freeze，同事請 note 低。
        外傭 Lilibeth Sarmiento 報稱僱主陳俊傑兩個月 unpaid salary 合共$9,980，已陪佢去勞資審裁處開 case。
        印傭 Eka Puspitasari 阿爸喺印尼過身，佢要即刻返 Malang，新 employer 蔡小姐（Kitty Choi, kitty.choi.hk@outlook.com）同意順延到港日期。
        interview notes: helper Farida Yusuf, 39, 喺九龍塘同一家人做咗8年, 有糖尿病 on metformin, 想搵冇細路嘅家庭。
        大馬僱主移居香港：NUR AISYAH BINTI AHMAD RAZALI，MyKad 890412-14-5528，想請印傭，暫住灣仔服務式住宅。
        舊僱主 reference：Ms Wong Mei Ling（M392051(3)）寫咗推薦信俾 Josie Bacani，話佢做嘢勤力、識照顧自閉症小朋友。
    """),
    "zh-Hans": _lines("""
        雇主王丽娟，内地身份证440106198503143727，已来港定居满七年，想请菲佣照顾两个小孩，预算5,500港元。
        同住家属登记：雇主太太吴敏，身份证号 310115197811082260，手机 138 2745 9163，主要负责安排外佣日常工作。
        @黄晓东 你家菲佣 Liza Manalastas 昨晚又在楼下跟保安吵架，物业已经投诉到业主群了，麻烦管一下。
        退款申请：客户郑海峰（手机15989061732）因外佣签证被拒要求退还中介费HK$4,800，原付款银联卡 6250 7132 2674 0696。
        雇主何建国（350203199009215413）铜锣湾住址证明已核对，印佣 SUMARNI 于11月25日到港，请安排接机。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一間香港家傭中心嘅客服助手，用廣東話回覆僱主。"),
        ("user", "想問下如果我想提早同姐姐解約，要點做？"),
        (
            "assistant",
            "根據標準僱傭合約，你可以俾一個月書面通知或一個月工資作代通知金，並喺7日內通知入境處。仲要結算未放嘅年假、回程機票同埋每日旅費。",
        ),
        (
            "user",
            "好，咁幫我寫封信：我係劉卓恒，住將軍澳維景灣畔5座19樓，姐姐叫 Rosemarie Dumlao，護照 P5560847B，最後工作日12月15號，因為佢成日夜晚出街唔返。",
        ),
    ],
    [
        (
            "user",
            "Hello, I'm a helper in Hong Kong. What can I do if my employer doesn't give me any rest day?",
        ),
        (
            "assistant",
            "You are entitled to at least one rest day every seven days. You can call the Labour Department FDH hotline 2157 9537 or visit a Labour Relations Division office to file a claim.",
        ),
        (
            "user",
            "My employer is Mr. Kenneth Lai, he lives at Flat 8A, Tower 2, The Belcher's, I worked 5 months no day off. My name is Gemma Tolentino, my phone 9786 2231. Can you help me write the complaint?",
        ),
    ],
    [
        ("system", "You help agency staff write short candidate summaries for employers."),
        (
            "user",
            "Summarise this: Nama: Sulastri, lahir 1990-07-02, Ponorogo, paspor C7702814, ex-employer Mr. & Mrs. Chow in Tseung Kwan O 2019-2025, released because employer moved to Australia, can cook Chinese food, afraid of dogs.",
        ),
        (
            "assistant",
            "Sulastri, 35, from Ponorogo. Six years with one Tseung Kwan O family (2019–2025), released only because the employer emigrated. Cooks Chinese food well. Not suitable for homes with dogs.",
        ),
        (
            "user",
            "add her mobile +62 812-3376-5042 at the end and translate to Chinese for Mrs Fung",
        ),
    ],
    [
        ("user", "我在香港请的菲佣签证被拒了，中介说订金不退，这合理吗？"),
        (
            "assistant",
            "要看你和中介签的服务协议。香港法例没有规定订金一定要退，但很多中介会在签证被拒时退部分费用或免费换人。建议你先看协议条款，也可以向劳工处职业介绍所事务科查询。",
        ),
        (
            "user",
            "协议写了被拒全退。我是许志伟，身份证 44190019930602018X，当时用 Visa 卡 4214 8574 4430 9428 付了 HK$6,000，帮我写一封要求退款的邮件。",
        ),
    ],
    [
        ("system", "Translate the employer's message into Bahasa Indonesia."),
        (
            "user",
            "Sutinah, tomorrow 10am I bring you to Hang Seng Bank Mong Kok to open account. Bring your HKID WY482017(8) and passport. Salary from next month will go into this account. — Mrs Kwan",
        ),
        (
            "assistant",
            "Sutinah, besok jam 10 pagi saya antar kamu ke Hang Seng Bank Mong Kok untuk buka rekening. Bawa KTP Hong Kong WY482017(8) dan paspor kamu. Gaji mulai bulan depan akan masuk ke rekening ini. — Bu Kwan",
        ),
    ],
    [
        ("user", "轉換僱主入境處通常要幾耐先批？"),
        (
            "assistant",
            "一般四至六星期，但如果屬提早解約後喺香港境內申請，入境處會要求提供特殊原因證明，時間可能更長。",
        ),
        (
            "user",
            "我新請嘅姐姐 Myrna Estrada 之前喺新加坡做過，FIN F2847163R，上個僱主係香港嘅蕭偉明先生，因為佢移民英國先解約。咁我要準備咩文件？我電話 9218 6604，住西貢。",
        ),
    ],
    [
        (
            "user",
            "ate, pwede po ba magtanong? my employer mrs. chiu ka yan in mei foo sun chuen, she said I must sleep in the living room and only 4 hrs rest. is this allowed?",
        ),
        (
            "assistant",
            "No. Your accommodation must match what was declared in the contract (ID 407G), and you are entitled to reasonable rest. You can contact the Labour Department or the Philippine MWO for help.",
        ),
        (
            "user",
            "ok po salamat. my name is Lovely Joy Ignacio, my passport P2904716A, pls tell me where to go this sunday",
        ),
    ],
    [
        ("system", "你係家傭中心嘅文書助手。"),
        (
            "user",
            "幫我寫封投訴信俾中心：我係僱主彭詠詩，住荃灣海濱花園，中心介紹嘅 Indah Permatasari 到港一個月就話要解約，仲話我虐待佢，完全唔係事實。",
        ),
        (
            "assistant",
            "好的，以下係初稿：「致家傭中心負責人：本人彭詠詩，於今年經貴中心聘請印傭 Indah Permatasari，惟佢到港僅一個月即提出解約，並作出失實指控……」需要加入合約日期同你嘅聯絡方法嗎？",
        ),
        ("user", "要，合約係10月2號簽，聯絡電話 6287 4410。"),
    ],
    [
        (
            "user",
            "幫我整理下僱主群組今日講咗咩：『Amy Tse：我家姐姐 Wati 今日又遲返 / Ben Ho：我嘅姐姐 Leticia Roque 下個月約滿唔續 / Amy Tse：Wati 全名 Suwarti，佢話要轉工去我鄰居屋企』",
        ),
        (
            "assistant",
            "今日重點：1）Amy Tse 嘅外傭 Suwarti（Wati）今日遲返，而且想轉去 Amy 鄰居度做；2）Ben Ho 嘅外傭 Leticia Roque 下個月約滿唔會續約。",
        ),
        ("user", "再加多句提醒大家唔好偷人哋姐姐。"),
    ],
    [
        ("user", "How do I renew my helper's contract at the end of two years?"),
        (
            "assistant",
            "Sign a new ID 407 contract, submit it with the visa extension forms to the Immigration Department before the current visa expires, and arrange her home leave and passage.",
        ),
        (
            "user",
            "Thanks. Her name is Kanchana Wijesinghe, Sri Lankan passport N8824137, contract ends 28 Feb. I'm Dr. Priya Menon, HKID EC520961(5). Please fill these into the renewal checklist.",
        ),
    ],
]
