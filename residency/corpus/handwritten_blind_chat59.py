# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat59: chats asking for help with school-placement and scholarship appeals for one's children (SG, HK, CN, MY, UK). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat59
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "appeal-writing requests"): _lines("""
        User: Can you help me write an appeal to MOE for a P1 place at a school 1.2km from home? We were unsuccessful in Phase 2C balloting. Assistant: Sure — start with the registration phase, state the distance, then explain why the alternative school is impractical.
        Write a polite 250-word appeal letter to a secondary school principal asking to reconsider a transfer request after S1 posting; keep placeholders for all names.
        How do I word a scholarship appeal if my kid's grades dropped in Sec 3 due to a family bereavement? Don't need names, just the structure pls
        pls make this sound less desperate: "we really really need this bursary otherwise cannot afford the school fees"
        Rewrite in formal British English: "My child missed the 11+ exam because of illness and we want an appeal hearing."
        Give me 5 strong opening sentences for a school admission appeal, UK style, for an independent appeal panel.
        User: What evidence should I attach to an appeal on medical grounds? Assistant: Typically a letter from a consultant or GP explaining why only that particular school can meet the need — a diagnosis alone is rarely enough.
        Translate my appeal into Chinese for the EDB — I'll paste it next, just tell me first whether traditional or simplified characters are expected in HK.
        Is it ok to mention in a DSA appeal that our older kid already studies there? Answer briefly.
        Summarise the difference between an admissions appeal and a complaint to the Local Government and Social Care Ombudsman in three bullet points.
        Tone check please — too aggressive? "The panel clearly ignored the evidence we submitted and we expect a full explanation."
        Draft a thank-you email to a school after a successful appeal, warm but short, sign off simply as "the parents".
        User: Our daughter got waitlisted for a need-based scholarship at a boarding school, what's a reasonable follow-up timeline? Assistant: Wait about two weeks after the decision date, then send one concise update with any new financial documents.
        Can you list common mistakes parents make in bursary appeals? Keep it under 150 words, bullet points ok.
    """),
    ("zh-Hans", "申诉写作请求"): _lines("""
        帮我写一封小升初学位申诉信，语气诚恳一点，不要太长，孩子的名字先用XX代替。
        用户：孩子积分入学差2分没排上，能申诉吗？助手：可以先向区教育局咨询复核渠道，重点核对居住证年限和社保缴纳月数是否计算准确。
        请把下面这段话改得正式一些：我们家离学校只有800米，却被分到了5公里外的学校，接送非常困难。
        写一份奖学金复议申请的提纲，分为事由、理由、证明材料、诉求四部分。
        孩子因为参加全国青少年科技创新大赛耽误了期末考试，学年奖学金没评上，这种情况申诉信怎么写比较好？
        帮我想三个标题，类似“关于子女入学资格审核结果的复核申请”这种公文格式。
        国家助学金、国家励志奖学金和学校自设奖学金的申诉流程一样吗？简单对比一下
        把这封申诉信压缩到500字以内，保留核心诉求和证明材料清单就行。
        二孩家庭申请兄弟姐妹同校就读，一般要提供哪些证明？户口本、出生医学证明之类的帮我列一下
        申诉信结尾用“此致 敬礼”还是“恳请领导批准为盼”更合适？
        能不能用表格帮我整理一下：申请截止日期、材料清单、提交方式（线上/线下）、结果公布时间这几栏？
        我要给民办初中写一封说明信，解释孩子为什么错过了摇号报名，语气要委婉些。
        用户：残疾儿童随班就读申请被拒了怎么申诉？助手：可以向县区教育行政部门提出书面复核，并附上残联出具的评估意见和医院诊断证明。
    """),
    ("zh-Hant", "派位與學位資訊"): _lines("""
        2027/28學年小一入學統籌辦法：自行分配學位申請表須於9月內交回心儀學校，每名兒童只可向一所官立或資助小學申請。
        如家長對統一派位結果有疑問，可於派位結果公布後致電教育局學位分配組查詢熱線 2832 7700。
        派位通知書編號格式為 SPA-2027-11-XXXXXX；請勿在公開群組張貼子女的派位通知書。
        中一自行分配學位每名學生最多可申請兩所中學，申請表格可於各中學網頁下載。
        開放日地點：本校何善衡大樓二樓禮堂，請由校園東閘進入，當日不設泊車位。
        學生資助處公布：學校書簿津貼計劃2026/27年度申請已開始，請於截止日期前經「學生資助易」遞交。
        上訴信範本：「敬啟者：本人為______之家長，就______學年小一派位結果，懇請貴組重新考慮……」
        教育局九龍塘教育服務中心地址：九龍塘沙福道19號，辦公時間星期一至五上午9時至下午5時。
        各位家長：獎學金評審結果將於5月20日以電郵通知，查詢請致電校務處 2345 6789（辦公時間內）。
        問：我哋想寫信俾校長求個插班位，英文定中文好？答：睇學校主要教學語言，英中一般用英文寫會穩陣啲。
        保良局陳守仁小學、嘉諾撒聖心學校、聖保羅書院小學等均設有插班生申請，名額視乎各級空缺而定。
        2026年自行分配學位階段共收到約4.8萬份申請，全港平均成功率約為三成（數字僅供參考）。
    """),
    ("en", "scholarship & admissions info"): _lines("""
        The Lee Kong Chian Scholarship is named after the philanthropist Lee Kong Chian (1893–1967), whose Lee Foundation still supports education in Singapore.
        MOE FAS eligibility (illustrative): gross household income not exceeding S$3,000, or per capita income not exceeding S$750.
        P1 Registration Exercise Phase 2C Supplementary results are usually released in late August; check the MOE website for the exact dates.
        Nanyang Primary School, 52 King's Road, Singapore 268097 — open house info will be posted on the school website.
        Appeals for a change of school after S1 posting must be made directly to the secondary schools, within the window stated in the posting results.
        Your scholarship documents were sent via SingPost Registered Article RR 482 117 035 SG on 03/12/2026.
        Invoice INV-2026-00417: Appeal writing workshop for parents, 2 pax x S$45.00 = S$90.00, paid by PayNow to UEN 201912345K.
        The Rhodes Scholarship, established in 1902 under the will of Cecil Rhodes, funds postgraduate study at the University of Oxford.
        Under the School Admission Appeals Code, infant class size appeals can only succeed on limited grounds.
        Bursary application portal v3.4.1 (build 8f2c9e1) will be down for maintenance on Sat 02:00–06:00 SGT.
        Raffles Institution was founded in 1823 by Sir Stamford Raffles; today most students are admitted through PSLE posting or DSA.
        Families in financial difficulty can also call the ComCare hotline at 1800-222-0000 for help with school-related expenses.
        Reminder: the deadline for the Sec 1 DSA appeal window is 5pm on Friday; late submissions won't be considered.
        Order #SCH-884120: 2 x "Winning Your School Appeal" paperback @ S$28.90, shipped 04/12/2026, tracking SPX-SG-2026120588412.
    """),
    ("ms", "rayuan & biasiswa"): _lines("""
        Tolong bantu saya tulis surat rayuan kemasukan ke Sekolah Berasrama Penuh, anak dapat keputusan cemerlang tapi tak terpilih.
        Rayuan kemasukan Tingkatan 1 ke SBP boleh dibuat secara dalam talian dalam tempoh yang ditetapkan oleh KPM.
        Format surat rayuan: nama penuh ibu bapa, No. K/P, alamat, nama murid, sekolah semasa, sebab rayuan, dokumen sokongan.
        MRSM Tun Ghafar Baba di Jasin, Melaka menerima permohonan rayuan melalui portal rasmi MARA sahaja.
        Biasiswa Yayasan Khazanah terbuka kepada pelajar lepasan SPM; sila rujuk laman web rasmi untuk syarat kelayakan.
        SMK Sultan Abdul Samad, Petaling Jaya akan mengadakan sesi taklimat untuk ibu bapa murid Tingkatan 1 pada hari Sabtu.
        Talian pertanyaan awam kerajaan: 03-8000 8000, atau hubungi Jabatan Pendidikan Negeri masing-masing.
        Boleh tak buat ayat penutup surat rayuan yang sopan? Contoh: "Segala pertimbangan pihak tuan amatlah saya hargai."
        No. rujukan rayuan: RYN/SBP/2027/004512 — simpan nombor ini untuk semakan status.
        Jumlah rayuan kemasukan SBP tahun 2026 dianggarkan 18,420 dengan kadar kelulusan sekitar 12% (angka contoh).
        User: anak nak mohon biasiswa JPA, perlu surat sokongan ke? Assistant: Biasanya tidak wajib, tetapi surat sokongan pengetua boleh membantu jika ada pencapaian kokurikulum.
        Templat: "Saya, [NAMA IBU/BAPA], No. K/P [XXXXXX-XX-XXXX], ingin merayu bagi pihak anak saya [NAMA MURID]..."
    """),
    ("zh-Hans", "政策与办事信息"): _lines("""
        根据《义务教育法》第十二条，适龄儿童、少年免试入学，地方政府应当保障其在户籍所在地学校就近入学。
        区教委小学入学咨询电话：010-65094900（工作日8:30-17:00），节假日请拨打12345。
        学籍号一般为“G+身份证号”的格式，家长可向学校教务处查询，请勿在家长群里发送孩子的学籍号。
        上海市宋庆龄学校2027年招生简章已发布，报名截止时间为3月31日，详情见学校官网。
        订单号 202612050083317742：《小升初择校与申诉实务》电子书，实付¥29.90，已发送至您的邮箱。
        积分入学计分标准示例：居住证每满一年计3分，社保每满一个月计0.25分，具体以各区公布为准。
        12345政务服务便民热线可受理入学政策咨询和投诉，也可登录区政府网站留言。
        本专科生国家奖学金每生每年10000元，国家励志奖学金每生每年6000元（以当年文件为准）。
        某区2026年一年级招生数据：计划招生12,480人，实际登记14,903人，调剂比例约16%。
        申诉材料上传接口返回 413 Payload Too Large，单个附件请控制在5MB以内后重试。
        周一上午九点在逸夫楼报告厅召开奖学金评审说明会，请各班主任提前通知家长。
        孟母三迁的故事出自西汉刘向的《列女传》，常被用来说明择校与成长环境的关系。
        复核申请受理时间：2026年7月10日至7月14日，逾期不再受理，结果在7月25日前通过短信告知。
    """),
    ("en", "templates & code"): _lines("""
        appeal_letter = f"Dear {principal_name},\\n\\nI am writing to appeal the decision regarding {child_name}'s application to {school_name}."
        Placeholder guide: replace <CHILD_FULL_NAME>, <NRIC_LAST4> and <HOME_ADDRESS> before sending; never paste real IDs into shared drafts.
        CREATE TABLE appeals (id SERIAL PRIMARY KEY, applicant_ref VARCHAR(20), school_code CHAR(4), status TEXT DEFAULT 'pending');
        {"appeal_id": "APL-7731-0092", "status": "under_review", "submitted_at": "2026-11-28T09:14:02+08:00", "panel": "North Zone"}
        masked = re.sub(r"[STFGM][0-9]{4}", "*****", text)  # keep only last 4 chars of the IC in logs
        git commit -m "fix: scholarship form no longer rejects postcodes starting with 0" -> [main 3e9a1c4] 1 file changed
        Dear Parent/Guardian, we regret to inform you that your application (Ref: ________) has not been successful. You may lodge an appeal within 14 days.
        Mail merge fields: «ParentName» «ChildName» «SchoolName» «AppealDate» — check the preview before printing 200 letters.
        sha256 of uploaded form: 9f2b6c0e1a7d44e3b8c5f1027d6a9e3b54c8e0f1a2b3c4d5e6f708192a3b4c5d
        Release notes 2.11.0: appeals portal now supports document uploads up to 10 MB and a live status tracker.
        Mods note: please redact names, IC numbers and addresses from any appeal letter you share here; posts containing them will be removed.
        2026-12-05 10:42:17 SGT appeal form submitted; 10:42:19 acknowledgement email queued; 10:43:02 delivered.
    """),
    ("mixed", "fiction & history"): _lines("""
        In Roald Dahl's Matilda, Miss Honey asks the headmistress, Miss Trunchbull, to move Matilda up to the top form.
        Harry's Hogwarts letter was addressed to Mr H. Potter, The Cupboard under the Stairs, 4 Privet Drive, Little Whinging, Surrey.
        电视剧《小舍得》里，南俪和田雨岚为了孩子的升学和补习焦虑不已。
        《虎妈猫爸》中，毕胜男为了让女儿茜茜上重点小学，不惜高价买学区房。
        Andrew Carnegie set up the Carnegie Trust for the Universities of Scotland in 1901 to help pay students' fees.
        In Anne of Green Gables, Anne Shirley wins the Avery Scholarship, which lets her study at Redmond College.
        陈嘉庚先生1913年在家乡创办集美小学，1921年又创办了厦门大学。
        鲁迅在《朝花夕拾》里回忆了自己在三味书屋读私塾的日子。
        Amy Chua, a Yale law professor, published Battle Hymn of the Tiger Mother in 2011 and set off a global debate on parenting.
        In Great Expectations, Pip's education as a gentleman is paid for by an anonymous benefactor, later revealed to be Magwitch.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        孩子叫周子墨，2016年9月12日生，身份证110108201609120030，户籍在海淀区，插班五年级的申请被退回了，想写申诉。
        我是孩子妈妈邱静，电话13817264590，家住上海市浦东新区张杨路1350弄8号602室，女儿在建平实验小学读四年级。
        申诉理由：女儿贺一诺患有1型糖尿病，每天需要在校注射胰岛素，现分配的学校没有校医，恳请调剂到离家近的东湖路小学。
        奖学金没评上，辅导员说是因为我儿子龚浩然上学期高数挂科，可他那学期在深圳市人民医院住院做阑尾手术，有出院小结。
        助学金请打到农行卡6228480317526049810（户名：韩秀梅），帮我在申请表附件说明里写清楚。
        帮我润色：本人罗晓燕，身份证31011519820711462X，系罗安琪之母，现就积分入学结果申请复核。
        我老公去年工伤瘫痪在家，月收入从1.2万掉到只有2800的伤残津贴，孩子叫杜佳怡，在成都七中育才读初二，想申请困难补助。
        微信号 jiangyu_mama2016，我是蒋雨涵的妈妈，民办初中摇号申诉群里麻烦加我一下。
        孩子爸爸谢振东每天开粤B·7K3Q9送儿子谢子骞去南山外国语学校，这个能写进就近入学的证明里吗？
        苏州工业园区星海街188号，我儿子朱明轩，身份证320505201406281514，原来在星海小学，转学申请被拒了。
    """),
    "en": _lines("""
        My son Ethan Koh Jun Wei (NRIC T2034529I) was balloted out of Phase 2C at Rosyth School; we live at Blk 418 Hougang Ave 10 #08-1147, Singapore 530418.
        Please put my email priya.raman.sg@gmail.com and mobile 9127 4408 as the contact in the appeal to Tanjong Katong Girls' — I'm Priya Raman, Kavya's mum.
        For the scholarship appeal: Aisha bte Rahmat, S8126047H, single mother, take-home pay S$2,150 a month as a cashier.
        Our daughter Chloe Tan Xin Yi was diagnosed with ADHD and dyslexia in March 2025 at KKH (patient no. KK-2025-093381); that's the main ground of our transfer appeal.
        Admission appeal for Oliver Bennett, DOB 14/03/2019, 27 Ashgrove Road, Bristol BS6 5LN — the council offered a school 3.4 miles away.
        FIN G5372814L is my wife Anjali's, she's on a dependant pass — can she be listed as the applicant for our son Arjun Mehta's P1 appeal?
        Hi, I'm Daniel Lim, dad of Ryan Lim (Sec 2, Bedok View Sec) — Ryan was caught shoplifting last term and the school withdrew his bursary, can you help me appeal?
        sorry typo earlier — Mrs Vasanthi Pillai, home 6543 8120, hp +65 8834 1276, Blk 22 Toa Payoh Lor 7 #12-305 S(310022)
        Child: Lucas Wong Hao Ming, HKSAR passport K05827364, currently at Diocesan Preparatory; we're relocating and need to appeal for a P4 place.
        Can you mention that my daughter Mia Sorensen-Lee (10) gets weekly therapy for selective mutism at the Child Guidance Clinic? It explains her interview.
    """),
    "zh-Hant": _lines("""
        小兒陳浩賢，香港身份證Y682341(4)，住址：九龍何文田愛民邨嘉民樓1412室，申請覆核中一派位結果。
        我老婆梁詠恩 WhatsApp 6128 4093，學校有咩消息可以直接搵佢。
        囡囡李芷晴有自閉症譜系障礙，評估報告係觀塘兒童體能智力測驗中心出嘅，想喺申請信度講清楚。
        本人張家豪（身份證R449027(3)），任職地盤工人，月入約$18,500，育有二子，申請學費減免。
        請幫我寫封信俾瑪利諾修院學校，我個仔黃卓霖去年因為父母離婚搬咗去將軍澳，聯絡電話 9427 6185。
        女兒林筱涵，身分證字號A223581476，原就讀台北市大安區幸安國小，因搬家申請轉學到新北市。
        派位通知書寫住：學生姓名 何穎彤，學生編號 SPA27-0381642，想上訴，可唔可以幫手起稿？
        我哋住沙田第一城36座18樓C室，個女周樂瑤讀緊沙田官立小學，想轉去區內另一間，點寫理由好？
    """),
    "ms": _lines("""
        Anak saya Muhammad Irfan bin Azlan, No. MyKad 150822-10-5635, dapat keputusan cemerlang tetapi rayuan ke MRSM ditolak.
        Alamat: No. 12, Jalan Mawar 3/5, Taman Sri Mawar, 43000 Kajang, Selangor. Tel bapa 012-338 4719 (Encik Azlan bin Hashim).
        Nur Aisyah binti Kamarul menghidap asma teruk dan perlu tinggal dekat hospital, sebab itu kami rayu untuk sekolah harian, bukan asrama.
        Gaji suami RM1,850 sebulan sebagai pengawal keselamatan, saya suri rumah, nama saya Rosnah binti Ismail — tolong masukkan dalam rayuan biasiswa anak.
        No. akaun Maybank 1142 3308 7715 atas nama Tan Mei Ling untuk bayaran biasiswa anak saya, Tan Jia Hui.
        Adik Siti Khadijah (IC 170315-03-5124) OKU pendengaran, kami minta tempat di sekolah pendidikan khas di Kota Bharu.
        WhatsApp saya 011-2654 8832, Puan Kavitha a/p Subramaniam, ibu kepada Dharshini yang mohon ke SMK Sultan Abdul Samad.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "小升初学位申诉信怎么写？孩子被调剂到很远的学校"),
        (
            "assistant",
            "可以按“基本情况—调剂结果—实际困难—诉求—证明材料”来写。方便的话提供一下孩子的基本信息，我帮您起草。",
        ),
        (
            "user",
            "孩子：孙语桐，女，2015年3月17日出生，身份证440304201503172424，住深圳市福田区侨香路3068号香蜜湖公馆2栋1703，学区是荔园外国语小学对口的初中",
        ),
        ("assistant", "收到，我先按这些信息写一个初稿，您看是否需要补充接送困难的细节。"),
    ],
    [
        ("system", "You are a friendly writing assistant for parents in Singapore."),
        ("user", "hi need help with P1 appeal, we didn't get in at Phase 2C"),
        (
            "assistant",
            "Sorry to hear that. Which school, and what are your main reasons — distance, siblings, caregiving arrangements?",
        ),
        (
            "user",
            "Henry Park Primary, we live 900m away and grandma who fetches him can't travel far",
        ),
        (
            "assistant",
            "Got it. Would you like me to include the child's name and particulars in the draft?",
        ),
        ("user", "yes: Zachary Ong Zi Hao, birth cert no T2087203E, grandma is Mdm Lee Soo Kheng"),
    ],
    [
        ("user", "想幫個仔寫封小一派位覆核信，校網係41"),
        ("assistant", "好的。請問你想以咩理由申請？例如兄姊同校、住址距離或者特殊照顧需要？"),
        ("user", "佢有輕度聽障，要戴助聽器，派咗嘅學校冇融合教育支援"),
        ("assistant", "明白，信入面可以附上評估報告。需要填寫學童資料嗎？"),
        ("user", "陳柏希，身份證K317208"),
        ("user", "(2) 唔好意思打漏咗"),
    ],
    [
        ("user", "Boleh bantu tulis surat rayuan SBP? Anak tak dapat tawaran."),
        (
            "assistant",
            "Boleh. Sila nyatakan keputusan peperiksaan, pencapaian kokurikulum, dan sebab utama rayuan.",
        ),
        ("user", "keputusan bagus, wakil daerah bola sepak, ayah dia baru meninggal bulan lepas"),
        ("assistant", "Takziah. Saya akan tulis draf yang menyebut keadaan keluarga dengan sopan."),
        (
            "user",
            "nama dia Ahmad Danish bin Roslan, MyKad 140509-14-6613, kami tinggal di Blok C-7-2, PPR Kerinchi, 59200 Kuala Lumpur",
        ),
    ],
    [
        (
            "user",
            "I need to prepare for an independent admission appeal panel in England. Where do I start?",
        ),
        (
            "assistant",
            "Start with the council's decision letter and the school's oversubscription criteria, then list why your child's case outweighs the prejudice to the school.",
        ),
        (
            "user",
            "Here's the letter they sent:\n\nDear Mrs Harriet Doyle,\nRe: Application for Reception 2027 — Freya Doyle (DOB 02/06/2022)\nAddress: 11 Larkspur Close, Norwich NR4 7QD\nWe are unable to offer a place at Eaton Primary School. Your appeal reference is NCC/ADM/27/01884.",
        ),
        (
            "assistant",
            "Thanks. The key point will be the distance measurement and Freya's medical needs if any.",
        ),
    ],
    [
        ("user", "大学奖学金被取消了，想写申诉，可以帮忙吗？"),
        ("assistant", "当然可以。请说明取消的原因和您认为不合理的地方。"),
        (
            "user",
            "是替我女儿问的。她叫叶思琪，四川大学临床医学2024级，学号2024141460218，上学期因为重度抑郁休学两个月，绩点掉到2.9",
        ),
        ("assistant", "明白，申诉中可以附上华西医院的诊断证明，说明成绩下滑与病情相关。"),
    ],
    [
        ("user", "Can you draft a bursary appeal with placeholders? I'll fill in myself"),
        (
            "assistant",
            "Sure:\n\nDear [Principal],\nI am writing to appeal the decision on the school bursary for my child, [Name], in [Class]...",
        ),
        (
            "user",
            "actually just fill it in — I'm Grace Ng, 9162 3387, son is Marcus Ng in 4E at Zhonghua Sec, dad lost his job in Sept",
        ),
        ("assistant", "Here is the updated version with your details."),
    ],
    [
        ("user", "帮我写个民办初中摇号落选后的转学申请，联系人是我"),
        ("assistant", "好的，请提供联系人姓名和电话，以便写在落款处。"),
        ("user", "熊丽娟 138 2047"),
        ("user", "5619"),
        ("assistant", "已写入落款：联系人熊丽娟，电话13820475619。"),
    ],
    [
        (
            "system",
            "Memory: user is Farah Hakim, mother of twins Adam and Hana Hakim (born 2020), lives at Blk 105 Punggol Field #14-22, prefers concise replies.",
        ),
        ("user", "what's the usual timeline for P1 registration phases?"),
        (
            "assistant",
            "Roughly July to August: Phase 1 first, then 2A, 2B, 2C and 2C Supplementary, with results after each phase.",
        ),
    ],
    [
        ("user", "書簿津貼申請被拒，想寫信上訴"),
        ("assistant", "可以。被拒原因係咩？入息超額定係資料不全？"),
        (
            "user",
            "話我哋入息超標，但其實我老公麥志強三月已經失業，而家得我一份工，月薪$13,200，屋企四個人",
        ),
        ("assistant", "明白，上訴時附上失業證明及你嘅糧單，說明家庭入息已經改變。"),
    ],
    [
        ("user", "Write the school transfer appeal we discussed, formal tone."),
        (
            "assistant",
            "Dear Principal,\n\nI, Ms Jennifer Soh (NRIC S8537312I), am writing on behalf of my daughter Kayla Soh, currently in P3 at Henry Park Primary School. Following our move to 38 Jalan Kembangan, Singapore 419130, the daily commute has become over an hour each way...",
        ),
        ("user", "perfect, can you make the last paragraph shorter"),
    ],
    [
        ("user", "随迁子女在广州入学需要什么材料？"),
        (
            "assistant",
            "一般需要居住证、社保缴费证明、租房合同或房产证、户口本等，具体以区教育局公布为准。",
        ),
        ("user", "我们材料都有，但是审核说社保断缴了一个月"),
        ("assistant", "可以提交补缴凭证并书面说明断缴原因。"),
        (
            "user",
            "断缴是因为我换工作，原来在白云区一家物流公司，现在在番禺，月薪6500。我叫黄志勇，儿子黄梓睿今年该上一年级，帮我写个说明",
        ),
    ],
    [
        ("user", "scholarship appeal for my daughter, school says her IC has to be in the letter"),
        (
            "assistant",
            "Usually only partial identifiers are needed. What would you like to include?",
        ),
        (
            "user",
            "fine just put IC ending 458B, Nurul Huda binte Jamal, JC1 at Tampines Meridian, she had dengue during promos",
        ),
    ],
    [
        ("user", "Tolong tengok draf ni, betul tak bahasa dia"),
        (
            "user",
            "Tuan, saya ingin merayu biasiswa untuk anak saya Haziq. Suami saya Rizal bin Omar sedang menjalani hukuman penjara di Penjara Kajang sejak 2024 dan saya menanggung tiga orang anak seorang diri.",
        ),
        (
            "assistant",
            "Bahasa sudah baik. Saya cadangkan ayat kedua dipecahkan supaya lebih mudah dibaca.",
        ),
    ],
    [
        ("user", "台灣國中轉學需要什麼文件？"),
        ("assistant", "一般需要戶口名簿影本、在學證明、轉學證明書，部分縣市需要房屋租賃契約。"),
        ("user", "那申請書上要寫學生身分證字號嗎"),
        ("assistant", "多數學校的申請表會要求填寫，請依表格欄位填寫即可。"),
        ("user", "好，我兒子陳冠廷，F128830593，幫我寫一段轉學原因：爸爸調職到台中"),
    ],
    [
        ("user", "Can you help me reply to this thread from the school office?"),
        (
            "user",
            "From: Mark Davies <mark.davies77@outlook.com>\nTo: admissions@stcuthberts-academy.org.uk\nSubject: Re: In-year transfer — Lily Davies, Year 5\n\nHi, just following up on Lily's application. Our new address is 5 Wren Court, York YO24 3HF. Thanks, Mark",
        ),
        ("assistant", "Sure — would you like a polite chaser asking for a decision date?"),
    ],
    [
        ("user", "孩子入学要写个特殊需要说明，我把病历贴给你"),
        (
            "user",
            "门诊病历 病案号0016832571 姓名：钱语乐 性别：男 年龄：6岁 诊断：癫痫（局灶性发作），目前口服左乙拉西坦，每日两次",
        ),
        (
            "assistant",
            "好的，我会在说明里简要写明需要学校配合的用药和发作时处理，不必写出完整病历。",
        ),
    ],
    [
        ("user", "we want to pay the scholarship admin fee now, the link asks for a card"),
        ("assistant", "Please only enter card details on the official payment page, not in chat."),
        ("user", "too late lol, it's 4532 0187 7604 1528 exp 09/29, name on card Wei Ling Chua"),
    ],
    [
        ("user", "幫我整理下個家長群嘅訊息，寫成一封聯名信俾校長"),
        (
            "user",
            "[10:02] 鄭太：我哋個女鄭希悅都冇派到，住美孚新邨第八期百老匯街88號12樓B\n[10:05] Ken：同意一齊寫\n[10:07] 鄭太：我電話 9315 2760，有咩打俾我",
        ),
        ("assistant", "好，我會將大家嘅訴求整理成一封正式聯名信，個人資料可以放喺附件。"),
    ],
    [
        (
            "user",
            "Need advice — custody case is ongoing, can I still file the school transfer appeal alone?",
        ),
        (
            "assistant",
            "Generally either parent with legal custody can apply, but a court order may affect this. Is there an order in place?",
        ),
        (
            "user",
            "interim order in FC/OSG 412/2025, my ex Calvin Teo has care and control of our son Noah Teo on weekdays, I'm Michelle Goh",
        ),
    ],
    [
        ("user", "幼升小入学审核没通过，说房产证信息对不上"),
        ("assistant", "可能是产权人与孩子户籍关系或地址登记不一致，建议核对不动产权证上的信息。"),
        (
            "user",
            "不动产权证号：鲁(2021)青岛市不动产权第0135729号，产权人是孩子外婆王桂兰，孩子叫郑可欣，身份证37021220190322084X",
        ),
        (
            "assistant",
            "如果产权人是外婆，通常需要额外提供亲属关系证明，具体以崂山区教体局要求为准。",
        ),
    ],
    [
        (
            "user",
            "eh can help me write appeal to Ai Tong? 我儿子 Jayden 在别的学校读 P3 想 transfer",
        ),
        ("assistant", "Can! 可以先讲家庭情况同搬家的原因，再附上 proof of address。"),
        (
            "user",
            "ok email 给我 at jaydenpapa.lim88@yahoo.com.sg, 我是 Lim Boon Heng, Jayden Lim Jun Kai",
        ),
    ],
    [
        ("user", "Macam mana nak semak status rayuan biasiswa?"),
        (
            "assistant",
            "Anda boleh log masuk ke portal rasmi dengan nombor rujukan atau hubungi pejabat biasiswa.",
        ),
        (
            "user",
            "takde nombor rujukan, emel dia hantar ke nurfarhana.azmi92@gmail.com atas nama Nur Farhana Azmi, anak saya Aqil Hakimi bin Faizal",
        ),
    ],
    [
        ("user", "帮我写一份国家助学金的申诉，学校认定我们家不是困难家庭"),
        ("assistant", "请说明家庭收入、成员情况以及特殊困难，我帮您组织语言。"),
        ("user", "爸爸陈国平去年确诊尿毒症，每周透析三次，妈妈在家照顾，没有收入"),
        ("user", "孩子叫陈雨欣，福建农林大学2023级，学号3230509117"),
        ("assistant", "明白，申诉书会突出医疗支出和收入中断两点，并附上诊断证明和医疗费发票。"),
    ],
    [
        (
            "user",
            "My daughter is applying to a new secondary school mid-year. What do they usually ask?",
        ),
        (
            "assistant",
            "Usually recent report cards, a reason for transfer, and sometimes a medical or SEN form.",
        ),
        ("user", "ok there's a medical section, does it matter?"),
        ("assistant", "It helps the school plan support. You can keep it factual and brief."),
        (
            "user",
            "Oh and her name is Isabella Fernandes, Sec 2, she has epilepsy — last seizure was in October, she's on sodium valproate",
        ),
    ],
]
