"""Private matters: what ties a person named or described in a sentence to their private life.

A name, a given name or "the only nurse on the ward" is personal data in the eyes of
PIPL Art. 4 and GDPR Art. 4(1) once the sentence says something private about them:
health, pregnancy, arrest, debt, divorce, pay, an HR matter.  One lexicon in English and
Malay (:data:`PRIVATE_MATTER`) and one in Chinese (:data:`PRIVATE_MATTER_ZH`), shared by
the recognizers that find such people and the filters that keep them.
"""

from __future__ import annotations

import re

# Private matters a given name alone is tied to in the same clause (``Haslinda pinjam duit
# aku``, ``Zulkifli kena tangkap polis``, ``Nurul dah mengandung``): health, pregnancy,
# arrest, debt, divorce, pay.
PRIVATE_MATTER = (
    r"(?i:\b(?:sakit|demam|unwell|feverish|(?:has|had|have|with) (?:a )?(?:high )?fever|coughing|"
    r"masuk (?:wad|hospital)|warded|hospitali[sz]ed|mengandung|hamil|"
    r"keguguran|pregnant|miscarriage|miscarried|lazy eye|amblyopia|mata malas|"
    # (a debt by its missed payments: ``piano rental overdue 2 bulan, RM360 belum bayar``)
    r"(?:rent|rental|loan|fees?|bills?|payments?|instal+ments?) (?:\w+ )?overdue|belum bayar|"
    r"tak bayar lagi|tunggakan|in arrears|(?:loan|rent|mortgage) arrears|"
    # (a loan not paid back, a deduction from pay: ``tidak membayar balik pinjaman``,
    # ``potongan gaji RM200``)
    r"(?:tidak|tak|belum) (?:mem)?bayar balik|potongan gaji|"
    # (a court order on one's wages, a husband in the lock-up: ``a court order on his
    # wages``, ``suami dia masuk lokap``; not ``kena retrench``, said of a hawker's
    # success story too)
    r"court order on (?:his|her|their) (?:wages|salary|pay)|lokap|"
    # (a card used behind its holder's back: ``guna kad kredit bapa without permission``)
    r"without (?:\w+ )?permission|tanpa (?:izin|kebenaran)|chargeback|kanser|cancer|strok|stroke|diagnos\w*|kemurungan|"
    r"depress\w*|ditangkap|kena tangkap|arrested|dadah|drugs|penjara|jail|prison|berhutang|"
    r"hutang|debts?|owes?|pinjam duit|borrowed money|cerai|bercerai|divorc\w*|gaji|salary|"
    r"dipecat|fired|retrenched|medical leave|mc|"
    # (a spouse's or a parent's retrenchment, not a success story's ``kena retrench masa
    # pandemic``: ``husband dia kena retrench``; a lay-off in mixed chat: ``lay off 咗``)
    r"(?:husband|suami|wife|isteri|bapa|ayah|father|mother|ibu|mak) (?:\w+ ){0,3}kena retrench|"
    r"lay off|demensia|nyanyuk|"
    # (a family that cannot pay for something: ``cannot afford the bond``; not the idiom
    # ``can't afford to lose``)
    r"(?:cannot|can't|can’t|could not|couldn't|couldn’t) afford (?!to\b)|"
    r"(?:tak|tidak) mampu (?:nak )?bayar|"
    # ... and an employee's or a patient's private matters (HR notes, ward talk).
    r"(?:unpaid|sick|maternity|paternity|compassionate|hospitali[sz]ation) leave|bed rest|"
    # (and in Malay: ``cuti bersalin sampai 20 Jan``, ``cuti sakit``)
    r"cuti (?:bersalin|sakit|tanpa gaji|ehsan|kuarantin)|"
    r"tested positive|drug test|harass\w*|surgery|chemo\w*|dialysis|c-section|ivf|rehab|"
    # (a job lost, a blood test's report: ``佢而家 unemployed 緊``, ``blood test report 顯示
    # ALT 偏高``)
    r"unemployed|jobless|blood test (?:report|results?)|antenatal|prenatal|"
    # (a bite and its wound, a tetanus jab, asthma in Malay: ``Kak Ros kena gigit anjing``)
    r"kena gigit|digigit|luka dalam|suntikan tetanus|ada asma|asma dia|"
    # (drunk, an allegation, a debt overdue: ``seen drunk``, ``dikatakan meminta RM300``,
    # ``Shopee PayLater 都 overdue 了``)
    r"(?:seen|was|is|got|very) drunk|mabuk|allegedly|accused of|didakwa|dituduh|dikatakan meminta|"
    r"(?:is|are|都|已经|already|now)\s?overdue\b|overdue\s?了|"
    r"overdosed?|bankrupt\w*|terminated|laid off|warning letter|disciplinary|suspended|"
    # (a staff appraisal's warnings: ``verbal warning given``, ``surat amaran``)
    r"(?:verbal|written|final|first|second) warning|surat amaran|amaran (?:lisan|bertulis)|"
    r"show[- ]cause|surat tunjuk sebab|"
    r"salary advance|(?:basic|gross|nett?|take-home) (?:pay|salary|wages?)|"
    # (a month's basic pay in a payroll note: ``Nov basic showed 6849.99``)
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w* basic|expecting twins|(?:hospital|medical|clinic) (?:bills?|claims?|benefits?)|"
    r"admitted to (?:the )?(?:hospital|ward|icu|psych\w*|rehab)|"
    r"psych ward|psychiatric|investigated|under (?:an? |internal |police )?investigation|"
    r"plagiari[sz]\w*|misconduct|disiasat|skimming|embezzl\w*|"
    r"gambling|loan sharks?|ah long|bail|"
    # ... and a sexual crime suffered (``the MRT molest victim was Priya``).
    r"molest\w*|outrage of modesty|sexually assaulted|raped|"
    # ... and in Malay: suspended from work, found positive for drugs.
    r"digantung kerja|didapati positif|positif dadah|methamphetamine|syabu|ganja|"
    # ... and a player's sanction or injury (``didapati bersalah ... didenda RM400``, ``tore
    # his hamstring``).
    r"didapati bersalah|didenda|kena gantung|tore (?:his|her) \w+|hamstring|torn ligaments?|"
    # ... and what an HR channel or a team chat says of a colleague.
    # (a heart or a kidney condition, a loan still being paid off, a loan shark in Malay
    # slang: ``she has a heart condition``, ``paying off a S$40,000 loan``, ``bayar along``)
    r"heart (?:condition|problem|disease)|kidney (?:problem|failure|disease)|"
    # (a person in a wheelchair: ``Carla uses a wheelchair``, ``ayah berkerusi roda``)
    r"(?:uses|using|in|needs) a wheelchair|wheelchair[- ](?:bound|user)|berkerusi roda|"
    # (and a surgery in Malay, hearing loss and living alone in Malay: ``kerana pembedahan
    # lutut``, ``tinggal seorang diri dan kurang pendengaran``)
    r"pembedahan|kurang pendengaran|masalah pendengaran|tinggal (?:seorang diri|sendirian)|"
    # (an eye surgery had and its harm, a pay slip's sum: ``baru buat LASIK tapi sekarang
    # penglihatan malam dia teruk``, ``your pay slip Nov dah masuk? I nampak net RM 2,180``)
    r"(?:buat|did|had|done|went for|(?:men)?jalani|undergo\w*) (?:LASIK|lasik|cataract surgery)|"
    r"penglihatan (?:\w+ ){0,3}(?:teruk|kabur|rosak|makin)|"
    r"(?:pay ?slip|slip gaji)\b[^.!\n]{0,50}?(?:RM|S\$|\$)\s?\d|"
    r"paying off (?:a |the |his |her )?(?:S\$|RM|HK\$|\$)?[\d,]+k? (?:loan|debt)|"
    r"(?:bayar|hutang|pinjam(?: duit)?) along\b|"
    r"pregnan\w*|maternity|psychiatr\w*|psikiatri\w*|burnout|hiv|insulin|diabet\w*|passed away|"
    r"protection order|probation|performance (?:rating|review|improvement plan)|downgraded|"
    r"umrah|hajj|autis\w*|menghidap|disahkan positif|"
    # ... and a pupil's or a patient's mental health (``has disclosed self-harm``).
    r"self[- ]harm\w*|suicid\w*|bunuh diri|cedera diri|eating disorder|anorexi\w*|bulimi\w*|"
    r"bipolar|schizophreni\w*|ptsd|panic attacks?|"
    # ... and a child's disability or special needs (``kad OKU``, ``sindrom Down``).
    r"oku|kurang upaya|sindrom down|down syndrome|masalah pembelajaran|learning disabilit\w*|"
    r"disleksia|dyslexi\w*|adhd|epilepsi|epilepsy|g6pd|"
    # (a child's speech or development delayed: ``Little Haris punya speech delay``)
    r"speech delay|(?:global )?developmental delay|lambat bercakap|"
    # ... and infectious diseases a neighbour or a colleague is said to have.
    r"tb|tuberculosis|dengue|denggi|chickenpox|measles|hepatitis [abc]|"
    # (a beating in Malay, not ``pukul 3 petang``, the hour: ``husband pukul dia lagi``,
    # ``muka lebam``)
    r"(?:pukul|belasah) (?:dia|isteri|anak|saya|aku)\b|kena pukul|dipukul|muka lebam|"
    # (a hospital's bill in Malay: ``bayar bil hospital anak``)
    r"bil (?:hospital|perubatan|klinik)|"
    # (a loan shark's loan in Malay, sexual remarks at work: ``ambil pinjaman Along``,
    # ``ada sexual comments``)
    r"(?:pinjaman|pinjam|hutang) along|sexual (?:comments?|remarks?|jokes?)|"
    # (a blood cancer: ``admit HUKM for leukemia``)
    r"leuk(?:a)?emia|lymphoma|"
    # ... and a child bullied or beaten (``mangsa buli ... dipukul oleh 3 senior``).
    r"buli|dibuli|membuli|dipukul|bullied|bullying|beaten up|assaulted|"
    # (and teased about the body: ``kena ejek pasal berat badan``)
    r"kena ejek|diejek|teased about|"
    # (a scam's victim: ``the one who kena scam RM45k``, ``ditipu``)
    r"kena scam|scammed|kena tipu|ditipu|tertipu|"
    # (a stay past one's visa: ``visa 過期 overstay 三個月``)
    r"overstay\w*|"
    # (a helper's rest days denied: ``her employer has not given her a day off in 3 months``)
    r"(?:not (?:given|had|allowed|gotten|got) (?:her|him|them) (?:a |any )?|no )(?:rest )?days? off|"
    r"(?:tak|tidak) (?:dapat|diberi|bagi) cuti rehat|"
    # ... and in Malay: dismissed, charged in court, senile (``kena buang kerja``, ``dah
    # didakwa di Mahkamah``, ``dah nyanyuk teruk``).
    r"buang kerja|dibuang kerja|didakwa|dituduh|nyanyuk|nyanyok|dementia|alzheimer\w*|"
    # ... and an injury and its claim (``patah tulang selangka``, ``tuntutan takaful``).
    r"patah tulang|tuntutan takaful|tuntutan insurans|"
    # (an accident at work and its wound: ``kena accident at dock 2, hand bleeding``; a
    # staff appraisal)
    r"kena accident|had an accident|kemalangan|bleeding|berdarah|ambulans|appraisal|"
    # (a broken limb: ``patah pergelangan tangan kanan``)
    r"patah (?:tangan|kaki|lengan|pergelangan|jari|rusuk|buku lali)|"
    # ... and a director's own interests in a board's minutes (``declared that his
    # son-in-law's firm bid``, ``personally guarantees the loan``).
    r"personal(?:ly)? guarantee\w*|guarantor|penjamin|conflict of interest|"
    r"declared (?:an |his |her )?interest|"
    r"(?:pass|visa|permit|renewal|application|loan) (?:was |has been |got )?rejected|"
    # ... and in Malay: dialysis, chemotherapy, a death in the family (``mum baru meninggal``).
    r"dialisis|kemoterapi|kimoterapi|meninggal|sawan|"
    # (a burn at work: ``melecur tangan kiri``)
    r"melecur|lecur|"
    # ... and a former spouse (``his ex-wife called the shop``).
    r"ex-wife|ex-husband|bekas isteri|bekas suami|"
    # ... a heart attack, a fine, a club's or an employer's disciplinary action (``after a
    # heart attack``, ``was fined``, ``dikenakan tindakan disiplin``).
    r"heart attack|cardiac arrest|serangan jantung|(?:was|got|been|being) fined|"
    r"tindakan disiplin|"
    # ... diabetes and high blood pressure in Malay, a beating (``ubat kencing manis``,
    # ``kena beaten by his supervisor``).
    r"kencing manis|darah tinggi|(?:was|got|kena|been|being) beaten|"
    # ... a miscarriage told as a verb, abuse at home, sleep apnoea, arrears on a loan
    # (``his wife miscarried``, ``disyaki didera``, ``tak bayar ansuran kereta``).
    r"miscarried|didera|sleep apno?ea|tunggakan|arrears|tak bayar (?:ansuran|hutang|sewa)|"
    # ... asthma, a theft, a disciplinary inquiry in Malay, a late spouse or parent (``ada
    # asma teruk``, ``curi dompet``, ``siasatan tatatertib``, ``arwah suaminya``); ``asma``
    # in lower case only, as ``Asma`` is a woman's given name.
    r"(?-i:asma)|asthma|curi (?:duit|dompet|barang|telefon|phone|handphone)|mencuri|stole|"
    r"shoplift\w*|tatatertib|arwah|"
    # ... an eviction, a voyeur's filming (``since he was evicted``, ``filming up skirts``).
    r"(?:was|got|been|being|kena) evicted|kena halau|upskirt\w*|filming up (?:\w+ )?skirts?|"
    r"voyeuris\w*|"
    # ... a lost job, a religious-office arrest, a birth (``suaminya baru diberhentikan
    # kerja``, ``kena berhenti kerja``, ``ditangkap khalwat``, ``his wife just gave birth``).
    r"diberhentikan|(?:kena|dah|sudah|baru) berhenti kerja|(?:kena |di)buang kerja|"
    r"hilang kerja|lost (?:his|her|their) jobs?|khalwat|gave birth|baru bersalin|"
    # ... a theft at work and a dismissal said plainly (``caught taking cushions from the
    # warehouse``, ``boss already fire him``).
    r"caught (?:stealing|taking|pinching)|fire (?:him|her)|sacked|"
    # ... money borrowed and not repaid, a broken bone, a skin condition and its steroid,
    # dengue, a late spouse or parent (``borrowed RM3,000 ... hasn't repaid him``, ``broke
    # his wrist``, ``eczema flare``, ``masuk wad sebab denggi``, ``my late husband``).
    r"borrowed (?:rm|s\$|\$|hk\$)\s?[\d,]+|(?:hasn'?t|has not|never|didn'?t|did not) repaid|"
    r"broke (?:his|her|their|my) (?:wrist|arm|leg|ankle|collarbone|hip|nose|finger|toe|jaw|rib|"
    r"foot|hand|elbow|knee|neck)|fractured|eczema|ekzema|steroid|denggi|dengue|"
    r"(?:my|his|her|our) late (?:husband|wife|father|mother|son|daughter|dad|mum|mom)|"
    # ... a drink-driving conviction, an affair, an injury at work in Malay (``his old
    # drink-driving conviction``, ``with another woman``, ``cedera tangan``).
    r"drink[- ]driving|drunk[- ]driving|convicted|conviction|"
    r"(?:with|dengan) another (?:woman|man)|having an affair|curang|cedera|"
    # ... a lawsuit against a person, a detention in Malay (``is being sued by unit owner
    # Ms Tay``, ``his son kena tahan JPJ``).
    r"(?:being|was|were|been|getting|got) sued|suing|kena tahan|ditahan|"
    # ... a custody fight over a child, a blood-sugar reading (``parents are in a custody
    # dispute``, ``Aisha's blood sugar … HbA1c 8.1%``).
    r"custody (?:dispute|battle|case|hearing|fight|order)|blood (?:sugar|glucose)|hba1c|"
    # ... an absence for illness, chest pain, a heart scan, surgery and a discharge in Malay
    # (``called in sick again``, ``pembedahan jantung``, ``baru keluar hospital``).
    r"called in sick|chest pains?|heart scan|pembedahan|keluar (?:hospital|wad)|"
    # ... a bankruptcy and a remand in Malay, a disability card (``dah diisytiharkan
    # bankrap``, ``kena reman 4 hari``, ``Aisha Rahman's disability card``).
    r"bankrap|muflis|reman|direman|disability card|disabled|"
    # ... an injury at work, a permit cancelled, a relative held by the police (``six
    # stitches``, ``off work for two weeks``, ``work permit got cancelled``, ``is held at
    # Lai Chi Kok Reception Centre``).
    # (not a report's ``no injuries``)
    r"stitch(?:es|ed)|(?<!no )(?<!without )injur(?:y|ies|ed)|off work|"
    # ... truancy, a pregnancy lost, a birth in Malay (``skipping school``, ``lost twins at
    # 14 weeks``, ``wife baru bersalin``).
    r"skipping school|ponteng(?: sekolah)?|truan(?:t|cy)|"
    # ... an arrest as a noun, a bone broken told the other way, a stay in intensive care
    # (``since your dad's arrest``, ``tulang selangka patah``, ``masuk ICU``).
    r"arrest|tulang \w+ patah|jatuh dari kuda|masuk icu|"
    # ... a death in the family said plainly, a husband out of work in Malay (``suami 刚刚
    # pass away``, ``suaminya menganggur``).
    r"pass(?:ed)? away|menganggur|"
    r"lost (?:the |our |my |her |their )?(?:baby|babies|twins|pregnancy)|stillb(?:irth|orn)|bersalin|"
    r"(?:pass|visa|permit) (?:was |has been |got )?(?:cancell?ed|revoked)|"
    r"(?:is|was|being) held (?:at|in) \w+|police bail|"
    # ... a copy or a photo of somebody's identity card (``Gambar IC depan belakang si
    # Amir``, ``her father's IC copy``).
    r"(?:gambar|salinan|copy|photo|foto|scan) (?:of )?(?:his |her |my )?(?:ic|mykad|nric|passport)|"
    r"(?:ic|mykad|nric) (?:copy|copies|photo|scan)|"
    # ... a custody lost, a mortgage in arrears, a cheque that bounced (``his dad lost
    # custody``, ``behind on his mortgage``, ``cheque no. 000127 ... bounced``).
    r"(?:lost|won|gained|sole|joint|shared) custody|"
    r"behind (?:on|with) (?:his|her|their|my|our|the) (?:mortgage|rent|loan|payments?|"
    r"instal+ments?|bills?|fees)|cheque\b[^.;!?]{0,40}\bbounced|bounced cheques?|"
    # ... a police report made, drunk and fighting in Malay (``laporan polis telah dibuat
    # terhadapnya``, ``mabuk dan bergaduh``).
    r"laporan polis|police report|mabuk|bergaduh|"
    # ... an eating disorder's purging, a child's meltdowns and their antipsychotic
    # (``purging every day``, ``had another meltdown``, ``on risperidone``).
    r"purging|arfid|(?:another|more|frequent|daily|violent) meltdowns?|risperidone|"
    r"methylphenidate|ritalin|fluoxetine|sertraline|escitalopram|olanzapine|quetiapine|"
    # ... a monthly pay said, a prison term and a divorce in Malay, a smear test (``earns
    # about 9k a month``, ``suaminya dipenjara``, ``proses perceraian``, ``pap smear``).
    r"earns? (?:about |around |only |just )?(?:rm|s\$|\$|hk\$)?\s?[\d,.]+k? (?:a|per) month|"
    r"dipenjara\w*|perceraian|pap smear|(?:terpaksa|nak|mahu) berhenti kerja|"
    # ... a bill not paid, a growth scanned (``still hasn't paid RM1,200 for her fibroid
    # scan``).
    r"(?:hasn'?t|has not|haven'?t|never|didn'?t|did not) (?:yet )?paid|fibroids?|"
    # ... money borrowed in Malay, a payment in arrears (``pinjam RM1,500``, ``ansuran kereta
    # yang tertunggak``).
    r"pinjam (?:rm|s\$|\$)\s?[\d,]+|tertunggak|"
    # ... a court hearing, a moneylender's loans (``a court hearing over his unpaid
    # moneylender loans``).
    r"court (?:hearing|case|date)|moneylenders?|"
    # ... a divorce given in Malay (``suami dia dah ceraikan dia``).
    r"ceraikan|diceraikan|"
    # ... pills taken without a prescription, a stay in intensive care said with where, a
    # driver asleep at the wheel (``ambil Xanax dari kawan without prescription``, ``now di
    # UMMC ICU``, ``tertidur masa driving``).
    r"without (?:a |any )?prescription|tanpa preskripsi|"
    r"(?:in|at|di|into|dalam|kat) (?:the )?(?:[a-z]+ )?icu|"
    r"tertidur (?:masa|semasa|ketika|waktu) (?:driving|drive|memandu)|"
    r"fell asleep (?:at|behind) the wheel|"
    # ... a fertility test or treatment (``Ah Boon …不要去 check sperm``, ``sperm test``).
    r"check sperm|sperm (?:test|check|count|analysis)|semen analysis|"
    # ... an affair, a custody fight (``the ring he buy not for her, is for the other
    # woman``, ``a custody dispute with his ex-wife``).
    r"(?:the|another) other woman|the other man|other woman|perempuan lain|curang|"
    r"custody (?:dispute|battle|case|fight|hearing)|"
    # ... a loan shark's debt in Malaysia's word (``borrowed from three Ah Longs``).
    r"ah ?longs?|"
    # ... a retirement account's statement, a means test (``Aishah's CPF statement shows
    # only $1,140``).
    r"(?:cpf|epf|kwsp|mpf) statement|penyata (?:kwsp|epf)|means[- ]test(?:ed)?|"
    # ... fainting and diabetes, a loan sought, a spouse gone and drinking (``pengsan dalam
    # chiller``, ``nak pinjam dari koperasi estet RM3k``, ``his wife left him … drinking
    # again``).
    r"pengsan|diabetic|kencing manis|pinjam [^.!?\n]{0,30}?rm\s?[\d,.]+k?|"
    r"(?:wife|husband) left (?:him|her)|drinking again|been drinking)\b)"
)
PRIVATE_MATTER_RX = re.compile(PRIVATE_MATTER)

# A private matter said in Chinese (the counterpart of PRIVATE_MATTER).
PRIVATE_MATTER_ZH = re.compile(
    r"怀孕|懷孕|流产|流產|离婚|離婚|确诊|確診|住院|欠[钱錢债債款]|投诉|投訴|性骚扰|性騷擾|抑郁|抑鬱|"
    # (and a divorce under way in Cantonese, custody, a separation and alimony, a pregnant
    # woman, a prison term ended, medical bills: 離緊婚, 爭撫養權, 分居及贍養費, 係孕婦,
    # 出狱三个月, 医药费)
    r"离紧婚|離緊婚|离咗婚|離咗婚|抚养权|撫養權|分居|赡养费|贍養費|孕妇|孕婦|出狱|出獄|刑满|刑滿|"
    r"医药费|醫藥費|"
    # (and a dependant's dental work claimed: 给你女儿做正畸)
    r"正畸|矫正牙齿|矯正牙齒|"
    # (and a loan shark's debt: 欠了地下錢莊)
    r"地下钱庄|地下錢莊|"
    r"癌|自杀|自殺|吸毒|被捕|开除|開除|辞退|辭退|处分|處分|警告信|骨折|手术|手術|化疗|化療|透析|"
    r"赌债|賭債|欠薪|工资条|工資條|病假|赌博|賭博|躲债|躲債|高利贷|高利貸|挪用|精神病|戒毒|坐牢|"
    # (gambling losses and a debt collector after somebody: 在澳门赌输了四十万, 欠咗卡數俾人追債)
    r"赌输|賭輸|输光|輸光|追债|追債|卡数|卡數|"
    r"判刑|艾滋|痴呆|失智|出轨|出軌|不好的病|去世|過世|过世|病逝|被控|背信|涉嫌|强戒|強戒|"
    # ... a check-up's finding (入职体检胸片有阴影, 肺结节).
    r"胸片|阴影|陰影|结节|結節|体检异常|體檢異常|"
    # ... a heart attack or a stroke, a stay in hospital (心梗住进了中山医院).
    r"心梗|心肌梗|脑梗|腦梗|住进[^，。]{0,8}医院|住進[^，。]{0,8}醫院|"
    # ... self-harm, a loan shark's debt (Cantonese 財仔).
    r"自殘|自残|財仔|财仔|"
    # ... an anxiety, a panic or a mood disorder, autism (恐慌症又發作, 他有自闭症).
    r"恐慌症|焦虑症|焦慮症|躁郁症|躁鬱症|双相|雙相|自闭症|自閉症|"
    # ... and a learning disability (細佬有讀寫障礙, 专注力不足).
    r"读写障碍|讀寫障礙|阅读障碍|閱讀障礙|学习障碍|學習障礙|专注力不足|專注力不足|"
    # ... a miscarriage said colloquially, a loan shark in Cantonese (小產, 大耳窿).
    r"小产|小產|大耳窿|"
    # ... a divorce in Cantonese (離咗婚).
    r"离咗婚|離咗婚|坐过牢|坐過牢|"
    # ... pay withheld or docked, a suspension from work or from a sport (工资只发了一半,
    # 扣除当月绩效并暂停派单, 禁赛两年), a baby's jaundice and an enzyme deficiency (黄疸,
    # G6PD 缺乏症), Hong Kong's welfare (靠綜援).
    r"工资只发|工資只發|扣工资|扣工資|扣除当月绩效|扣除當月績效|暂停派单|暫停派單|停职|停職|"
    r"禁赛|禁賽|黄疸|黃疸|缺乏症|蚕豆病|蠶豆病|综援|綜援|"
    # ... a check-up to be followed up, a toothache (體檢報告要回診, 智慧齒痛到瞓唔著).
    r"要回诊|要回診|需复诊|需複診|[牙齿齒]痛|"
    # ... a bankruptcy, a fever, a birth just had, money short (爸爸破產咗, 發燒39度,
    # 老婆刚生完孩子，手头很紧).
    # (not a law or a procedure: 个人破产制度, 破产清算)
    r"破[产產](?!制度|法|程序|重整|清算|管理人|案件|审判|審判)|发烧|發燒|发高烧|發高燒|生完孩子|生咗BB|手头紧|手頭緊|手头很紧|手頭很緊|"
    # ... bruises, a beating, a passport kept by an employer, meals withheld (手臂有瘀傷,
    # 僱主扣起佢護照, 唔俾佢食飽飯).
    r"瘀傷|瘀伤|瘀青|淤青|虐打|毆打|殴打|扣起[佢她他]?(?:嘅|的)?護照|扣[了留押][佢她他]?(?:嘅|的)?[护護]照|"
    r"唔俾佢食飽|不给她吃饱|不給她吃飽|"
    # ... tuberculosis (查出肺结核).
    r"结核|結核|肺痨|肺癆|"
    # ... asthma, hepatitis B, a trip to A&E, wages held back, a month's confinement after a
    # birth, a baby just born, money owed to a spouse (有哮喘, 查出来有乙肝, 入咗急症室, 投訴
    # 拖糧, 坐月期間, 個 BB 上星期出世, 仲欠佢三個月家用).
    r"哮喘|乙肝|乙型肝炎|急症室|急診室|急诊室|拖糧|拖粮|坐月|(?:BB|bb|B仔|B女)[^，。！？]{0,8}出世|"
    r"欠(?:咗|了)?(?:佢|他|她|我|你|人)[^，。！？]{0,6}(?:家用|租|錢|钱|人工|工資|工资|債|债)|"
    # ... a sum owed (欠公司 RM5,000 借款, 欠了站里三千五百块), a card used by a fraudster
    # (credit card 被盜刷).
    # (欠咗財務公司二十幾萬)
    r"欠(?:咗|了)?[^，。！？\d]{0,6}?(?:RM|S\$|HK\$|NT\$|\$|¥|￥|\d|[一二三四五六七八九十两兩几幾]{1,4}[千万萬百块塊蚊元])|"
    r"盗刷|盜刷|"
    # ... a lost job and a mortgage not paid (先生失業快半年了, 房貸兩個月繳不出來).
    r"失业|失業|[缴繳][不唔]出|"
    # ... drunk and in a fight, a wound stitched (喝醉在船上跟船員打架, 眼角縫了七針), a
    # visa overstayed (visa 過期 overstay 三個月).
    r"喝醉|醉酒|打架|打交|缝了|縫了|缝针|縫針|逾期居留|"
    # ... ribs broken in a crash (被车撞断了两根肋骨).
    r"肋骨|撞断|撞斷|"
    # ... money tight and a credit card maxed out, in Cantonese (手緊, 張信用卡已經爆咗).
    r"手緊|手紧|碌爆卡|卡爆|信用卡已經爆|信用卡已经爆|"
    # ... online loans (欠了网贷二十多万).
    r"网贷|網貸|"
    # ... a stroke, a marriage hidden or just made (老马上个月中风了, 已經喺加拿大結咗婚).
    r"中风|中風|结咗婚|結咗婚|结了婚|結了婚|未婚声明|未婚聲明|"
    # ... a depression treated, money owed in plenty (正在吃抗憂鬱藥, 欠了很多钱).
    # ... detention, a heart attack (要行政拘留十五天, 喺船上心臟病發).
    r"拘留|心脏病发|心臟病發|"
    # ... a blood-pressure reading, a medicine stopped on one's own (量到血壓170/105, 唔好
    # 自己停藥).
    r"血[压壓][^，。！？\d]{0,4}\d{2,3}\s?/\s?\d{2,3}|自己停[药藥]|"
    # ... an early or a late pregnancy, a debt collector at the door in Cantonese (孕早期,
    # 日日有人上門追數).
    r"孕早期|孕中期|孕晚期|追數|追数|"
    # ... a son in prison, an arrest in Cantonese (喺赤柱監獄坐緊, 俾差佬拉咗).
    r"監獄|监狱|探監|探监|俾差佬拉|被差佬拉|案底|"
    # ... a pregnancy in Cantonese, dementia, unpaid leave, a break-in, a stay in hospital in
    # Cantonese, a home one was thrown out of (有咗三個月, 腦退化症, 無薪假, 撬開…鐵閘, 入咗…醫院,
    # 俾阿媽趕咗出屋企).
    r"有咗\s?(?:[一二三四五六七八九兩两\d]+\s?個?月|BB|bb|身孕)|腦退化|脑退化|無薪假|无薪假|"
    r"撬開|撬开|爆竊|爆窃|入咗[^，。！？]{0,10}(?:醫院|医院)|趕咗出|赶出家门|趕出屋企|"
    # ... a birth just had, a stay in hospital in Cantonese (刚在…生宝宝, 喺瑪麗醫院留醫).
    r"生宝宝|生寶寶|生BB|生咗|留醫|留医|"
    # ... a sum owed after what it was for (还欠店里两个月垫付的房租3,600元).
    r"欠[^，。！？]{0,16}?\d[\d,]{2,}\s?(?:元|块|塊|蚊)|(?:俾|畀|被)(?:警察|警方|差人)(?:拉|抓|捉|拘捕)|"
    # ... a month's pay said to be low (小周这个月工资才 2,600 马币).
    r"工[资資](?:才|只有|仅有|僅有)\s?\d|"
    # ... a compensation owed (賠償 NT$8,000 還沒付).
    r"(?:赔偿|賠償)[^，。！？]{0,14}(?:还没|還沒|仲未|未)(?:付|还|還|给|給|賠|赔)|"
    # ... a pregnancy said so, a pay rise or cut, stalking, online loans (有孕七個月, 薪水調到,
    # 被前男友跟蹤, 帮你还的网贷).
    r"有孕|薪水|薪资|薪資|月薪|跟踪|跟蹤|家暴|网贷|網貸|"
    # ... a job lost to lay-offs, a theft (小胖今年被公司裁員, 被抓到偷拿別人的冰桶).
    # (not workers in general: 協助中年被裁員工轉型, 零售業裁員情況)
    # (a pension and a son's mortgage: 退休金每月才2800，还要帮儿子还房贷)
    r"退休金|养老金|養老金|还房贷|還房貸|"
    # (a second child on the way: 小胖他妈怀二胎了)
    r"怀二胎|懷二胎|怀三胎|懷三胎|怀上|懷上|"
    # (a premature birth, a stay in hospital ended: 佢老婆早產，BB 入咗 NICU, 等他老婆出院)
    r"早产|早產|出院|"
    # (a beating by a partner, a prison term: 昨晚又打她了, 還在監獄服刑)
    r"又打[她他我]|打[她他我]了|被[他她]打|服刑|"
    r"被[^，。！？]{0,4}?裁(?:员|員)(?!工)|被炒|被解雇|被解僱|被抓到|偷拿|偷窃|偷竊|盗窃|盜竊|行窃|行竊|"
    r"忧郁|憂鬱|抗抑郁|抗抑鬱|欠(?:了|咗)?(?:很多|好多|一大笔|一大筆|一屁股)?[钱錢债債]|"
    # (pay docked in Cantonese, a loan paid back out of one's pay and not yet cleared:
    # Tony哥份糧俾人扣咗, 每月从工资里扣2000, 五万块还没还清)
    r"份[糧粮][^，。！？]{0,4}扣|扣(?:咗|了)?(?:人工|份糧|份粮|薪金)|[从從]工[资資][里裡]?扣|"
    r"(?:还|還)(?:没|沒|未)(?:还|還)清|仲未(?:还|還)清|"
    # (a month's pay by its sum, a strain at work, hair falling out, a test's high reading:
    # 这个月工资 3200新元, 实发 2700, 搬石膏板拉伤了, 甩頭髮, ALT 偏高)
    r"工[资資]\s?[:：]?\s?\d[\d,]{2,}|[实實][发發]\s?[:：]?\s?\d|拉伤|拉傷|撕裂|扭伤|扭傷|"
    r"甩頭髮|甩头发|脱发|脫髮|掉头发|掉頭髮|失眠|"
    # (a check-up's finding: 体检查出高血压和心律不齐)
    r"高血压|高血壓|心律不齐|心律不整|心律不齊|[体體][检檢]查出|"
    # (a heart bypass, a beating to come: 老伴刚做完心脏搭桥, boyfriend 會打她)
    r"搭桥|搭橋|[会會]打[她他我]|"
    # (money borrowed and not paid back, a card overdue: 到现在还没还, 信用卡也逾期了)
    r"(?:还|還)(?:没|沒)(?:还|還)|信用卡[^，。！？]{0,3}逾期|"
    r"(?:ALT|AST|胆固醇|膽固醇|血糖|尿酸|肝酵素|肝指数|肝指數)\s?偏高|"
    # (a wife run off with somebody, months of arrears, gambling across the border, a
    # maternity leave, intensive care: 老婆跟人跑了, 欠 town council S&CC 六个月, 成日過澳門賭,
    # 休产假, 在 UMMC ICU)
    r"跟人跑了|跟人走了|跟男人跑|跟女人跑|"
    r"欠[^，。！？]{0,20}?[一二三四五六七八九十两兩\d]+\s?(?:个|個)月|"
    r"(?:过|過|去)澳[门門][赌賭]|赌输|賭輸|烂赌|爛賭|好赌|好賭|产假|產假|"
    r"在[^，。！？]{0,10}ICU|(?:入|进|進|住)(?:咗|了)?\s?ICU|深切治疗部|深切治療部|加护病房|加護病房|"
    # (and a death by an illness: 因肺炎安息主懷, 因癌病逝)
    r"因[^，。！？]{1,8}(?:病逝|去世|離世|离世|逝世|安息|辭世|辞世)|"
    # (a back hurt and a diagnosis, eggs frozen: 闪了腰，医院诊断是腰椎间盘突出, 冻了12颗卵)
    r"闪了腰|閃了腰|扭了腰|椎间盘突出|椎間盤突出|(?:诊断|診斷)(?:是|为|為|出)|"
    r"(?:冻|凍)了\s?\d+\s?(?:颗|顆)卵|取卵|试管婴儿|試管嬰兒|"
    # (a pay said in Cantonese, a beating in Cantonese, money lent and not repaid: 陳sir 嘅薪金,
    # boyfriend 打佢, 上次说下个月还钱, 找我借的5万块)
    r"薪金|打佢|还钱|還錢|(?:找我|向我|跟我|問我|问我)借|借(?:的|了|咗)\s?\d+\s?(?:万|萬|千|块|塊|元|蚊)"
)
# ... and drink-driving, said of a person named in Latin letters in Chinese text (``Kevin
# 老師上個月酒駕被抓``); not for any name (a policy's topic too: 部長陳世凱說要加重酒駕罰則).
PRIVATE_MATTER_OF_NAMED_ZH = re.compile(PRIVATE_MATTER_ZH.pattern + r"|酒駕|酒驾|醉驾|醉駕")
# (not an abbreviation's dot, nor one before a number: ``rumah no. 61``, ``Dr. Anita``)
# (the abbreviation a whole word: ``Kg. Pulau Keladi``, not the end of ``... in 5kg.``)
_SENTENCE_END = re.compile(
    r"[!?。！？\n]|(?<!\bno)(?<!\bNo)(?<!\bNO)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bMdm)"
    r"(?<!\bSt)(?<!\bJln)(?<!\bJl)(?<!\bKg)(?<!\bTmn)(?<!\bKpg)(?<!\bSg)(?<!\bBt)\.(?!\s?\d)"
)


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.start() if right else len(text)]
