-- indicators/redflags.lua: red flags. Each is read from the raw answers, whatever else was
-- answered and whether or not the flow asked it (engine.lua, rule 1), sets level 4 and escalates.
-- kind, per mode: emergency (call 999 now), same_day (contact the front door today),
-- tell_staff (family: tell a member of staff now).
-- Actions name no local phone number: the area's front door is shown by the route. 999 and 101
-- are the national police numbers.
-- Family red-flag questions are few and never ask about abuse in a way that could put an adult
-- at risk if overheard: danger now, a child's disclosure, a child missing now, a baby's safety,
-- and (risks outside the home) someone making a young person do things.
-- Source key: see indicators/health.lua; "CM Act now" = continuum.md "Act now (red flags)";
-- LSCP = London Safeguarding Children Procedures.

redflag { id = "rf.immediate_danger",
  kind = { practitioner = "emergency", family = "emergency" },
  text = "A child is in immediate danger or injured now",
  because = "A child is in immediate danger or injured now.",
  action = {
    practitioner = "Call 999 now. Then contact the front door and your safeguarding lead.",
    family = "Call 999 now. Then tell a member of staff.",
  },
  source = "CM Act now; LSCP Referrals (immediate danger: police on 999); NSPCC, Report child abuse (2024)",
  needs = { "safety" },
  when = { { p_rf_danger = "yes" }, { f_rf_danger = "yes" } } }

-- A child badly hurt, or in danger, who is now in hospital or safe with the police: nothing for 999 to do,
-- but what happened is talked through with a member of staff now, who can help the front door hear it today
-- (published case: a toddler's serious head injury, his mother's account an accident, the hospital in doubt).
-- What caused it is not known here, so it is not child protection on this answer alone, but a child seriously
-- hurt or put in danger is a child the front door assesses (3): all eleven published families who gave this
-- answer were placed at 3 or 4. It is raised at the end of the questions: the child is safe now, and the rest
-- of the family's answers can say more (ending the questions at once left eleven families with nothing else).
redflag { id = "rf.family_after_harm", level = 3, then_result = true,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member says a child was badly hurt or in danger, and is now in hospital or with the police",
  because = "You said a child was badly hurt or in danger, and is now in hospital or safe with the police.",
  action = {
    practitioner = "Talk it through with your safeguarding lead and the front door today.",
    family = "Please tell a member of staff now. They can help make sure the child stays safe and that you get support today.",
  },
  source = "continuum.md, Act now (an unexplained or non-accidental injury: the front door the same day); NICE CG89, Child maltreatment: when to suspect maltreatment (an injury that needs explaining)",
  needs = { "safety" },
  when = { { f_rf_danger = "helped", f_want_help = { "no", "yes", "unsure" } } } }

redflag { id = "rf.disclosure",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A child has told someone they are being hurt or abused",
  because = "A child has said they are being hurt or abused, or this is suspected.",
  action = {
    practitioner = "Contact the front door today and tell your safeguarding lead. Listen, do not investigate or ask leading questions, and write down the child's own words. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. If a child is in danger now, call 999.",
  },
  source = "CM Act now (a child discloses abuse, or abuse is suspected: front door the same day; do not investigate)",
  needs = { "safety" },
  when = { { p_rf_disclosure = { "yes", "suspected" } }, { f_rf_told = "yes" } } }

redflag { id = "rf.sexual_abuse",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Suspected sexual abuse",
  because = "Sexual abuse is suspected.",
  action = {
    practitioner = "Contact the front door today and tell your safeguarding lead; the police will be involved where there is a crime. Do not investigate or examine the child. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now.",
  },
  source = "CM Act now (suspected sexual abuse: front door the same day, police where a crime)",
  needs = { "safety", "health" },
  when = { { p_rf_sexual_abuse = { "yes", "suspected" } } } }

redflag { id = "rf.under13_sexual",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Sexual activity involving a child under 13",
  because = "A child under 13 cannot consent to sexual activity in law.",
  action = {
    practitioner = "Contact the front door today and tell your safeguarding lead: a child under 13 cannot consent, so this is a crime and the police will be involved.",
    family = "Tell a member of staff now.",
  },
  source = "CM Health 4 (sexual activity under 13); Sexual Offences Act 2003 ss5-8",
  needs = { "safety", "health" },
  when = { { p_rf_under13 = { "yes", "suspected" } }, { f_rf_under13 = "yes" } } }

redflag { id = "rf.baby_injury",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A bruise, mark or injury on a baby who is not yet mobile",
  because = "Any bruise or injury on a baby who cannot yet move about on their own must be checked for abuse.",
  action = {
    practitioner = "Contact the front door now, today, and follow the local protocol for bruising in babies who are not mobile: a same-day medical assessment is usually needed. Call 999 if the baby is unwell or in danger.",
    family = "Tell a member of staff now. If the baby is unwell or in danger, call 999.",
  },
  source = "CM Health 4 (any bruise on a baby who is not yet mobile); NICE CG89, Child maltreatment: when to suspect maltreatment in under 18s",
  needs = { "safety", "health", "early_years" },
  when = { { p_rf_baby_injury = { "yes", "suspected" } }, { f_rf_baby_mark = "yes" } } }

redflag { id = "rf.baby_unsafe",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A parent cannot keep a baby safe now, or an unborn baby will be unsafe after birth",
  because = "A baby depends on the adults around them for everything: a parent who cannot keep a baby safe needs help today.",
  action = {
    practitioner = "Contact the front door today (for an unborn baby, a pre-birth referral). Call 999 if the baby is in danger now.",
    family = "Tell a member of staff now. If the baby is in danger, call 999.",
  },
  source = "CM Parenting 4 (a parent unable to keep a baby safe); seed 000 L754-760 (first 1001 days)",
  needs = { "basic_care", "safety", "early_years" },
  when = { { p_rf_baby_unsafe = { "yes", "suspected" } }, { f_rf_baby = "yes" } } }

redflag { id = "rf.fgm",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Female genital mutilation: a girl has had FGM, or is at risk of it",
  because = "FGM is child abuse and a crime. Known cases in girls under 18 must be reported to the police.",
  action = {
    practitioner = "If a girl under 18 told you she has had FGM, or you saw signs of it, and you are a teacher or a health or social care professional, report it to the police yourself (101) today: it is a legal duty. For every FGM concern, including risk, contact the front door today. Call 999 if she is at immediate risk.",
    family = "Tell a member of staff now.",
  },
  source = "FGM Act 2003 s5B (mandatory reporting duty, since October 2015); CM Act now",
  needs = { "safety", "health" },
  when = { { p_rf_fgm = { "yes", "suspected" } }, { f_rf_cut = "yes" } } }

redflag { id = "rf.forced_marriage",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Forced marriage, or a marriage of a child under 18",
  because = "Forced marriage, and any marriage of a child under 18, is a crime.",
  action = {
    practitioner = "Contact the front door and the police today; the Forced Marriage Unit can advise. Do not contact the family or use relatives to interpret. Call 999 if the young person is at immediate risk or about to be taken abroad.",
    family = "Tell a member of staff now.",
  },
  source = "CM Act now (Forced Marriage Unit and the front door); Anti-social Behaviour, Crime and Policing Act 2014 s121; Marriage and Civil Partnership (Minimum Age) Act 2022",
  needs = { "safety", "identity" },
  when = { { p_rf_forced_marriage = { "yes", "suspected" } }, { f_rf_marriage = "yes" } } }

redflag { id = "rf.missing_now",
  kind = { practitioner = "emergency", family = "emergency" },
  text = "A child is missing now",
  because = "A child is missing now.",
  action = {
    practitioner = "Call the police now: 999 if the child is at risk of harm, otherwise 101. Then contact the front door today.",
    family = "Call 999 now. Then tell a member of staff.",
  },
  source = "CM Act now (a child missing now: police, 999 or 101 by risk, and the front door)",
  needs = { "missing", "safety" },
  when = { { p_rf_missing = "yes" }, { f_rf_missing = "yes" } } }

redflag { id = "rf.exploitation",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Sexual or criminal exploitation, county lines or trafficking",
  because = "A child being exploited is suffering significant harm.",
  action = {
    practitioner = "Contact the front door today. Consider a National Referral Mechanism referral (no consent is needed for a child). Call 999 if the child is at immediate risk.",
    family = "Tell a member of staff now. If a child is in danger now, call 999.",
  },
  source = "CM Act now (exploitation, county lines, trafficking: front door the same day; NRM); Modern Slavery Act 2015; seed 000 L530-532 (MARVE panel)",
  needs = { "exploitation", "safety" },
  when = { { p_rf_exploitation = "yes" }, { f_out_made = "yes" } } }

redflag { id = "rf.radicalisation",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Radicalisation: a child being drawn into extremism or terrorism",
  because = "A child at risk of radicalisation needs protecting.",
  action = {
    practitioner = "Talk to your safeguarding lead today about a Prevent referral, and contact the front door where the child may be at risk of harm. Call 999 if there is an immediate threat.",
    family = "Tell a member of staff now.",
  },
  source = "CM Act now (Prevent referral and the front door); Counter-Terrorism and Security Act 2015 s26 (Prevent duty), s36 (Channel); seed 004 L81",
  needs = { "radicalisation", "safety" },
  when = { { p_rf_radicalisation = "yes" } } }

redflag { id = "rf.da_high_risk",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Domestic abuse with high risk",
  because = "High-risk domestic abuse puts the adult victim and the children at risk of serious harm.",
  action = {
    practitioner = "Complete the DASH risk checklist if not done; at high risk (14 or more 'yes', or your judgement) refer to MARAC, and contact the front door today for the children. Call 999 if anyone is in danger now.",
    family = "Tell a member of staff now. If anyone is in danger now, call 999.",
  },
  source = "CM Act now (SafeLives DASH risk checklist, MARAC, front door); Domestic Abuse Act 2021 s3",
  needs = { "domestic_abuse", "parent_vulnerability", "safety" },
  when = { { p_par_da_high = "yes" }, { p_rf_da_high = { "yes", "suspected" } }, { f_rf_hurts_worse = "yes" } } }

-- The second wave (issue 18): facts that decide a child-protection response and that no question
-- could say before. Each was missed on published cases answered blind at the kiosk.

redflag { id = "rf.child_alone",
  kind = { practitioner = "emergency", family = "emergency" },
  text = "A young child is alone now, with no carer who can be found",
  because = "A young child is alone, with no adult looking after them.",
  action = {
    practitioner = "Call 999 now: the police can make the child safe. Stay with the child if you can, then contact the front door.",
    family = "Call 999 now. Then tell a member of staff.",
  },
  source = "CM Parenting 4 (a young child left alone); LSCP Referrals (immediate danger: police on 999)",
  needs = { "safety", "basic_care" },
  when = { { p_rf_alone = "yes" }, { f_rf_alone = "alone" } } }

redflag { id = "rf.injury_unexplained",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "An injury that may be non-accidental: no explanation, or an account that does not fit",
  because = "An injury with no explanation, or one the account does not fit, may be abuse.",
  action = {
    practitioner = "Contact the front door today and tell your safeguarding lead. Record the injury and the account given, in the words used; do not investigate. A child protection medical may be needed. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now.",
  },
  source = "CM Health 4 (unexplained or non-accidental injury); NICE CG89 (an explanation that is absent, inconsistent or does not fit the injury)",
  needs = { "safety", "health" },
  when = { { p_rf_injury = { "yes", "suspected" } } } }

redflag { id = "rf.carer_intoxicated",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A carer is drunk or high, or too unwell, while caring for a baby or young child",
  because = "A baby or young child is being cared for by an adult who cannot look after them safely now.",
  action = {
    practitioner = "Keep the child safe: do not let them leave with the carer, and ask for another named adult. Call 999 if the carer tries to take the child or drive. Contact the front door today.",
    family = "Tell a member of staff now. If a child is in danger now, call 999.",
  },
  source = "CM Parenting 4 (a parent unable to keep a baby or young child safe); continuum.md, What published outcomes show (a carer intoxicated while caring now)",
  needs = { "safety", "basic_care", "parent_vulnerability", "parent_substance" },
  when = { { p_rf_intoxicated = { "yes", "suspected" } }, { f_rf_alone = "yes" } } }

redflag { id = "rf.risky_adult",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Someone who poses a risk to children lives with, is joining, or is in contact with the household",
  because = "A person who poses a risk to children is in the child's household or life.",
  action = {
    practitioner = "Contact the front door today; the police and probation (MAPPA) may already know the person. Do not share what you know with the adult. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. They can help you keep the child safe.",
  },
  source = "London Safeguarding Children Procedures, Risk management of known offenders (a person posing a risk to children joining a household); MAPPA Guidance (2012, updated); continuum.md, What published outcomes show",
  needs = { "safety" },
  when = { { p_rf_risky_adult = { "yes", "suspected" } }, { f_rf_risky_adult = "yes" } } }

redflag { id = "rf.fii",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Suspected fabricated or induced illness",
  because = "A carer may be fabricating or inducing the child's illness.",
  action = {
    practitioner = "Talk to your safeguarding lead and the front door today; do not share the concern with the carer first, as that can increase the risk. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now.",
  },
  source = "CM Health 4 (fabricated or induced illness); RCPCH, Perplexing presentations and fabricated or induced illness in children (2021)",
  needs = { "safety", "health" },
  when = { { p_rf_fii = { "yes", "suspected" } } } }

-- The family's own words for it (questions/family.lua, f_health_fii): the screen says what they said, not
-- the clinical name, since the carer they doubt may be standing beside them.
redflag { id = "rf.family_fii",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member thinks someone is making a child's illness seem worse, or giving treatment the child does not need",
  because = "You said you think someone may be making the child's illness seem worse than it is, or giving them treatment they do not need.",
  action = {
    practitioner = "Talk to your safeguarding lead and the front door today; do not share the concern with the carer first. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. They can talk with you in private, and help the child's doctors find out what the child needs.",
  },
  source = "CM Health 4 (fabricated or induced illness); RCPCH, Perplexing presentations and fabricated or induced illness in children (2021)",
  needs = { "safety", "health" },
  when = { { f_health_fii = "yes" } } }

redflag { id = "rf.suicide_now",
  kind = { practitioner = "emergency", family = "emergency" },
  text = "A child may act on a plan to end their life now or tonight",
  because = "A young person may act on a plan to end their life today.",
  action = {
    practitioner = "Call 999, or take them to A&E now, and stay with them. Then contact the front door and their GP or CAMHS.",
    family = "Call 999 now, or take them to A&E, and stay with them. Then tell a member of staff.",
  },
  source = "CM Emotional 4 (suicidal behaviour); NICE NG225 (self-harm: urgent assessment where there is immediate risk)",
  needs = { "emotional", "mental_health", "health" },
  when = { { p_emo_suicidal = "now" }, { p_rf_suicide_now = "yes" }, { f_rf_suicide = "now" } } }

redflag { id = "rf.other_significant_harm",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A worry that the child may be at risk of significant harm",
  because = "You think the child may be at risk of significant harm.",
  action = {
    practitioner = "Discuss it with your safeguarding lead and the front door today: a consultation does not need to name the family first. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now.",
  },
  source = "CM level 4 def (suffering or likely to suffer significant harm: Children Act 1989 s47); LSCP Referrals",
  needs = { "safety" },
  when = { { p_rf_other = "yes" } } }

redflag { id = "rf.cp_plan",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A child in the household is on a child protection plan",
  because = "A child in the household is on a child protection plan: new concerns go to the social worker today.",
  action = {
    practitioner = "Tell the allocated social worker today (or the front door if you cannot reach them), and your safeguarding lead. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. They can help you reach your social worker today.",
  },
  source = "Working Together to Safeguard Children 2023 (child protection plans: the lead practitioner is the social worker); CM level 4 def",
  needs = { "safety", "open_case" },
  when = { { p_hist_cp = "yes" }, { p_rf_cp_plan = "yes" }, { f_home_cp_plan = "yes" }, { f_rf_cp_plan = "yes" } } }

-- A family member who says a child is not getting the treatment or dental care they need, because someone
-- will not take them, is asked to tell staff at the end of their questions: medical neglect (Working Together
-- 2023) of a child with a serious condition cannot wait, and two published families (a disabled baby losing
-- weight, a teenager losing her sight) needed action that day. Practitioners answer the health questions.
redflag { id = "rf.care_refused", level = 3, then_result = true,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member says the child is not getting the treatment or dental care they need",
  because = "You said the child is not getting the treatment or dental care they need.",
  action = {
    practitioner = "Talk to your safeguarding lead and the front door today about medical neglect.",
    family = "Tell a member of staff now. They can talk with you in private.",
  },
  source = "Working Together to Safeguard Children 2023 (neglect: failing to ensure access to medical care or treatment); CM Parenting 3",
  needs = { "health", "basic_care" },
  when = { { f_health_care_refused = "yes", f_want_help = { "no", "yes", "unsure" } } } }

-- Level 3 with a same-day contact: a suspicion, or a need that must be met today, that is not (yet)
-- significant harm. The escalation still shows; the level is a child in need.

-- A pregnant child under 16: sexual activity below the age of consent, often with an older partner; the
-- front door is consulted today on whether she is being abused or exploited (published case: a pregnant
-- 14-year-old with a 21-year-old partner was left at early help).
-- An adult, or a much older, other parent is a power imbalance the London procedures name as a sign that a
-- child's sexual relationship may be abusive: a child protection question, not only support (published
-- case: a pregnant 14-year-old with a 21-year-old partner; the publisher's level was 4).
redflag { id = "rf.under16_older_partner", level = 4,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A pregnant child under 16 whose partner is an adult or much older",
  because = "A girl under 16 is pregnant and the other parent is an adult or much older: she may be being abused or exploited.",
  action = {
    practitioner = "Contact the front door today to refer: sexual activity between a child under 16 and an adult or much older partner is a child protection concern, and the police may need to know. Do not ask her to name him first.",
    family = "Tell a member of staff now. They can make sure she is safe and gets the right help today.",
  },
  source = "London Safeguarding Children Procedures, Sexually Active Children (indicators of risk: power imbalances, an older or adult partner); Sexual Offences Act 2003 ss9-13",
  needs = { "health", "young_parent", "safety", "exploitation" },
  when = { { p_health_pregnant_u16 = "older_partner" }, { f_health_pregnant_u16 = "older_partner" } } }

-- A family's word that a young person under 16 is going out with, or having sex with, an adult: sexual
-- activity with a child under 16 is an offence whatever the child says, and an adult partner is grooming
-- or exploitation until shown otherwise (a published 15-year-old with a 35-year-old boyfriend was a child
-- protection referral the same day).
redflag { id = "rf.under16_adult_partner", level = 4,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A young person under 16 going out with, or having sex with, an adult",
  because = "You said a young person under 16 is going out with, or having sex with, someone aged 18 or over: they may be being groomed or abused.",
  action = {
    practitioner = "Contact the front door today: an adult in a relationship with a child under 16 is a child protection concern, and the police may need to know.",
    family = "Tell a member of staff now. They can make sure the young person is safe and gets the right help today.",
  },
  source = "London Safeguarding Children Procedures, Sexually Active Children (indicators of risk: an adult or much older partner); Sexual Offences Act 2003 ss9-13 (sexual activity with a child under 16); DfE, Child sexual exploitation: definition and guide for practitioners (2017)",
  needs = { "safety", "exploitation" },
  when = { { f_rf_adult_partner = "yes" } } }

redflag { id = "rf.pregnant_under16", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A pregnant child under 16",
  because = "A girl under 16 is pregnant: she needs support, and the front door should hear today whether she is safe.",
  action = {
    practitioner = "Contact the front door today: ask whether the partner is much older, whether she is being exploited, and what support she needs (London Safeguarding Children Procedures, sexually active children under 16). Under 13 is always a same-day referral.",
    family = "Tell a member of staff now. They can make sure she gets the right help and is safe.",
  },
  source = "London Safeguarding Children Procedures (sexually active children under 16: assess, and refer where there are concerns); Sexual Offences Act 2003 s9",
  needs = { "health", "young_parent", "safety" },
  when = { { p_health_pregnant_u16 = { "yes", "older_partner" } }, { f_health_pregnant_u16 = { "yes", "older_partner" } } } }

-- Suspected exploitation, and signs of it seen among the risks outside the home, are a level 3
-- consultation with the front door today (CM Emotional 3, signs of exploitation; Act now). Published cases
-- (tests/published) split: five suspected cases were placed at early help or a child in need referral,
-- one at child protection; known exploitation is level 4 (rf.exploitation).
redflag { id = "rf.exploitation_signs", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Signs of exploitation",
  because = "Signs suggest the child may be being exploited.",
  action = {
    practitioner = "Discuss your suspicion with the front door and your safeguarding lead today; record the signs you have seen. Call 999 if the child is at immediate risk.",
    family = "Tell a member of staff now.",
  },
  source = "CM Emotional 3 (signs of exploitation) and Act now (exploitation: front door the same day); seed 000 L530-532 (MARVE panel)",
  needs = { "exploitation", "safety" },
  -- Signs of exploitation asked among the risks outside the home are a suspicion too (issue 18: "a
  -- suspected red flag means consult the front door today").
  when = { { p_rf_exploitation = "suspected" }, { p_out_exploit_risk = "yes" }, { f_out_older = "yes" } } }

redflag { id = "rf.radicalisation_suspected", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Suspected radicalisation",
  because = "There are signs the child may be being drawn into extremism.",
  action = {
    practitioner = "Talk to your safeguarding lead today about a Prevent referral; contact the front door where the child may be at risk of harm. Call 999 if travel or an attack may be imminent.",
    family = "Tell a member of staff now. If someone may travel or be hurt soon, call 999.",
  },
  source = "CM Act now (Prevent referral, Channel); Counter-Terrorism and Security Act 2015 s26, s36",
  needs = { "radicalisation", "safety" },
  when = { { p_rf_radicalisation = "suspected" }, { f_rf_extreme = "yes" } } }

redflag { id = "rf.homeless_16_17", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A 16 or 17-year-old with nowhere safe to stay tonight",
  because = "A young person under 18 has nowhere safe to stay tonight.",
  action = {
    practitioner = "Contact the front door today: children's services must assess a homeless 16 or 17-year-old and may have to accommodate them tonight (s20). Housing alone is not enough.",
    family = "Tell a member of staff now. Young people under 18 with nowhere to go must be helped today.",
  },
  source = "Children Act 1989 s20; R (G) v Southwark [2009] UKHL 26; MHCLG and DfE, Prevention of homelessness and provision of accommodation for 16 and 17 year olds (2018)",
  needs = { "housing", "safety" },
  -- A young person with no home away from their family, said at the housing question, is the same need:
  -- seven published 16-17-year-olds were answered there. A family homeless together is housing.homeless.
  when = { { p_rf_homeless_tonight = { "yes", "suspected" } }, { f_rf_nowhere = "yes" },
           { f_house_none = "alone" } } }

-- A child whose carer cannot look after them from today (a parent taken into hospital, arrested, or who
-- says they cannot go on) must be accommodated by the council if nobody else can care for them: the front
-- door today. A published two-year-old whose mother broke down was placed with carers within the hour.
redflag { id = "rf.no_carer_today", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "From today there is nobody to look after the child",
  because = "You said that from today there is nobody to look after the child.",
  action = {
    practitioner = "Contact the front door today: a child with nobody to care for them must be looked after (s20). Call 999 if the child is alone and in danger now.",
    family = "Tell a member of staff now. The council's children's services can help today so that the child is looked after. If the child is alone or in danger now, call 999.",
  },
  source = "Children Act 1989 s20(1)(c) (a child whose carer is prevented from providing care: the local authority shall provide accommodation); CM Family 4 (the family cannot keep the child safe at home)",
  needs = { "family", "safety" },
  when = { { f_home_breakdown = "today" } } }

redflag { id = "rf.family_unsafe_home", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "Someone at home hurts, frightens or controls the parent or the child",
  because = "You said someone at home hurts, frightens or controls you, the child or another adult there.",
  action = {
    practitioner = "Complete the DASH risk checklist with the parent in private and contact the front door today. Call 999 if anyone is in danger now.",
    family = "Tell a member of staff now. They can talk with you in private. If anyone is in danger now, call 999.",
  },
  source = "CM Parenting 3 (domestic abuse in the home); Domestic Abuse Act 2021 s3; CM Act now (DASH risk checklist)",
  needs = { "domestic_abuse", "parent_vulnerability", "safety" },
  -- "Do you or the child ever feel unsafe at home?" (the parents' questions) says the same as "someone at home
  -- hurts, frightens or controls you": a family who says either is never left with only a leaflet.
  when = { { f_rf_hurts_you = "yes" }, { f_par_unsafe = "yes" } } }

-- Someone who may be hurting, abusing or neglecting a child is child protection (4). Older people using or
-- grooming a child is exploitation as a family sees it, and a child carrying a weapon is serious youth
-- violence (both 4, CM Emotional 4); a child getting into trouble away
-- from home (fights, crime, drugs, going missing) is the continuum's level 3 (CM Emotional 3). One answer for
-- both at 3 lost seven published exploitation cases the publishers placed at 4; at 4 it raised five early help
-- teenagers. Another worry the family keeps for staff is talked through today at 3 (CM Act now): at 4, as a
-- single "yes" was until December 2026, it sent seven early help families to child protection. Either way a
-- member of staff hears it now.
redflag { id = "rf.family_other",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member thinks someone may be hurting, abusing or neglecting a child",
  because = "You think someone may be hurting, abusing or neglecting a child.",
  action = {
    practitioner = "Discuss it with your safeguarding lead and the front door today.",
    family = "Tell a member of staff now. They can talk with you in private.",
  },
  source = "LSCP Referrals (anyone with a concern about a child's safety can contact the front door); CM level 4 def (suffering or likely to suffer significant harm); CM Act now",
  needs = { "safety" },
  when = { { f_rf_other = "hurt" } } }

redflag { id = "rf.family_outside_risk",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member thinks older people may be using or grooming a child, or the child carries a weapon",
  because = "You think older people may be using or grooming the child, or the child carries a knife or weapon.",
  action = {
    practitioner = "Discuss it with your safeguarding lead and the front door today.",
    family = "Tell a member of staff now. They can talk with you in private and help you keep the child safe.",
  },
  source = "CM Emotional 4 (sexual or criminal exploitation, serious youth violence) and Act now (exploitation: the front door the same day)",
  needs = { "exploitation", "safety" },
  when = { { f_rf_other = "used" } } }

redflag { id = "rf.family_trouble_outside", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member thinks a child is getting into trouble away from home",
  because = "You think the child is getting into trouble away from home: fights, crime, drugs or going missing.",
  action = {
    practitioner = "Discuss it with your safeguarding lead and the front door today.",
    family = "Tell a member of staff now. They can talk with you in private and help you keep the child safe.",
  },
  source = "CM Emotional 3 (going missing, offending, signs of exploitation) and Act now",
  needs = { "exploitation", "youth_violence", "safety" },
  when = { { f_rf_other = "outside" } } }

redflag { id = "rf.family_worry", level = 3,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member thinks a child is not safe",
  because = "You think a child is not safe.",
  action = {
    practitioner = "Discuss it with your safeguarding lead and the front door today.",
    family = "Tell a member of staff now. They can talk with you in private.",
  },
  source = "LSCP Referrals (anyone with a concern about a child's safety can contact the front door); CM Act now",
  needs = { "safety" },
  when = { { f_rf_other = "other" } } }

-- "Not known" is read too (issue 18): a practitioner who answers a same-day question "Not known" has a
-- worry they could not settle, and talks it through with the front door today; not knowing raises no level.
-- It is raised at the end of
-- the questions (once the strengths question is answered), so that an unknown never ends the questions
-- before a later answer shows more, and the consultation has the whole picture.
local AT_THE_END = { "no", "yes", "unknown" }
local unresolved = {}
for _, qid in ipairs({ "p_rf_danger", "p_rf_disclosure", "p_rf_injury", "p_rf_sexual_abuse", "p_rf_under13",
                       "p_rf_baby_injury", "p_rf_baby_unsafe", "p_rf_alone", "p_rf_intoxicated", "p_rf_risky_adult",
                       "p_rf_da_high", "p_rf_fii", "p_rf_fgm", "p_rf_forced_marriage", "p_rf_missing", "p_rf_suicide_now", "p_rf_cp_plan", "p_rf_other",
                       "p_rf_exploitation", "p_rf_radicalisation", "p_rf_homeless_tonight" }) do
  unresolved[#unresolved + 1] = { [qid] = "unknown", p_strengths = AT_THE_END }
end

redflag { id = "rf.not_known", level = 1,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A same-day question answered 'Not known'",
  because = "You could not say whether something that needs action today is happening.",
  action = {
    practitioner = "Talk it through with your safeguarding lead and the front door today: a consultation can settle what you could not. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. They can talk with you in private.",
  },
  source = "continuum.md, Act now (abuse suspected: the front door the same day); LSCP Referrals (consultation with the front door)",
  needs = { "safety" },
  when = unresolved }

-- A family member who answers "I'm not sure" to a safety question has the same worry a practitioner
-- answering "Not known" has (issue 18: "suspected" and "not known" are answers the rules read, not "no"):
-- a member of staff talks it through with them. So does one who said something about a child's safety
-- worries them today and then found none of the details fitted: they still said it. Raised at the end of
-- the questions, like rf.not_known, so that a later, clearer answer (a bruised baby, a child alone) gives
-- its own advice first; the family then sees where to get help. It raises no level: nothing is known yet.
local family_unsure = { { f_rf_more = "yes", f_want_help = { "no", "yes", "unsure" } } }
for _, qid in ipairs({ "f_rf_danger", "f_rf_told", "f_rf_missing", "f_rf_baby", "f_rf_suicide", "f_rf_more",
                       "f_rf_baby_mark", "f_rf_alone", "f_rf_risky_adult", "f_rf_cut", "f_rf_marriage",
                       "f_rf_under13", "f_rf_hurts_worse", "f_rf_cp_plan", "f_rf_other", "f_rf_hurts_you", "f_rf_nowhere",
                       "f_rf_extreme", "f_out_older", "f_out_made", "f_par_unsafe", "f_home_cp_plan",
                       "f_health_care_refused", "f_health_fii", "f_rf_adult_partner" }) do
  family_unsure[#family_unsure + 1] = { [qid] = "unsure", f_want_help = { "no", "yes", "unsure" } }
end

redflag { id = "rf.family_unsure", level = 1, then_result = true,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member is worried or not sure whether a child is safe",
  because = "You were worried, or not sure, about something to do with a child's safety.",
  action = {
    practitioner = "Talk it through with your safeguarding lead and the front door today.",
    family = "Please tell a member of staff now. They can talk with you in private and help you work out what to do. If you think a child may be in danger now, call 999.",
  },
  source = "continuum.md, Act now (abuse suspected: the front door the same day); LSCP Referrals (anyone with a concern about a child's safety can seek advice from the front door)",
  needs = { "safety" },
  when = family_unsure }

-- A family member who cannot rule out a level 4 danger ("I'm not sure"), when what they have said already
-- reaches level 3 (domestic abuse at home, a social worker now, a parent's difficulties harming care): the
-- doubt over serious needs is read as a suspicion of significant harm, level 4 (Children Act 1989 s47:
-- "reasonable cause to suspect"; a practitioner's "Suspected" is the red flag itself). On its own a doubt
-- raises no level (rf.family_unsure): nothing is known yet. A practitioner's "Not known" is not read so:
-- they have "Suspected" to say a suspicion; a family has only "I'm not sure". Published cases (issue 18): a
-- newborn in a home where health visitors saw domestic abuse, a baby whose parents kept abuse images, a
-- mother relapsing in pre-proceedings: each level 4, each told by a family member not sure of the danger.
-- The questions are those about harm from others; not a child's own suicide attempt ("not sure" from the
-- mother of a teenager who cuts herself is urgent mental health help, not child protection: a published
-- girl of 13 whose GP referred her on).
local family_doubt = {}
for _, qid in ipairs({ "f_rf_danger", "f_rf_told", "f_rf_missing", "f_rf_baby", "f_rf_baby_mark", "f_rf_alone",
                       "f_rf_risky_adult", "f_rf_cut", "f_rf_marriage", "f_rf_under13", "f_rf_adult_partner",
                       "f_rf_hurts_worse", "f_rf_cp_plan", "f_home_cp_plan", "f_health_fii" }) do
  family_doubt[#family_doubt + 1] = { [qid] = "unsure" }
end

indicator { id = "safety.doubt_over_serious_needs", domain = "safety", level = 4, only_above = 3,
  text = "You were not sure whether a child is safe from serious harm, and your other answers already show serious worries.",
  source = "Children Act 1989 s47 (reasonable cause to suspect significant harm); continuum.md, Act now (abuse suspected: the front door the same day)",
  needs = { "safety" },
  when = family_doubt }

-- A child who has tried to end their life, or talked about a plan to, needs to be seen quickly by a doctor
-- or the mental health team (NICE NG225: urgent assessment after self-harm with suicidal intent); a member
-- of staff helps the family arrange it today. The level is the indicator's (emotional.suicidal).
redflag { id = "rf.family_suicidal", level = 1, then_result = true,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A family member says the child has tried to end their life or talked about a plan",
  because = "You said the child has tried to end their life, or talked about a plan to.",
  action = {
    practitioner = "Arrange an urgent mental health assessment today (GP, CAMHS or A&E) and tell your safeguarding lead.",
    family = "Please tell a member of staff now. They can help you get the child seen by a doctor or the mental health team quickly. If the child might act on it today or tonight, call 999 or go to A&E.",
  },
  source = "NICE NG225, Self-harm: assessment, management and preventing recurrence (2022), urgent assessment where there is suicidal intent; CM Emotional 4 (suicidal behaviour)",
  needs = { "emotional", "mental_health", "health" },
  when = { { f_rf_suicide = "yes", f_want_help = { "no", "yes", "unsure" } } } }
