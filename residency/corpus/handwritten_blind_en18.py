"""Blind check set en18: English customer-support emails and chats for SG/MY/HK e-commerce, telcos, banks, insurers and ride-hailing. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en18
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        How long does a refund take? Refunds to credit or debit cards usually appear within 7 to 14 working days, depending on your issuing bank.
        Can I change my delivery address after the order is placed? You can edit it under My Orders until the parcel status changes to "Packed".
        Why was my payment declined? Common reasons include insufficient balance, a 3-D Secure timeout or an expired card; please try again or contact your card issuer.
        To verify your identity we may ask for the last four characters of your NRIC/FIN; we will never ask for your full number over chat or WhatsApp.
        Is cash on delivery available in East Malaysia? COD is currently available for Peninsular Malaysia only; orders to Sabah, Sarawak and Labuan must be prepaid.
        How do I report a lost card? Lock it instantly in the app under Cards > Manage > Lock card, then call our 24-hour hotline to request a replacement.
        What does "Delivery attempted - recipient not available" mean? Our courier visited but could not hand over the parcel; a second attempt will be made the next working day.
        If you cancel a ride more than 5 minutes after a driver has been assigned, a cancellation fee of S$4 may apply.
        Does the VHIS Standard Plan cover general outpatient consultations? No, it covers hospitalisation and prescribed day-case procedures only.
        Chargebacks must be raised through your card issuer, generally within 120 days of the transaction date under card scheme rules.
        Why is my parcel held by customs? Imported goods above the GST relief threshold of S$400 may be held until import GST has been paid.
        Where can I find my tracking number? It is in your shipping confirmation email and under Order Details > Track Package.
        Our e-KYC flow asks for a photo of the front and back of your MyKad and a short selfie video; images are encrypted and deleted after 30 days.
        What happens if my prepaid SIM is not topped up? The line enters a 30-day grace period, after which the number is returned to the pool.
        Do you deliver on public holidays? Deliveries are paused on the first day of Hari Raya Aidilfitri, the first two days of Chinese New Year and Deepavali.
        0% instalment plans over 6 or 12 months carry no interest, but some banks charge a one-time processing fee.
        How do I update my registered mobile number? Log in with Singpass and use the Update Particulars form, or visit any branch with your identity document.
        Can someone else collect my parcel? Yes, an authorised person may collect it with a copy of your ID and a signed authorisation letter.
        Why did my final fare differ from the estimate? Adding stops, changing the destination, tolls and ERP charges can all change the final fare.
        How do I know an SMS is really from us? Our messages come from the registered sender ID "TENGGARA" and never contain clickable links.
    """),
    ("en", "macro"): _lines("""
        Hi {{first_name}}, thanks for reaching out! I've raised a refund of {{refund_amount}} to your original payment method. Ref: {{case_id}}.
        Dear [Customer Name], we're sorry your order [Order ID] arrived damaged. Please reply with photos of the item and the outer packaging within 48 hours.
        Hello <NAME>, for security purposes please confirm the last 4 digits of the card linked to this account. Please do not send the full card number.
        Hi {customer}, your driver {driver_name} has been notified about your feedback. We take every safety concern seriously.
        Template RTN-07: "Your return request for order %ORDER_NO% has been approved. Please drop the parcel at any %PARTNER% point by %DEADLINE%."
        Dear Valued Customer, we refer to your claim no. {CLAIM_NO} and regret to inform you that the condition claimed falls under the pre-existing conditions exclusion in Section 4.2.
        Macro DISPUTE_ACK: Your dispute for the transaction of {{txn_amount}} on {{txn_date}} has been logged and a temporary credit will be posted within 5 working days.
        Hi there, I understand how frustrating a late delivery can be. Let me check with our logistics partner and get back to you within 24 hours.
        Please fill in: Full name as per NRIC: ________ NRIC (last 4): ____ Mobile: +65 ________
        Sample for agents: "Thank you, Mr/Ms {surname}. I've verified your account using the OTP sent to your registered number ending {last4}."
        Hi {first_name}, a reminder that your policy premium of {amount} is due on {due_date}. Please ignore this message if you have already paid.
        Is there anything else I can help you with today? If not, I'll close this chat. Have a great day!
        Hi {{name}}, we've posted a replacement SIM to your billing address. Please activate it within 7 days by dialling *100# from the new SIM.
        Escalation note template: Customer: [name] | Account: [acct no.] | Issue: [summary] | Priority: P2 | Escalated to: Tier 2 Billing
        Hi, {{agent_name}} here from the Care Team. I'll be assisting you today.
        We apologise for the delay to your order; a HK$50 e-voucher has been added to your account as a goodwill gesture.
        Address format guide (example only): Blk 123 Ang Mo Kio Ave 3 #01-234, Singapore 560123. Please enter your own address in the same order.
        Example of a valid NRIC format for the form: S1234567D. Do not copy this example; enter the number printed on your own card.
        Your one-time password is {otp}. It expires in 5 minutes. Never share it with anyone, including our staff.
    """),
    ("en", "policy"): _lines("""
        Refunds are issued to the original payment method only. Store credit may be offered for items purchased during flash sales.
        Items marked "Non-returnable", including opened cosmetics, innerwear and customised products, cannot be returned unless defective.
        The Company reserves the right to suspend any account suspected of fraudulent chargebacks, promo abuse or reselling.
        Under the Personal Data Protection Act 2012, you may request access to or correction of personal data we hold about you by writing to our Data Protection Officer at dpo@kedaimart.sg.
        Claims must be submitted within 30 days of discharge from hospital, together with the itemised bill and the attending doctor's report.
        Clause 7.3: The insurer shall not be liable for losses arising from unattended baggage or valuables left in a vehicle.
        Driver-partners must maintain a minimum rating of 4.3 and an acceptance rate of 80% to remain eligible for weekly incentives.
        Unauthorised transactions must be reported within 30 days of the statement date for the customer to benefit from the liability cap.
        Vouchers are non-transferable, cannot be exchanged for cash and are valid for 30 days from the date of issue.
        Personal data collected in Malaysia is processed under the Personal Data Protection Act 2010 and may be transferred to our service providers in Singapore.
        Late payment charge: RM10 or 1% of the outstanding balance, whichever is higher, capped at RM100.
        For lost or stolen phones, the SIM will be barred within 1 hour of your report; a replacement SIM costs HK$100.
        Users must be at least 18 to register; users aged 13 to 17 may use the service with the consent of a parent or guardian.
        The price-match guarantee does not apply to marketplace sellers, clearance items or prices shown on third-party coupon sites.
        A free 30-day trial converts into a paid subscription of S$9.98 per month unless cancelled at least 24 hours before the trial ends.
        All calls to our contact centre may be recorded for quality assurance and training purposes.
    """),
    ("en", "notice"): _lines("""
        Scheduled maintenance: Internet Banking and the mobile app will be unavailable from 2:00am to 6:00am SGT on Sunday, 14 December.
        Service disruption: customers in Kowloon East may experience intermittent 5G data outages since 10:40am; our engineers are on site.
        Update 15:20 MYT: mobile data services in the Klang Valley have been fully restored. We apologise for the inconvenience.
        Due to Typhoon Signal No. 8, all deliveries in Hong Kong are suspended today; orders will be delivered within 2 working days after the signal is lowered.
        Beware of scam calls claiming to be from our bank. We will never ask you to transfer money to a "safe account" or to install apps from outside the official app stores.
        Our customer service hotline 1800 222 3388 operates daily from 8am to 10pm, including public holidays.
        Customers in Malaysia may call 1-300-80-2626 or email care@tenggara-mobile.com.my for billing enquiries.
        Hong Kong customers: call our hotline +852 2888 6060 and press 3 for credit card matters.
        Due to high volumes during the 11.11 sale, chat wait times may exceed 30 minutes.
        Our Tampines Mall store will close at 6pm on Christmas Eve and reopen on 26 December at 11am.
        Parcels routed through our Kepong sorting hub are delayed by 2-3 days because of flooding in the area.
        From 1 March, SMS OTPs will be replaced by in-app approval through the Digital Token for all online card transactions.
        The old app (version 4.x) will stop working after 31 January; please update to version 6.2.0 or later.
        Fares during the Formula 1 Singapore Grand Prix weekend may be higher due to road closures around Marina Bay.
    """),
    ("en", "record"): _lines("""
        Order #2411-SG-7730915 | 2 items | Status: Out for delivery
        Tracking no. SPXMY0239847116 - in transit to Shah Alam hub
        Return label RMA-HK-00482731 generated on 2024-11-08 10:14 HKT.
        Case CS-88291044 closed: Resolved - replacement dispatched.
        Invoice INV-2024-0045881, amount RM 1,249.00 incl. SST, paid via FPX.
        Claim status: Submitted > Under review > Approved > Paid (S$312.40)
        Ref TXN 7F3A-92C1-0B55, authorised 3 Dec 2024 21:07 SGT, S$58.90, merchant FOODPANDA*SG
        Booking ID A-4XK9TQ2M, GrabCar Plus, 23.4 km, 38 min, S$34.60
        Waybill 8830 1294 5571, weight 1.2 kg, COD HK$0.00
        Error code E-4012: Card issuer unavailable. Please retry after 15 minutes.
        Build 6.14.2 (20241203.1447) fixes a crash on the refund status screen.
        Webhook signature sha256=47537b2c03fcf71695a2ae7dbd138419c64c60d58eeb197a4e62917164055a1e
        SKU SAM-A55-256-NVY x1, RM 1,799.00, warranty 12 months
        Test card for the sandbox checkout: 4242 4242 4242 4242, any future expiry, any CVC.
        Your parcel locker pickup code has expired; please request a new code in the app.
    """),
    ("en", "product"): _lines("""
        Redmi Note 13 Pro, 8GB+256GB, Midnight Black, 1-year Malaysian warranty by authorised distributor.
        Airfryer XXL, 7.3L, 3-pin UK plug suitable for Singapore and Hong Kong.
        Lunar New Year hamper "Prosperity Deluxe": abalone, bird's nest, XO sauce and a bottle of red wine.
        Travel insurance "Jaunt Gold": overseas medical expenses up to S$500,000 and trip cancellation up to S$15,000.
        Prepaid SIM "Tourist 8-Day": 100GB data and 500 local minutes, valid in Hong Kong and Macau.
        Postpaid plan 5G Max 98: 150GB data, unlimited calls, free roaming in 10 Asian destinations, 24-month contract.
        Detective Conan graphic tee, size M, featuring Conan Edogawa and Kaito Kid.
        Harry Potter and the Philosopher's Stone, illustrated hardcover edition, ships from our Singapore warehouse.
        Pikachu plush, 30 cm, limited stock, max 2 per customer.
        Jay Chou Carnival World Tour, Kuala Lumpur: Cat 2 concert e-ticket, non-refundable and non-transferable.
        Cordless vacuum, limited edition Prussian Blue, with laser dust detection and 60-minute runtime.
        Tiger Balm White Ointment 19.4g, bundle of 3 jars.
    """),
    ("en", "report"): _lines("""
        In Q3 2024, 61% of refund requests were approved within 48 hours and the median first-response time was 3 minutes 40 seconds.
        Damaged-in-transit claims fell 18% year on year after we switched to double-walled cartons.
        The Monetary Authority of Singapore has asked banks to introduce a 12-hour cooling period after a digital token is activated on a new device.
        Bank Negara Malaysia said losses from online scams reached RM1.2 billion last year.
        Grab chief executive Anthony Tan told shareholders that the group expects to stay profitable for the full year.
        Hong Kong's Consumer Council received 1,842 complaints about online shopping platforms in the first half of the year.
        NPS for the chat channel rose from 32 to 47 after the new refund bot was rolled out.
        Average handling time on the Malaysia voice queue: 6m12s; abandonment rate: 4.8%.
    """),
    ("mixed", "chat"): _lines("""
        Eh the app keep showing "payment failed" but my bank already deducted, how ah?
        Parcel stuck at sorting centre since Monday leh, can check or not?
        Boss, voucher cannot apply one, says minimum spend RM50 but my cart RM62 already.
        點解我個 order 仲未 ship? Already paid two days ago.
        Wah the driver drove so fast, next time please remind them to slow down abit.
        Can refund or not one? The shoes size wrong lah.
        Alamak, I accidentally cancel the order, can undo anot?
        唔該 check 下個 refund status, case number CS-77120583.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please deliver to Tan Wei Ling, Blk 412 Bedok North Ave 2, #08-117, Singapore 460412, mobile 9123 4587.
        My NRIC is S8734126G and the account is under Lim Boon Keat, please verify and unlock it.
        Hi, I'm Nurul Huda binti Rosli, MyKad 910723-10-5584, I need to update my registered phone to 012-774 3190.
        Card number 4557 0123 4987 1206, exp 08/27, name on card Daniel Ong - I did not make the S$1,280 purchase last night.
        Please refund to my Maybank account 5141 2087 6603, account holder Ahmad Faris bin Zulkifli.
        The driver Mohd Faizal in SLA4821Z shouted at my daughter and refused to turn on the aircon, I want him banned.
        Claim for my husband, Chan Kwok Wing, HKID K512038(1), admitted to Queen Elizabeth Hospital on 2 Nov after a stroke.
        My mother Mdm Koh Ah Lian has stage 3 colon cancer; her policy number is LP-0092384471 and we want to claim the critical illness benefit.
        Please send the invoice to rachel.teo88@gmail.com instead, that's my personal email.
        It's the corner terrace with the red gate, number twenty-seven, Jalan SS 2/64, PJ - just ask for Uncle Ravi.
        My IC is eight eight zero four one two, fourteen, five five two one - sorry I don't have the card with me.
        HKID Y 284716 bracket 5, Wong Mei Kuen here, the OTP isn't reaching my phone 9638 2014.
        Hi, this is Jason Lee from Flat C, 18/F, Block 3, Kornhill Gardens, Quarry Bay - the fridge was left in the lobby and now it's gone.
        I'm Priya Ramasamy and I need to freeze my gym membership because I'm 5 months pregnant and my gynae advised no exercise.
        Recipient: Muthu a/l Krishnan, No. 8, Lorong Cempaka 5, Taman Bukit Indah, 81200 Johor Bahru, tel 016-723 8840.
        Kindly transfer the refund to DBS 027-4-183390 under the name Goh Siew Hoon.
        My Amex 3779 352418 67003 was charged twice for the same flight booking - cardholder Vincent Yip.
        My son Ethan Tan (Primary 4) has asthma and was warded at KKH last week; I'm submitting the bill under his student plan.
        I hold policy HK-MED-5531209; my wife was diagnosed with breast cancer last month and I'd like to know if her surgery is covered.
        The driver was Lee Chong Wei (not the badminton player) and he was clearly drunk, car SKQ7732E, pickup at 1:12am from Clarke Quay.
        Please cancel the card ending 5430, it belonged to my late father Ong Teck Seng who passed away on 3 October.
        I'm Farah from unit #12-36, Block 58 Marine Terrace; tell the courier to leave my parcel with the neighbour at #12-34.
        My FIN is G5123847N and my work permit is expiring, can I still keep the postpaid line under Maria Santos?
        Contact me at +60 17-382 9146, Lee Mun Yee, regarding the sofa that arrived with a torn cushion.
        Full name: Cheng Ka Ho / Date of birth: 14-03-1987 / Mobile: 6721 0394 / Address: Rm 1506, Tsui Lok House, Tsui Ping Estate, Kwun Tong
        I'm Aidan, the one whose ride account got hacked - my email is aidan.koh.sg@outlook.com and the card ending 2192 was charged S$412.
        I'm Kumar Selvam and I've already agreed with your collections team to pay the RM8,400 arrears in 12 instalments, so please stop calling my office.
        My sister Nur Aisyah binti Hamzah, MyKad 950118-08-6242, wants to claim for her miscarriage at Hospital Raja Permaisuri Bainun.
        Please redirect the delivery to my office: Alvin Chua, Level 23, 1 Raffles Place, Singapore 048616, ext 2231.
        Kelly from Block 221 Serangoon Ave 4 again - the same parcel went missing three times, I think someone on my floor is taking it.
        HSBC account 123-456789-838, holder Leung Chi Keung, please stop the monthly auto-debit.
        My husband's PayNow is linked to 9876 1123, please refund there - his name is Raymond Seah.
        Insured: Yap Mei Ling; Diagnosis: dengue fever; Admitted: 11/09/2024; Hospital: Sunway Medical Centre; Bill: RM6,812.50.
        My e-wallet got debited RM500 without my approval, phone 011-2345 7789, IC 020905-14-0931.
        This is Joyce Lam from yesterday's call, HKID R930451(6) - I've emailed my bank statement showing the double charge.
        I am Wong Jun Hao, I was retrenched last month and can't pay the instalment on my phone, can I defer it?
        Customer Mr Lau Tak Ming (9034 5512) says the parcel was delivered to Flat 3A instead of 3B, Hoi Fai Court.
        CRM note: caller verified as Sharifah Norliza, NRIC ending 455B, requesting hospital cash benefit for her hysterectomy.
        Card 4147 2096 5531 0285 expiring 11/26 is mine and I never authorised the payment to SHOPNOW*HK.
        Parcel for Ms Shanti - third house after the surau on Jalan Melati, Kampung Baru Semenyih, the one with the blue fruit stall in front.
        Please call my dad instead, Mr Tay Ah Huat, 8122 4730, he's the one who ordered the hearing aid.
        The rider who delivered to my flat in Tower 5, LOHAS Park - his name tag said Kenny Ng - opened my package and took the earbuds.
        Passport P4820193B, SANTOS Maria Cristina - I need my eSIM reissued because my phone was stolen in Mong Kok.
        T0215837F is my NRIC, the banking app locked me out after 3 wrong PINs.
        My email is sitihajar.95@yahoo.com.my, please resend the refund confirmation there.
    """),
    "mixed": _lines("""
        Boss, my address is Blk 635 Jurong West St 61 #11-202 S640635, name Kelvin Goh, pls redeliver tmr morning.
        我個 delivery address 係 Flat 12B, Tower 2, 89 Pok Fu Lam Road, name Ho Wing Sze, phone 5402 8817.
        Eh my IC 870221-07-5113, name Lim Chee Keong, why my loan application kena reject again?
        Aiyo the driver Ravi Chandran plate WXY 6621 very rude one, scold me and my mother who is in wheelchair.
        唔該 refund 返去我張 card 5521 8843 0019 2743, name Tsang Hoi Yan.
        S 901 2455 B, Siti Zubaidah, pls reactivate my e-wallet, kena lock since yesterday.
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, my order 2411-SG-8812094 never arrived but the app says delivered."),
        ("assistant", "Sorry to hear that! Could you confirm the delivery address on the order?"),
        ("user", "Blk 118 Rivervale Drive #05-221, Singapore 540118. Name is Cheryl Ng."),
        (
            "assistant",
            "Thank you, Cheryl. I've opened a trace with the courier and will update you within 24 hours.",
        ),
    ],
    [
        ("user", "There's a charge of HK$3,480 on my credit card that I don't recognise."),
        (
            "assistant",
            "I can help with that. For verification, please share your full name and the last 4 digits of the card.",
        ),
        (
            "user",
            "Leung Wai Man, card ending 8830. I was at home in Tai Po all day, I never went to that shop.",
        ),
        (
            "assistant",
            "Thank you. I've blocked the card and raised a dispute; a replacement card will be mailed to you.",
        ),
    ],
    [
        ("user", "How do I claim for my son's hospital stay?"),
        (
            "assistant",
            "Please upload the itemised bill and the discharge summary in the Claims section of the app.",
        ),
        (
            "user",
            "OK. He's Ho Chun Yin, 7 years old, admitted to Prince of Wales Hospital with pneumonia from 3 to 6 Nov. Policy PMH-2219034.",
        ),
        (
            "assistant",
            "Thank you. Once the documents are uploaded, we'll assess the claim within 10 working days.",
        ),
    ],
    [
        ("user", "I want to report the driver from my ride last night."),
        (
            "assistant",
            "I'm sorry to hear that. Could you share the booking ID and tell me what happened?",
        ),
        (
            "user",
            "Booking A-7RQ2LW9K. The driver, Zulkarnain, kept touching my knee and asked for my number. White Myvi, VCN 2281.",
        ),
        (
            "assistant",
            "That is very serious. I've suspended the driver's account pending investigation and our safety team will call you today.",
        ),
    ],
    [
        ("user", "my account locked, cannot login"),
        (
            "assistant",
            "I can help. Please provide your registered mobile number and MyKad number for verification.",
        ),
        ("user", "013-992 4108, IC 900315-14-6637"),
        (
            "assistant",
            "Thanks, you're verified. We've sent a password reset link to your registered number.",
        ),
    ],
    [
        ("user", "Is there a fee to port my number over from another telco?"),
        ("assistant", "No, number porting is free. It usually completes within one working day."),
        ("user", "OK, then I want to port. What do you need from me?"),
        (
            "assistant",
            "Your full name as in your NRIC, your NRIC number and the mobile number to be ported.",
        ),
        ("user", "Goh Li Ting, S7651092Z, 9345 2281"),
        (
            "assistant",
            "Thank you. Your port request has been submitted; you'll receive an SMS when it is done.",
        ),
    ],
    [
        ("user", "eh the delivery guy cannot find my house leh"),
        ("assistant", "Sorry about that! Could you give us a landmark to pass to the driver?"),
        (
            "user",
            "Landed house at 14 Jalan Lim Tai See, the one with the big mango tree, call me at 8765 0291, my name Daryl",
        ),
        ("assistant", "Thanks Daryl, I've added the notes for the driver."),
    ],
    [
        ("user", "I can't pay my premium this month."),
        (
            "assistant",
            "I'm sorry to hear that. Options include a premium holiday or an automatic premium loan, depending on your policy.",
        ),
        (
            "user",
            "My husband Rajesh passed away in September and I'm now the only income. Policy L-44817032, I'm Kavitha Rajesh.",
        ),
        (
            "assistant",
            "Please accept our condolences. I'll ask a consultant to call you about a premium holiday and any death benefit claim.",
        ),
    ],
    [
        ("user", "I placed an order but the confirmation email never came."),
        (
            "assistant",
            "Could you check your spam folder? If it's not there, please tell me the email address used for the order.",
        ),
        ("user", "It's mei.ling.chua@hotmail.com, and I paid with my Visa 4917 6100 6845 2192."),
        (
            "assistant",
            "Thank you. Please don't share full card numbers in chat; I've masked it. The confirmation has been resent.",
        ),
    ],
    [
        ("user", "Can you check where my parcel is? Order 2412-MY-0038172."),
        (
            "assistant",
            "It's out for delivery to No. 3, Jalan Anggerik 2/3, Taman Anggerik, 43000 Kajang, under the name Farhan Idris. Is that correct?",
        ),
        ("user", "Yes that's right, thanks."),
    ],
]
