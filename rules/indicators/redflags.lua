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

redflag { id = "rf.disclosure",
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "A child has told someone they are being abused, or there are signs of abuse",
  because = "A child has said they are being harmed, or there are signs that suggest abuse.",
  action = {
    practitioner = "Contact the front door today and tell your safeguarding lead. Listen, do not investigate or ask leading questions, and write down the child's own words. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. If a child is in danger now, call 999.",
  },
  source = "CM Act now (a child discloses abuse, or abuse is suspected: front door the same day; do not investigate)",
  needs = { "safety" },
  when = { { p_rf_disclosure = "yes" }, { f_rf_told = "yes" } } }

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
  when = { { p_rf_sexual_abuse = "yes" } } }

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
  when = { { p_rf_under13 = "yes" } } }

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
  when = { { p_rf_baby_injury = "yes" } } }

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
  when = { { p_rf_baby_unsafe = "yes" }, { f_rf_baby = "yes" } } }

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
  when = { { p_rf_fgm = "yes" } } }

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
  when = { { p_rf_forced_marriage = "yes" } } }

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
  when = { { p_par_da_high = "yes" } } }
