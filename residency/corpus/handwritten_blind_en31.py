# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en31: English from online communities in Singapore, Malaysia and Hong Kong (Discord and Telegram groups, gaming clans, dating apps, Reddit-style posts, meetups and carpools, doxxing and harassment reports). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en31
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "game guides and patch notes"): _lines("""
        Patch 2.4.11 notes: Kagura's ultimate cooldown raised from 30s to 36s at level 1; her passive shield now scales with 60% total magic power.
        Hotfix 1.8.92.1044 (SEA servers only) fixes the crash when opening the Lunar New Year event shop on Android 14.
        Farming route for the Jade Pagoda: kill the 3 stone lions first, then loop clockwise; 4,812 XP every 11 minutes with the 15% buff.
        Build guide from the Tanjong Tigers coaching staff: rush Blade of Despair, then Malefic Roar, and sell boots at 18 minutes.
        Server maintenance: Asia-Pacific realms offline from 02:00 to 06:00 SGT on 14 January; compensation is 300 gems plus a 7-day XP booster.
        Redeem code for all players this week: LUNAR2026DRAGON, valid until 23:59 GMT+8, one use per account.
        Raid mechanic cheat sheet: at 65% HP the boss marks two players with a red circle; spread to the pillars at (412, 88) and (436, 91).
        Known issue #4471: players on build 3.0.6 see their rank reset to Epic V; the devs say points are intact and will re-sync.
        Tier list v7 (SEA ranked, 12 Jan): S tier is Fanny, Ling and Chou; A tier is Lancelot and Hayabusa; Balmond fell to C.
        Drop rates for the Crimson Banner: 5-star 0.6%, soft pity from pull 74, hard pity at 90, a 4-star guaranteed every 10 pulls.
        Ping fix for Singtel fibre users: set the in-game region to SG-2 and disable IPv6 on the router; median went from 68 ms to 21 ms.
        Fishing minigame guide: the Golden Arowana only spawns at Pier 7 between 19:00 and 21:00 in-game time, and only when it rains.
        Patch 14.3 touches 46 champions; the full diff of base stats is on the official patch notes page, not in this thread.
    """),
    ("en", "esports news"): _lines("""
        MPL Singapore Season 9 grand final: Tanjong Tigers beat KL Hornets 4–2, with jungler 'Zyrex' taking Finals MVP.
        Kowloon Phantoms confirm 'Mochi' as their new support for the Valorant Ascension Pacific qualifiers in Seoul.
        Transfer rumour: 'DracoSG' is reportedly signing a two-year deal with Selangor Sentinels, fee undisclosed, per the team's official X account.
        Viewership peaked at 2,318,447 concurrent for the Indonesia vs Malaysia semi-final on the official YouTube stream.
        Prize pool for the SEA Dota Invitational is US$250,000; the winning five split US$100,000.
        The English caster lineup for MSC 2026 includes veterans 'KoloCasts' and 'BangBangBryan'.
        'Vynn' of Team Nasi Lemak broke the record for most maniacs in a single MPL MY season with 14.
        Official statement: Kowloon Phantoms have parted ways with head coach 'Sensei K' after missing the playoffs.
        Player card: 'Yuki', gold lane, hero pool Beatrix, Claude and Brody, season KDA 6.8.
        The Singapore esports roster for the SEA Games was announced on the Singapore Esports Association website this morning.
        Team Kampung Legends sold their MPL MY slot for a reported RM 3.2 million, according to the league's franchise disclosure.
        Bracket update: match 17 (Tigers vs Phantoms) moves to 19:30 SGT Saturday; streams on Twitch and TikTok Live.
        'Zyrex' said at the post-match press conference that the team practised the Lord rush for three weeks.
    """),
    ("en", "subreddit and server rules"): _lines("""
        r/singapore Rule 3: No personal information. Do not post names, NRIC numbers, phone numbers, car plates or addresses of private individuals, even if they were rude to you.
        Posts about public figures acting in their official capacity are allowed; screenshots of private WhatsApp chats must have every name and number blurred.
        r/malaysia weekly thread: Tanya Apa Saja / Ask Anything, posted every Monday at 8am MYT by AutoModerator.
        Flair guide: [Discussion], [News], [Meme], [Serious], [Jobs]; posts without flair are removed after 30 minutes.
        Modmail template: 'Your post was removed under Rule 3 (doxxing). Repeated violations lead to a permanent ban.'
        Discord server rule 7: do not DM members asking for their IC, bank details or OTP; staff will never ask you for these.
        If someone is in crisis, the Samaritans of Singapore 24-hour hotline is 1767; in Malaysia, Befrienders KL is 03-7627 2929.
        Scam warning pinned by the mods: nobody from this server will message you from +65 8xxx xxxx asking for a Steam gift card.
        Verification bot: type !verify in #welcome and react with the pineapple emoji; we do not collect your email or phone.
        Accounts younger than 14 days or with fewer than 50 comment karma are filtered by AutoMod.
        r/HongKong megathread on the 2026 Policy Address: keep comments civil, no calls for violence, no personal attacks.
        A properly redacted post looks like this: 'Driver of S** ****X cut me off on the PIE near exit 29' — mask plates like that.
        Report abuse to the platform first; for threats of violence call 999, which works in Singapore, Malaysia and Hong Kong.
    """),
    ("en", "public event listings"): _lines("""
        Anime Festival Asia 2026 at Suntec Singapore Convention & Exhibition Centre, 1 Raffles Boulevard, Level 4; day passes from S$28.
        Comic Fiesta 2026 at MITEC, 8 Jalan Dutamas 2, Kuala Lumpur, 20–21 December; cosplay competition registration closes 30 November.
        Ani-Com & Games Hong Kong, Hong Kong Convention and Exhibition Centre, 1 Expo Drive, Wan Chai, Halls 1 and 3.
        Monthly board games night at the National Library Building, 100 Victoria Street, Level 5 — free, walk-ins welcome.
        r/singapore meetup: Sunday 3pm at the Esplanade outdoor theatre steps; look for the orange subreddit banner.
        GameStart Asia tickets go on sale 1 September at 10:00 SGT via SISTIC; ticketing hotline 6348 5555.
        Valorant community tournament at Bugis+ Level 4, 201 Victoria Street; team fee S$50, maximum 32 teams.
        Charity speedrun marathon for the Community Chest, streamed for 72 hours from the Science Centre Singapore, 15 Science Centre Road.
        Hari Raya open house hosted by the Malaysian esports federation at Dewan Bandaraya, Jalan Raja Laut; all welcome.
        Retro gaming swap meet at Sim Lim Square, 1 Rochor Canal Road, third-floor atrium, 10am–6pm Saturday.
        Pokémon GO Community Day at Gardens by the Bay, 18 Marina Gardens Drive, 2pm–5pm; bring power banks, the Supertree Grove gets crowded.
        Penang Game Jam 2026 at Bayan Lepas: 48 hours, teams of up to 4, register by 5 March.
        Sino Centre, 582–592 Nathan Road, Mong Kok, holds a collectibles market on the first Sunday of each month.
    """),
    ("en", "memes about public figures"): _lines("""
        Someone photoshopped PM Lawrence Wong into the Among Us emergency meeting screen and captioned it 'Budget 2026 is sus'.
        Anwar Ibrahim's 'Malaysia Madani' slogan is now a Discord sticker pack with 40,000 downloads.
        Mahathir at 100 still posting longer threads than anyone on this sub, respect.
        John Lee's Policy Address bingo card: 'Northern Metropolis', 'talents', 'vibrant', and the free space is 'mega events'.
        Phua Chu Kang saying 'use your brain' is still the best reaction gif for anyone who parks across two lots.
        Uncle Roger reviewing hawker centre nasi lemak hit 9 million views; the haiyaa energy is unmatched.
        The Merlion vomiting a rainbow is now the official mascot of our clan, no takebacks.
        Lee Kuan Yew's 'whoever governs Singapore must have that iron in him' is being used as a ranked-grind motivational poster.
        Tan Cheng Bock's 'unbelievable' clip is still the reaction of choice whenever the MRT breaks down.
        Jackie Chan's confused-face meme edited over the MTR fare adjustment notice is peak Hong Kong Reddit.
        The Jimmy Choo store at ION Orchard became a meme when the MLBB skin collab leaked with stilettos on Fanny.
        The Ah Boys to Men cast edited into the Valorant agent select screen is the best thing on my feed.
        Siti Nurhaliza singing the MPL theme at the opening ceremony made the whole Axiata Arena shake.
    """),
    ("en", "community chat without identifying details"): _lines("""
        I just hit Mythic Glory for the first time after 600 games, my hands are shaking lol.
        Anyone else's train stuck at Jurong East? Been 20 minutes, gonna be late for scrims.
        I'm 28, work in logistics, and only started gaming during circuit breaker — it's never too late.
        My ex left me on read for three days so I queued 40 ranked games, zero regrets.
        Carpool etiquette reminder: split toll and petrol evenly; RM 15 per head from JB to Woodlands is the norm in this group.
        Looking for a duo for ranked tonight, I main Estes, mic optional, no toxic please.
        Does Tan Tock Seng Hospital's A&E take walk-ins at 3am? Asking because my sprained ankle says yes.
        Dating app tip from experience: meet somewhere public first, like a kopitiam in a busy mall, and tell a friend where you'll be.
        Been lurking here for two years, first post, hello from Ipoh.
        Our Telegram group hit 5,000 members today, thanks everyone for keeping it clean.
        Got my O-Level results today and I'm not sharing the grades, but I'm happy.
        The Charles & Keith store at Jewel Changi Airport, 78 Airport Boulevard, has 30% off tonight.
        My phone number changed so I had to re-verify every app, took me two hours with the bank alone.
    """),
    ("en", "marketplace and order numbers"): _lines("""
        Shopee order 240918KJ8H3Q2T shipped; tracking SPXSG038271654 via SPX Express, ETA 3 working days.
        Lazada order 3011 8847 2290 1156 refunded in full, RM 249.00 back to the wallet.
        WTS: PS5 Slim 1TB, barely used, S$520, meetup at Tampines MRT exit B only, no lowballers.
        Receipt #0049-7781-2206 from Challenger Funan, 107 North Bridge Road: Steam Deck OLED 512GB, S$899.00.
        ISBN 978-981-4779-12-6 is the esports history book they sell at Kinokuniya Takashimaya for S$32.
        GPU in the listing: RTX 4070 Super, serial 2207-SN-4418-0973, distributor warranty until 2027.
        Carousell listing 1294837561 was taken down for breaking the no-counterfeit rule.
        Pre-order code GS26-EARLY-7733 gives 15% off GameStart merch for the first 500 orders.
        Invoice INV-2026-000418 for the annual Nitro plan, US$99.99, paid by the company account.
        Firmware 6.02.118 for the Razer Kishi; earlier 6.01.x builds double-register the L2 trigger.
        Price check: 6480 Genesis Crystals plus 1600 bonus cost RM 459.90 on the official top-up page.
        Grab booking A-7Q2K9X1M was cancelled automatically after no driver was found at Changi T3.
    """),
    ("mixed", "Singlish, Manglish and Cantonese banter"): _lines("""
        Wah lao this patch nerf 我的 main again, confirm plus chop uninstall lah.
        Eh bro tapau one teh peng for me before scrim can? Later I pay you back.
        Jom main ML malam ni, server SEA, jangan AFK macam semalam.
        今晚 raid 几点? 8pm or 9pm ah, my boss confirm make me OT one.
        Alamak ping 300ms, internet buat hal lagi, sorry guys.
        呢個 patch 真係好 buggy, Asia server lag 到爆.
        Bro the new skin cost 899 diamonds, mahal gila, tak worth.
        Relak la kawan, kalah sekali je, next game we carry.
        我哋 clan 今個禮拜招新人, must be Mythic and above, 唔好 toxic.
        Steady pom pi pi, top 3 in the SEA server this week, shiok!
        Orang kata patch 1.9.06 buff Yin, tapi aku rasa still weak la.
        打到 level 88 先知原來 boss 有第二形態, siao liao.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Reporting @kopi_peng_88 for doxxing: he posted my friend Ashley Teo's home address, Blk 287 Tampines St 22 #11-402, in #general at 2am.
        hey its Wei Ling from CMB, app keeps crashing so just whatsapp me at 9127 4408 ok
        Carpool JB→Woodlands daily 6.45am, driver Faizal bin Rosli, silver Myvi JTB 6621, WhatsApp +60 17-882 1043, RM15/pax.
        Clan treasurer is Marcus Lim Jun Hao — PayNow the S$20 tourney fee to 9651 3370 by Friday.
        Our raid leader Daryl Ong just got diagnosed with stage 2 nasopharyngeal cancer, he's at NCCS for radiotherapy, let's chip in for a hamper.
        this guy keeps harassing me on telegram @jaydenlowzz, real name Jayden Low, works at the Uniqlo in Tampines Mall, i have screenshots
        pls check if legit: "Sim Kok Wah, NRIC S7712384F, requests refund to DBS 029-4-188371"
        Lost wallet found at Bugis Junction, IC belongs to NUR AISYAH BINTI KAMARUL, 990417-10-6624, DM me to claim.
        my hk number is 6283 1194, Ka-ho here from the Kwun Tong board game meetup, text me the address
        Screenshot from the scam group: 'Madam Leung Siu-fong HKID K624318(5), HSBC 512-883921-838' — someone warn her.
        the guy who scratched my car drives SLA 5529 K, white Vezel, parks at Blk 622 Yishun Ring Rd every night
        Passport details for the Bangkok LAN trip: Chong Wei Xiang, K2841963N, expires 08/2029, seat 32C.
        Muhammad Haziq bin Azman, passport A47728391, is booking the Manila MPL trip for the three of us.
        dating app match Priya (27, nurse at KK) gave me her insta @priya.s.rajan — is it weird to follow first?
        FIN G5518720R belongs to my roommate Nguyen Van Minh, the landlord wants a copy for the tenancy, is that allowed?
        Taiwanese clanmate Lin Yu-ting, ID F228734591, asked us to book her hostel for the Taipei event.
        Discord user shadowkitty#0412 is actually Clara Ho from SMU, year 3 accountancy, she's the one leaking our scrim strats
        Meetup contact for the Penang trip: Kelvin Tan, kelvin.tan.kh93@gmail.com, +60 12-447 3018.
        gf's card got skimmed at the LAN cafe: 4539 1488 0343 6467 exp 09/28, card is under Rachel Yeo, she called OCBC already
        the guy from the MTR video is Wong Chi-keung, lives at Flat 12B, Block 3, Lok Fu Estate — posting so everyone knows
        Mainland member Zhao Lei sent his ID 440305199208174418 for the Shenzhen event hotel, can a mod delete it from the chat?
        +86 138 2719 4406 belongs to the guy selling fake MLBB diamonds, his WeChat name is Chen Hao
        Macau player Lei Chi Keong, BIR 1387264(3), needs his prize money paid into his BOC Macau account.
        My neighbour Mdm Rosnah at No. 14, Jalan SS 2/75, Petaling Jaya keeps calling the police on our LAN parties.
        Hi I'm Joel, 24, Sengkang, 6'1 — my tele is @joel_kwek_sk, hmu if ur down for supper
        Sorry to post this but my brother Aaron Chia Wen Jie (NRIC T0221847J) has been missing since Tuesday, last seen at Punggol Waterway, pls call 8823 6610.
        The harasser's number is 9011 2857, registered to a Benjamin Sia, he has sent 300+ messages to our mod.
        Grab driver was Rahman, SLK 3310 C, and he texted my personal number after the trip, creepy af
        Telegram admin 'Mei' is actually Tan Mei Xuan, 17, from Raffles Institution — parents please be aware.
        Touch 'n Go transfer to Siti Hajar, 011-2873 4490, RM 85 for the clan jersey.
        hi its me Darren, new number +65 8734 2219, delete the old one
        LAN party this sat at Shawn Ng's house, 41 Sunrise Drive, Singapore 806451 — ring the bell twice.
        Kenneth Lau from our Tuesday badminton group is HIV positive, heard it from his cousin, not sure if we should tell the others
        Heng Yi Ling owes me RM 4,200 from the Genting trip and blocked me everywhere, her IC is 950829-08-5372, can I report her?
        Dear mods, user @ironmaiden_hk posted my photo, my school (St Paul's Co-ed, form 5) and my name Chloe Yip. please remove.
        Ang pow money for the clan lucky draw goes to Maybank 1140 8823 9917, acct name LEE KAR WAI.
        Birthday shoutout to Jasmine Goh, born 14 Feb 2001, our best healer — she's at Blk 109 Clementi St 11 #08-55 if you want to send cake.
        Dating bio: 'Nadia, 26, Bangsar. ig: nadia.zul_ | 016-338 7710 if u're not a creep'
        Courier note: deliver the keyboard to Ng Soo Lin, B-17-06 Pangsapuri Seri Melati, Jalan Cheras, 56000 KL, 012-771 4089.
        HK meetup: Billy Cheung will wait at exit D in a red cap, his WhatsApp is +852 9473 2286.
        my stalker drives a black Alphard, plate WX 2817, name Tang Wai-ming, keeps parking outside my block in Tai Koo Shing
        For the carpool insurance form: Goh Jia Hui, NRIC S9438215C, class 3 licence since 2015.
    """),
    "mixed": _lines("""
        我朋友 Lee Mun Kit 的电话是 +60 16-552 8913, 你 direct WhatsApp 他 lah.
        Abang Hafiz tu tinggal Blok C-8-12, PPR Kampung Baru Air Panas, dia yang jual akaun ML curi.
        呢個人叫 Chan Tsz-ho, 電話 9128 7735, 係佢呃我哋 clan 嘅錢.
        Weh, IC budak tu 030712-14-0871, nama dia Aiman Danish, dia doxx orang dalam server.
        Ah Seng 的 NRIC S8129043B 我有 screenshot, 他欠 clan 五百块.
        Tolong transfer ke CIMB 7064 2281 39, nama Tan Li Ying, untuk jersey clan.
        佢個 IG 係 @kayan_lau.hk, 真名劉嘉欣, 讀緊 HKU 二年級, 成日喺 Discord 起底人.
        他身份证 310115198811032746, 名字王思远, 在 group 里骗了三个人.
        Carpool esok: driver Kak Ros, Axia putih BPG 7712, nombor 013-920 4457, tunggu depan 7-Eleven.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "anyone driving from Bukit Jalil to Comic Fiesta tomorrow?"),
        ("assistant", "I can help you draft a carpool post. What should it include?"),
        ("user", "driver is my cousin Syafiq Anuar, grey Saga VDN 4418"),
        ("user", "pax pls contact him at 019-662 3107 not me"),
        (
            "assistant",
            "Draft: Carpool to Comic Fiesta — driver Syafiq Anuar, grey Saga VDN 4418, contact 019-662 3107.",
        ),
    ],
    [
        ("user", "need help writing a report to Discord trust and safety"),
        ("assistant", "Of course. What happened?"),
        (
            "user",
            "someone posted my full name Germaine Lau Pei Shan and my NRIC S9823417H in a public channel",
        ),
        (
            "assistant",
            "I'm sorry that happened. The report should state that your full name and NRIC were shared without consent, with a link to the message.",
        ),
    ],
    [
        (
            "user",
            "how do i reply to this match? she said 'im Kayla, 25, from Bishan, my number is 9774 1280, text me on whatsapp'",
        ),
        ("assistant", "Keep it light and suggest a public place for a first meet."),
        ("user", "she also told me she's on antidepressants, should i bring it up?"),
        ("assistant", "Let her raise it herself when she's ready."),
    ],
    [
        ("user", "tourney winnings RM 3,000 split five ways"),
        ("assistant", "That's RM 600 each."),
        ("user", "send mine to Maybank 1568 3021 4476, name Izzat Hakimi"),
        ("assistant", "Noted: RM 600 to Izzat Hakimi, Maybank 1568 3021 4476."),
    ],
    [
        ("user", "organising a Ma On Shan hike for the HK Discord"),
        ("assistant", "Sounds fun! Where should people gather?"),
        ("user", "at my place first, Flat 22C, Tower 5, Lakeview Garden, Ma On Shan"),
        ("user", "I'm Eric Yuen, they can call 5137 8826 if lost"),
    ],
    [
        ("user", "someone keeps messaging me on telegram"),
        ("assistant", "That sounds stressful. Do you know who it is?"),
        ("user", "username @xyl0s_91"),
        (
            "user",
            "pretty sure it's my ex-colleague Ravi Shankar, same number 8102 6659 he used at work",
        ),
        (
            "assistant",
            "Block and report the account, keep screenshots, and consider a police report if it continues.",
        ),
    ],
    [
        ("user", "found an ez-link card and an IC at Toa Payoh hub"),
        ("assistant", "You can hand them in at the nearest neighbourhood police post."),
        ("user", "name on the IC is Sharifah Nur Izzati, S0134872E"),
        ("user", "should i try find her on insta first?"),
    ],
    [
        ("user", "help me format a hotel booking for our clan trip to Taipei"),
        ("assistant", "Sure, send me the guests' names and ID numbers."),
        ("user", "guest 1 Huang Chih-wei, Taiwan ID A128736405, mobile 0912 448 307"),
        ("user", "guest 2 Ong Kai Xuan, SG passport K3129847Q"),
        (
            "assistant",
            "Booking list: 1) Huang Chih-wei, A128736405, 0912 448 307; 2) Ong Kai Xuan, K3129847Q.",
        ),
    ],
    [
        ("user", "bro tolong check this guy"),
        ("assistant", "What would you like me to check?"),
        (
            "user",
            "dia kata nama dia Farid Iskandar, IC 001205-01-7739, jual akaun ML RM800 tapi tak hantar",
        ),
        (
            "assistant",
            "You can lodge a report with the police and keep all transfer receipts.",
        ),
    ],
]
