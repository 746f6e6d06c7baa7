"""Blind check set en46: English ASR speech transcripts from Singapore, Malaysia and Hong Kong (call centres, podcasts, video captions, meeting minutes, voice notes, hearings). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "call centre"): _lines("""
        agent: thank you for calling starhub this call may be recorded for quality and training purposes how can i help you today
        agent: before we proceed may i verify the last four characters of your nric uh just the last four ah not the full number
        caller: hi ah i want to ask about order number s g two four one one zero eight seven seven three two one still never reach leh
        agent: ok the tracking number is q x s g zero zero four four eight one seven seven two you can check on the ninja van website also
        agent: our hotline is one eight zero zero seven three eight eight eight eight eight operating hours monday to friday nine to six excluding p h
        caller: the aircon servicing package is the one ninety nine dollar one for four units right not the two forty nine
        agent: so the outstanding amount is three hundred twelve dollars forty cents due on the fifteenth you can pay via paynow to our uen two zero one two three four five six seven k
        agent: sorry ah system a bit slow today uh can you hold the line one to two minutes
        agent: for your own security please do not share your one time password or full card number with anyone including our staff
        caller: is tan tock seng hospital the one near novena mrt or that one is mount elizabeth novena ah i always confuse
        agent: the promotion valid until thirty first december twenty twenty six terms and conditions apply please refer to the website slash promo
        agent: your case reference is c s dash two zero two six one two zero four dash zero zero eight one three please quote it when you call back
        ivr: press one for english tekan dua untuk bahasa melayu 按三 for mandarin press nine to repeat
    """),
    ("en-MY", "call centre"): _lines("""
        ejen: terima kasih kerana menghubungi kami uh thank you for calling for english please stay on the line
        agent: ok sir so the fibre three hundred mbps plan is one twenty nine ringgit per month with twenty four month contract
        caller: eh the lazada parcel tracking l x m y zero two three nine one eight four four seven six still in transit since last week leh
        agent: for your info our branch at jalan tun razak closing at four thirty on friday ya because of solat jumaat
        agent: may i know uh the reason for cancellation is it because of price or coverage problem
        agent: kindly note that we will never ask for your tac number or your online banking password over the phone
        caller: road tax renewal for myvi one point three is how much ah roughly ninety ringgit is it
        agent: our customer care line is one three zero zero eight eight one two three four or you can whatsapp the number on the official website
        agent: the invoice number is i n v dash two zero two six dash zero four four one seven total two hundred forty eight ringgit fifty sen
        agent: to update your address please visit any branch with your original mykad sorry we cannot do it over the phone ya
        caller: my wifi keep disconnect every night around eleven lah the router model is the huawei h g eight two four five h
        agent: ok i am transferring you to the technical team now please don't hang up ok
    """),
    ("en-HK", "podcast"): _lines("""
        [00:02:14] host a: so this week we talk about uh john lee's policy address and the northern metropolis plan
        host b: yeah and honestly the lantau tomorrow vision like hundreds of billions of dollars you know that's a lot of money la
        host a: bruce lee was born in san francisco actually but he grew up in hong kong yeah people always forget that
        [00:14:52] host b: ok quick ad break this episode is sponsored by uh a budgeting app use code pod twenty for twenty percent off
        host a: queen mary hospital and prince of wales hospital both under the hospital authority right just different clusters
        host b: the mtr fare going up like two point seven percent from june but the octopus discount still apply
        host a: jackie chan did all the stunts in police story himself and broke so many bones the man is a legend
        host b: wong kar wai's in the mood for love is twenty five years old already can you believe
        host a: hang seng index closed at twenty three thousand four hundred and eighteen yesterday up one point two percent
        host b: if anyone listening is struggling the samaritan befrienders hotline is two three eight nine two two two two twenty four hours
        host a: sun yat sen actually studied medicine in hong kong right at the college of medicine for chinese graduated eighteen ninety two
        host b: um yeah so the number eight signal was hoisted at uh nine forty p m and everyone rushing home
        [01:03:07] host a: ok that's all for today like and subscribe see you next week bye bye
    """),
    ("en-SG", "video captions"): _lines("""
        [music] hey guys welcome back to my channel today we're trying the chicken rice at maxwell food centre
        so this stall is tian tian hainanese chicken rice the one anthony bourdain featured last time
        the plate is five fifty now last time three fifty when i was in secondary school siah
        prime minister lawrence wong said in the national day rally that cost of living remains the top priority
        phua chu kang always say use your brain use your brain and the yellow boots damn iconic
        the hdb resale price index went up one point six percent in the third quarter according to the flash estimate
        so i took the circle line to botanic gardens then walk all the way to the swiss cottage side
        sir stamford raffles landed in eighteen nineteen that's why got the statue at the river
        [laughs] ok don't forget to like share subscribe and turn on the notification bell
        lee kong chian natural history museum got the dinosaur skeletons very worth it for the kids
        joseph schooling won gold in rio twenty sixteen beating michael phelps in the hundred metre butterfly
        timestamps for every stall in the description box below
    """),
    ("en-MY", "meeting minutes"): _lines("""
        minutes of meeting project kenari weekly sync tuesday four november twenty twenty six ten a m via teams
        item three: vendor quoted rm forty eight thousand for the call centre asr licence, finance to verify by friday
        action: ops to remove all customer mykad numbers from the shared drive before the pdpa audit, owner head of ops
        asr model v two point three point one word error rate improved from eighteen percent to eleven point four percent on the manglish test set
        discussion: hospital sultanah aminah pilot delayed due to procurement, new target q two
        agreed all transcripts sent to offshore annotators must be redacted, replace names with [NAME] and numbers with [ID]
        meeting adjourned at eleven forty, next meeting same time next tuesday
        present: head of cx, it security lead, two reps from the vendor. apologies: legal
        aob: pantry coffee machine rosak again pls don't use the left one
        noted the jalan tunku abdul rahman branch renovation will finish end of month
        kpi november: aht target four minutes thirty seconds, fcr eighty two percent, csat four point three
        jira ticket cx dash four four one two is for the diarisation bug where agent and caller labels swapped
    """),
    ("en-HK", "hearing transcript"): _lines("""
        CHAIRMAN: the meeting is now resumed. we will continue with the examination of the appropriation bill
        SECRETARY FOR TRANSPORT AND LOGISTICS: chairman, the three runway system was commissioned on schedule
        CLERK: the court will rise for fifteen minutes and resume at eleven thirty
        JUDGE: the jury will disregard the last answer. counsel please rephrase your question
        COUNSEL: my lord, i refer to page forty three of the hearing bundle, paragraph twelve
        INTERPRETER: the witness said m ji in cantonese which means he doesn't know
        CHAIRMAN: members, the subcommittee on lantau development will meet again on the eighteenth at two thirty p m in conference room three
        PROSECUTION: we tender exhibit p seven, the cctv footage timestamped twenty one fourteen oh six
        FINANCIAL SECRETARY: the consolidated deficit for the year is estimated at eighty seven billion dollars
        JUDGE: in securities and futures commission versus the listed company the court of final appeal made clear the test is objective
        [inaudible] sorry my lord the microphone was off i will repeat the question
        JUDGE: i remind the public gallery no recording or photography is permitted in the courtroom
        CHAIRMAN: the hearing on the competition ordinance complaint against the two supermarket chains is adjourned sine die
    """),
    ("en-SG", "voice note"): _lines("""
        voice note zero three twelve: remind myself buy milo kopi o powder and the laptop charger
        eh bro later seven thirty meet at tampines mall level b one near the mcdonalds can
        the grab from changi to jurong was like forty two dollars eh damn ex
        note to self call the town council hotline about the corridor light not working
        idea for blog post: ten brands named after the founder like lim chee guan bak kwa or ya kun kaya toast
        project deadline friday five p m submit on canvas ah file name must be group number underscore report
        eh the cpf special account interest rate is four percent right something like that
        sorry cannot pick up in meeting will call back after three
        the nearest polyclinic is the one at bedok north street one opposite the hawker centre
        the office guest wifi password is on the poster near the pantry don't put in the group chat ok
        uh ya the template is dear [customer name] your appointment on [date] at [time] has been confirmed just fill in lah
        buy two tubs of kaya and one ondeh ondeh cake for the potluck
    """),
    ("en", "asr metadata"): _lines("""
        {"segment_id": 1047, "start": 12.48, "end": 15.92, "speaker": "SPK_01", "text": "can i help you"}
        model: whisper-large-v3 ft en-sg-call v2.3.1 sha256 818367c6e68a37ab12f5498c59b5e9c36152feaf2d26ed967392a8399b7c414e
        WER report 2026-11-30: en-SG 9.8%, en-MY 12.4%, en-HK 14.1%; n=3,214 utterances
        [00:00:00.000 --> 00:00:04.320] SPEAKER_00: hello good morning this is the pizza delivery hotline
        redaction rule: replace any 8-digit run starting with 8 or 9 by <PHONE_SG> before export
        audio file: call_20261203_141522_queue7.wav duration 00:06:41 sample rate 8000 Hz mono
        diarisation error rate 7.2 percent on the hk hearing subset, mostly confusion between interpreter and counsel
        00:01:03,500 --> 00:01:06,200 HOST: welcome back to the show
        label schema: SPEAKER_AGENT, SPEAKER_CUSTOMER, SPEAKER_IVR, NOISE, MUSIC, OVERLAP
        job edbc557d-f94d-461f-b48b-29711d5eebab completed 1,482 segments in 213 seconds
        hyp: "my ic number is [REDACTED]" conf 0.87 | ref: "my i c number is [REDACTED]"
        normalisation: "double eight" -> "88", "triple zero" -> "000", "oh" -> "0" inside a digit run
        read-out test uses the documented sample "s one two three four five six seven d", never a real nric
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        agent: ok can i have your full nric for verification caller: s eight seven three four two one six f
        caller: my address is blk two one four jurong east street two one hash zero eight dash three three five singapore six zero zero two one four, under chua mei ling
        spk_1: hi ah this is roslan bin hamid calling about my son's insurance claim my number is nine seven three one four four two eight
        voice note: dear later pick up ah ma from tan tock seng ward six b ok, doctor say her dementia getting worse, ah ma chen siew lan bed twenty two
        [00:12:40] caller: the full number is four five three two seven one zero zero eight eight three four two six one six expiry oh nine twenty eight
        caller: i'm calling for my wife nur hidayah binte osman, her fin is f two two eight one four six seven l she's on dependant pass
        uh the car is s l b four seven two one z registered to my dad goh teck huat, he got summon for speeding on the pie
        voice note to hr: hi kavitha this is darren lim from ops, i want to appeal my bonus, my basic is six thousand eight hundred and i only got one point two months
        spk_0: email me at joel dot ang eight seven at gmail dot com ok j o e l
        INTERPRETER: the accused muhammad faizal bin rahmat thirty one years old pleads guilty to the charge of theft in dwelling
        host: my guest today is my neighbour auntie lucy wee from bukit batok, she just finished chemo for breast cancer at nccs
        agent: let me repeat mr ong kah seng date of birth twelve march nineteen seventy six nric ending two one six f correct
        caller: the passport number is k four seven seven one nine three two c it's for my daughter tay xin yi flying to bangkok on friday
        minutes: priya d/o ramasamy (ops, level 5) on medical leave till 20 dec for major depressive episode, hr to follow up with her psychiatrist memo
        voice note: bro my paynow is nine one eight eight two zero four seven under hafiz, transfer the forty bucks for the bbq ah
        caller: i stay at forty two jalan kembangan singapore four one nine one four eight, my name is benjamin seah, the parcel always go to wrong house
        agent: ok miss yeo shu hui i see your nric t zero four one two eight five nine h and mobile eight eight two one three zero five six is that still correct
        spk_2: my tele handle is at kelvinsoh underscore sg, kelvin soh, dm me and i send you the ns photos
    """),
    "en-MY": _lines("""
        caller: ic saya lapan lapan kosong empat satu dua dash satu empat dash lima enam tiga tujuh, nama ahmad zulkifli bin ismail
        agent: can i get your mykad number please caller: nine five zero eight two three dash one zero dash six one eight four
        uh my husband lim chee keong kena stroke last month now in hospital pulau pinang ward eleven, can claim the medical card or not
        caller: my number is oh one two three eight one four seven two one whatsapp also can, name is siti aminah binti razak
        minutes: hr confirmed new hire tan mei fong, software engineer, offered rm eight thousand five hundred basic starting first january
        caller: address is no twelve jalan ss two slash seventy five petaling jaya four seven three zero zero selangor under rajesh a/l muniandy
        MAGISTRATE: the accused wong kah wai aged twenty eight is charged under section thirty nine b dangerous drugs act bail set at rm ten thousand
        voice note: sayang the plate is w x y four eight two one, grey myvi, i park level three near the lift, it's zainab ok call me
        agent: the refund will go to maybank account one one four zero two two eight nine three three seven one under nurul ain binti zakaria correct
        caller: send the form to my email farah dot hanim at yahoo dot com dot my and my ic is zero one zero six three zero dash one two dash zero three four eight
        spk_1: passport a five two one seven eight eight three zero, name as per passport chong wei lun, flight to melbourne on the ninth
        minutes: sales exec mohd hafiz bin yusof issued final warning for falsified claims, rm three thousand two hundred to be deducted from his salary
        caller: my daughter aisyah binti kamal form four at smk seri bintang utara got asthma attack in school today and the teacher never call me
        agent: delivery to unit b dash seventeen dash five residensi vista jalan kuching kuala lumpur for mr gan boon hock contact oh one seven five five two eight nine one three
        caller: the credit card five two zero four seven four one one nine three zero seven eight five five nine is my father's, he's in icu now, i'm his son marcus tan
        voice note: doc this is puan rohani, my son amirul's hba1c came back eleven point two, is that very high, he only fifteen
    """),
    "en-HK": _lines("""
        caller: my hkid is k four eight two one nine three bracket nine, name chan siu ming
        agent: may i have your contact number caller: six one seven four two two eight three, mr lau kwok wai
        caller: the address is flat d fourteenth floor block three tai koo shing quarry bay, under my name cheung wing yan
        caller: my mainland id is four four zero three zero five one nine eight eight zero six one two four seven two zero name zhou xiaoyan i need the cross boundary account
        caller: i'm from taiwan my id is f two two eight seven one nine zero three seven, name lin yi chen, want to open account in hong kong
        host: my cousin kenneth ho the one working at the bank in central got nasopharyngeal cancer last year, he's ok now touch wood
        minutes: staff y three zero five six seven two bracket two leung ka ho salary adjusted from forty two thousand to forty six thousand five hundred hkd from january
        COURT: defendant tsang chi keung forty six unemployed of shek kip mei estate pleaded not guilty to one count of assault occasioning actual bodily harm
        caller: my wechat is wxid underscore mandywong nine three, add me la, mandy wong
        voice note: mum's octopus lost la, her hkid z seven three six one zero four bracket two, can you report for her, she's in queen elizabeth hospital for the hip fracture
        caller: car plate v k two three eight six my name is fung tak wing someone hit my car in the mong kok carpark
        agent: confirm delivery to room twelve oh three kwong ming house choi hung estate kowloon recipient mrs yip phone five one eight eight four three two six
        spk_0: my email is w k lau at netvigator dot com for the pension statement, birthday twenty third may nineteen sixty one
        caller: the unionpay card six two one four eight three one zero zero seven five four zero nine two one eight four is under my wife he jing she lost it in causeway bay
        TRIBUNAL: the claimant maricel dela cruz santos, domestic helper, passport p four four eight two nine one seven a, claims unpaid wages of four thousand nine hundred ninety hkd
        caller: my mainland number plus eight six one three eight two nine four four one seven seven three, name qian hao, i want roaming in hong kong
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You summarise Singapore call-centre transcripts into three bullet points."),
        (
            "user",
            "agent: good morning how can i help caller: hi my name is ho jun jie my nric s nine zero one two "
            "seven four five d i want to change my billing address to blk six eight one punggol drive hash "
            "twelve dash four one agent: ok noted",
        ),
        (
            "assistant",
            "- Caller Ho Jun Jie verified with NRIC S9012745D\n- Requested billing address change to Blk 681 "
            "Punggol Drive #12-41\n- Agent noted the request",
        ),
    ],
    [
        ("user", "can you clean up this asr voice note, add punctuation"),
        (
            "user",
            "eh boss this is suresh a l govindasamy i cannot come tomorrow my wife warda admit to kk hospital "
            "she got preeclampsia the doctor say must stay at least three days",
        ),
        (
            "assistant",
            "Eh boss, this is Suresh a/l Govindasamy. I cannot come tomorrow; my wife Warda was admitted to KK "
            "Hospital. She has preeclampsia and the doctor says she must stay at least three days.",
        ),
    ],
    [
        ("user", "i'm editing my podcast episode, need advice"),
        ("assistant", "Sure, what would you like help with?"),
        (
            "user",
            "my guest is my aunt, margaret lim poh choo, she teaches at a primary school in yishun",
        ),
        (
            "user",
            "in the recording she says she was warded at imh in 2019 for bipolar disorder. should i cut that part?",
        ),
        (
            "assistant",
            "That is sensitive health information; ask her for explicit consent before publishing it.",
        ),
    ],
    [
        ("user", "translate to english pls: saya nak tukar alamat, ic saya 720105-07-5291"),
        ("assistant", "I want to change my address, my IC is 720105-07-5291."),
        (
            "user",
            "ok and add: alamat baru no 8 lorong kenari 3, taman bukit jambul, 11900 bayan lepas, pulau pinang",
        ),
        (
            "assistant",
            "My new address is No 8 Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Penang.",
        ),
    ],
    [
        ("system", "Format raw hearing transcripts with speaker labels in capitals."),
        (
            "user",
            "labour tribunal presiding officer the claimant please state your name claimant ng mei kuen hkid e "
            "five five four zero eight one bracket three presiding officer and the respondent company",
        ),
        (
            "assistant",
            "PRESIDING OFFICER: The claimant, please state your name.\nCLAIMANT: Ng Mei Kuen, HKID E554081(3).\n"
            "PRESIDING OFFICER: And the respondent company?",
        ),
    ],
    [
        ("user", "the asr cut the number into pieces, can you join them"),
        ("user", "segment 1: the caller said her number is eight eight"),
        ("user", "segment 2: four six"),
        ("user", "segment 3: one nine zero two and her name is cheryl ong from sengkang"),
        (
            "assistant",
            "Joined: the caller, Cheryl Ong from Sengkang, gave her number as 8846 1902.",
        ),
    ],
    [
        (
            "user",
            "write minutes from my notes: pay review, alvin chua grade c to b, 5800 to 6400 from feb",
        ),
        (
            "assistant",
            "Minutes - Pay review: Alvin Chua promoted from Grade C to Grade B; monthly salary revised from "
            "SGD 5,800 to SGD 6,400 with effect from February.",
        ),
        ("user", "thanks, also note he's on a performance improvement plan until march"),
    ],
    [
        ("user", "please redact this call transcript before i send it to the vendor"),
        (
            "user",
            "caller: my card is five four five six one seven zero zero two two eight nine three one four two "
            "name on card tan bee leng expiry twelve twenty nine",
        ),
        ("assistant", "caller: my card is [CARD] name on card [NAME] expiry [DATE]"),
    ],
    [
        ("user", "i'm taiwanese, working in hong kong now"),
        ("assistant", "Welcome! How can I help?"),
        (
            "user",
            "the bank agent asked my id on the phone, i said h two zero three eight four seven one six seven, "
            "my name is huang pei shan, was it safe to say it over the phone?",
        ),
        (
            "assistant",
            "Banks may verify identity by phone, but only share it on a call you initiated to the official number.",
        ),
    ],
    [
        ("user", "help me fill the visa form from this voice memo transcript"),
        (
            "user",
            "um my name is xu lingling born twenty seven feb nineteen ninety three in xiamen my id card three "
            "five zero two zero three one nine nine three zero two two seven one five six one passport e "
            "eight eight three one five two zero six",
        ),
        (
            "assistant",
            "Name: Xu Lingling; Date of birth: 27 Feb 1993; Place of birth: Xiamen; ID: 350203199302271561; "
            "Passport: E88315206",
        ),
    ],
]
