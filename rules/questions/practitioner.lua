-- questions/practitioner.lua: the practitioner question set, in flow order.
-- Concise professional wording. Age first; then immediate danger and one gate to a short block
-- of red flags; then one screening question per group of domains, each opening its detail
-- questions (ask_if) only on "yes". A detail marked "then" opens on the answer before it, to go
-- up a level. ask_if names only concern answers ("yes") or the age band, so answering one more
-- concern never closes a question and never lowers a level (engine.lua).
-- Each 'why' names the indicator the question feeds (indicators/*.lua) and its level.

local YN = { { "no", "No" }, { "yes", "Yes" }, { "unknown", "Not known" } }
-- Age lists start with the same band so that the linter's path finder (which takes the first
-- band of each list) can open nested questions; the order has no other meaning.
local BORN = { "11-19", "0-5", "5-11", "19-25" }           -- every band but unborn
local SCHOOL_AGE = { "11-19", "5-11", "19-25" }
local EARLY = { "prebirth", "0-5" }
local EARLY_CHILD = { "0-5", "5-11" }
-- Red-flag details: "Suspected" is read by the rules; the gate opens the list on yes or possibly.
local RF = { { "no", "No" }, { "yes", "Yes" }, { "suspected", "Suspected, not confirmed" }, { "unknown", "Not known" } }
local RF_OPEN = { "yes", "possibly" }

question "practitioner" { id = "p_age", context = "age",
  text = "How old is the child?",
  why = "Services and resilience networks are organised by age band, and some questions apply only to babies or to older children.",
  options = { { "prebirth", "Unborn baby" }, { "0-5", "Under 5" }, { "5-11", "5 to 10" },
              { "11-19", "11 to 18" }, { "19-25", "19 to 25 (SEND or care leaver)" } } }

---------------------------------------------------------------------------
-- Red flags (indicators/redflags.lua). Read from the raw answers: never lost.
-- "Suspected" is a concern the rules read (a suspicion is referred, never left as "no"); "Not known"
-- is neutral. The gate's "Possibly" opens the list like "Yes": a practitioner unsure whether their
-- worry counts should still see it.

-- Only danger at this moment: blind mappers of published cases answered "yes" for harm already done or a
-- risk the child lives with (18 of 210 cases told to call 999 where the publisher acted the same day), so
-- the words and the answer say "now" twice; those facts have their own same-day questions below.
question "practitioner" { id = "p_rf_danger", domain = "safety",
  text = "Is the child in danger at this moment (being harmed, or about to be), or seriously hurt and needing emergency care now?",
  why = "Danger at this moment needs the police or an ambulance on 999 now, before anything else (red flag). Harm that has already happened, or a risk to act on today, is asked next, in the same-day list.",
  options = { { "no", "No" }, { "yes", "Yes: the police or an ambulance are needed now" }, { "unknown", "Not known" } } }

-- Where the child lives (issue 19): a child's front door is the one for the borough where the child lives.
-- One tap for here; another London borough by the first letter of its name (at most eight answers fit on a
-- screen); outside London says to call that council. Read by the engine (contacts.lua), never a level.
question "practitioner" { id = "p_lives", context = "lives",
  text = "Where does the child live?",
  why = "A child's front door is the one for the borough where the child lives (Children Act 1989 s17, s47: a child who lives, or is found, in the council's area; in an emergency the local front door acts too). Early help here may be open only to residents.",
  options = { { "here", "Here, in this council's area" }, { "elsewhere", "In another London borough" },
              { "outside_london", "Outside London" }, { "unknown", "Not known" } } }

borough_questions("practitioner", "p")  -- which London borough: contacts.lua

question "practitioner" { id = "p_rf_any", domain = "safety",
  text = "Do you know or suspect anything that may need action today? Abuse told or suspected, an unexplained injury, a risky adult at home, FGM, forced marriage, exploitation, extremism, a child missing or left alone, a carer drunk or high, high-risk domestic abuse, nowhere to sleep tonight.",
  why = "These are red flags: each needs the front door, and sometimes the police, today. 'Yes' or 'Possibly' opens a short list.",
  options = { { "no", "No" }, { "yes", "Yes" }, { "possibly", "Possibly: I am not sure" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_rf_disclosure", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Has the child, or a brother or sister, told anyone (you, a teacher, a friend) that they are being hurt or abused?",
  why = "A disclosure is referred to the front door the same day (red flag), whoever the child told.",
  options = RF }

question "practitioner" { id = "p_rf_injury", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "An injury or mark that may be non-accidental: no explanation, an account that does not fit the injury or keeps changing, or a delay in seeking care?",
  why = "An injury the account does not explain is suspected abuse: front door the same day (red flag; NICE CG89).",
  options = RF }

question "practitioner" { id = "p_rf_sexual_abuse", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Sexual abuse, known or suspected (including online, or sexual harm by another child)?",
  why = "Suspected sexual abuse is referred to the front door the same day; police where a crime (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_under13", domain = "health", ask_if = { p_rf_any = RF_OPEN, p_age = { "5-11", "11-19" } },
  text = "A child under 13 who is sexually active or pregnant?",
  why = "A child under 13 cannot consent in law (Sexual Offences Act 2003): same-day referral (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_baby_injury", domain = "health", ask_if = { p_rf_any = RF_OPEN, p_age = "0-5" },
  text = "Does a baby who is not yet mobile have a bruise, mark or injury?",
  why = "Any bruise on a baby who is not yet mobile needs a same-day referral and medical assessment (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_baby_unsafe", domain = "safety", ask_if = { p_rf_any = RF_OPEN, p_age = EARLY },
  text = "Is a parent unable to keep the baby safe now, or will an unborn baby be unsafe after birth (e.g. an older child was removed, or no plan to keep the baby safe from a known risk)?",
  why = "A parent unable to keep a baby safe is a red flag (same day; pre-birth referral for an unborn baby).",
  options = RF }

question "practitioner" { id = "p_rf_alone", domain = "safety", ask_if = { p_rf_any = RF_OPEN, p_age = { "0-5", "5-11" } },
  text = "Is a young child alone now, with no parent or carer who can be found?",
  why = "A young child alone with no carer is in danger now: police on 999 (red flag).",
  options = YN }

question "practitioner" { id = "p_rf_intoxicated", domain = "safety", ask_if = { p_rf_any = RF_OPEN, p_age = EARLY_CHILD },
  text = "Right now, is a parent or carer too drunk, high or ill to look after a baby or young child (for example collapsed, confused, or cannot be woken)?",
  why = "A carer unable to care for a young child now is a red flag: keep the child safe, police if they try to leave with the child, front door today.",
  options = RF }

question "practitioner" { id = "p_rf_risky_adult", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Someone who poses a risk to children (a sex offender, someone convicted of violence or of harming children, a person managed under MAPPA) living with, joining or in contact with the household?",
  why = "A person posing a risk to children in the household is referred to the front door the same day (red flag); suspected, consult today.",
  options = RF }

question "practitioner" { id = "p_rf_da_high", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Domestic abuse with high risk: strangulation or choking, threats to kill, a weapon, violence getting worse or more frequent, abuse in pregnancy, a DASH score of 14 or more, or a case at MARAC?",
  why = "High-risk domestic abuse needs MARAC and the front door today (red flag; strangulation is a DASH high-risk marker).",
  options = RF }

question "practitioner" { id = "p_rf_fii", domain = "health", ask_if = { p_rf_any = RF_OPEN, p_age = BORN },
  text = "Illness fabricated or induced by a carer (symptoms reported that nobody sees, tests that do not fit)?",
  why = "Fabricated or induced illness is a red flag: consult the front door the same day, and do not tell the carer first (RCPCH 2021).",
  options = RF }

question "practitioner" { id = "p_rf_fgm", domain = "health", ask_if = { p_rf_any = RF_OPEN },
  text = "FGM: a girl has had it (she told you, or you saw signs), or is at risk (e.g. planned travel to a country where it is practised, her mother or a sister has had it)?",
  why = "Known FGM in a girl under 18 must be reported to the police by teachers, health and social care staff (FGM Act 2003 s5B); any FGM concern goes to the front door (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_forced_marriage", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Is the young person at risk of forced marriage, or of being married under 18 (here or abroad)?",
  why = "Forced marriage and any marriage under 18 are crimes: front door and police today (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_missing", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Is the child missing now?",
  why = "A child missing now needs the police (999 or 101 by risk) and the front door (red flag).",
  options = YN }

-- A plan to end their life that the child may act on now is level 4 and a 999 call: asked here among the
-- level 4 questions too, as it came only in the emotional questions, after the level 3 suspicions below
-- ('check' warned: a suspicion answered first ended the questions before it was asked).
question "practitioner" { id = "p_rf_suicide_now", domain = "emotional", ask_if = { p_rf_any = RF_OPEN, p_age = SCHOOL_AGE },
  text = "Is the child planning to end their life, and may act on it now or tonight?",
  why = "A child who may act now needs 999 or A&E, and someone to stay with them (red flag).",
  options = YN }

-- A child protection plan (or proceedings) is asked here too, among the level 4 questions, as in the family
-- set: asked only in the history questions, it came after the level 3 suspicions below ('check' warned).
question "practitioner" { id = "p_rf_cp_plan", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "A child in the household on a child protection plan now, or the family in pre-proceedings or care proceedings?",
  why = "New concerns about a family with a child protection plan go to the allocated social worker today (red flag).",
  options = YN }

-- Level 4 first, as in the family set: suspicions at level 3 (exploitation, extremism) and a
-- 16-17-year-old with nowhere to sleep come last, so that they never hide a level 4 red flag.
question "practitioner" { id = "p_rf_other", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Anything else that makes you think the child may be at risk of significant harm today?",
  why = "A worry that may be significant harm is discussed with the front door the same day, even when it fits no list (red flag).",
  options = YN }

question "practitioner" { id = "p_rf_exploitation", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Sexual or criminal exploitation, county lines or trafficking (known, or suspected from signs such as older associates, unexplained money, going missing)?",
  why = "Known exploitation goes to the front door the same day with an NRM referral; suspected exploitation is discussed with the front door today (red flag).",
  options = RF }

question "practitioner" { id = "p_rf_radicalisation", domain = "safety", ask_if = { p_rf_any = RF_OPEN },
  text = "Is the child being drawn into extremism or terrorism, or planning to travel to join an extremist group?",
  why = "Radicalisation needs a Prevent referral and, where there is risk of harm, the front door (red flag); travel planned is a police matter now.",
  options = RF }

question "practitioner" { id = "p_rf_homeless_tonight", domain = "housing", ask_if = { p_rf_any = RF_OPEN, p_age = "11-19" },
  text = "A 16 or 17-year-old with nowhere safe to stay tonight, or told to leave home?",
  why = "Children's services must assess a homeless 16 or 17-year-old and may have to accommodate them (Children Act 1989 s20; Southwark judgement 2009): front door today.",
  options = RF }

---------------------------------------------------------------------------
-- 1. Health and development (indicators/health.lua).

question "practitioner" { id = "p_health", domain = "health",
  text = "Any concerns about the child's health, growth or development (or the pregnancy)?",
  why = "Health and development needs that are not met are early signs of additional need.",
  options = YN }

question "practitioner" { id = "p_health_checks", domain = "health", ask_if = { p_health = "yes" },
  text = "Missed health checks, immunisations or appointments, or a minor health, speech or developmental delay not followed up?",
  why = "Additional health needs (health.checks_missed, level 2).",
  options = YN }

question "practitioner" { id = "p_health_early", domain = "health", ask_if = { p_health = "yes", p_age = EARLY },
  text = "Late or no antenatal care, or feeding, sleep or growth worries in a baby?",
  why = "The first 1001 days shape later development (health.early_years, level 2).",
  options = YN }

question "practitioner" { id = "p_health_disability", domain = "health", ask_if = { p_health = "yes", p_age = BORN },
  text = "A disability or long-term condition?",
  why = "A disability whose needs are met is universal (level 1); with needs not met, early help (health.disability, level 2).",
  options = { { "no", "No" }, { "met", "Yes, and the needs are met" }, { "yes", "Yes, with needs not met" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_health_disability_complex", domain = "health", ask_if = { p_health_disability = "yes" },
  text = "Then: complex needs that the family cannot meet without a social care assessment (e.g. short breaks)?",
  why = "A disabled child is a child in need in law (Children Act 1989 s17) (health.disability_complex, level 3).",
  options = YN }

question "practitioner" { id = "p_health_chronic", domain = "health", ask_if = { p_health = "yes", p_age = BORN },
  text = "A chronic condition not managed, or significant developmental delay?",
  why = "Complex health needs (health.chronic_unmanaged, level 3).",
  options = YN }

question "practitioner" { id = "p_health_faltering", domain = "health", ask_if = { p_health = "yes", p_age = BORN },
  text = "Faltering growth or weight loss with no medical cause, or the child often hungry?",
  why = "Faltering growth without a medical cause is a sign of neglect (health.faltering, level 3).",
  options = YN }

question "practitioner" { id = "p_health_neglect", domain = "health", ask_if = { p_health = "yes", p_age = BORN },
  text = "Health or dental care the child needs not sought, or refused by the parents (e.g. untreated tooth decay, treatment or medicine for a condition not given)?",
  why = "A first concern that the health or dental team is raising with the family is their own preventive work (health.care_gaps, level 2); continuing after help was offered, or with other signs of neglect, is medical or dental neglect (health.medical_neglect, level 3).",
  options = { { "no", "No" },
              { "first", "Yes, a first concern: the health or dental team is raising it with the family now, with no other worry about care" },
              { "yes", "Yes, and it goes on after the family were told and offered help, or with other signs of neglect" },
              { "unknown", "Not known" } } }

question "practitioner" { id = "p_health_untreated", domain = "health", ask_if = { p_health = "yes", p_age = BORN },
  text = "Serious illness or injury left untreated, or care refused where the child's health or life is at serious risk?",
  why = "Acute health needs (health.serious_untreated, level 4).",
  options = YN }

question "practitioner" { id = "p_health_pregnant", domain = "health", ask_if = { p_health = "yes", p_age = "11-19" },
  text = "The young person is pregnant or a young parent?",
  why = "Young parents need early help of their own (health.young_parent, level 2); under 16, a referral (level 3).",
  options = YN }

-- The other parent's age is part of the same answer: the red flag ends the questions at once, so a
-- follow-up would never be asked.
question "practitioner" { id = "p_health_pregnant_u16", domain = "health", ask_if = { p_health_pregnant = "yes" },
  text = "Then: under 16?",
  why = "A pregnant child under 16: the front door today (rf.pregnant_under16, level 3); with an adult or much older partner, a child protection referral (rf.under16_older_partner, level 4); under 13 is a red flag.",
  options = { { "no", "No" }, { "yes", "Yes" },
              { "older_partner", "Yes, and the other parent is an adult (18 or over) or much older" }, { "unknown", "Not known" } } }

---------------------------------------------------------------------------
-- 2. Learning and school (indicators/education.lua).

question "practitioner" { id = "p_learning", domain = "education", ask_if = { p_age = BORN },
  text = "Any concerns about learning, attendance, exclusion or special educational needs?",
  why = "Attendance, exclusion and unmet learning needs are early signs of additional need.",
  options = YN }

question "practitioner" { id = "p_edu_attendance", domain = "education", ask_if = { p_learning = "yes" },
  text = "Attendance falling or under 90 per cent (persistent absence), or often late?",
  why = "Falling attendance (education.attendance, level 2).",
  options = YN }

question "practitioner" { id = "p_edu_exclusion", domain = "education", ask_if = { p_learning = "yes" },
  text = "At risk of exclusion, or had suspensions?",
  why = "Risk of exclusion (education.exclusion_risk, level 2).",
  options = YN }

question "practitioner" { id = "p_edu_send", domain = "education", ask_if = { p_learning = "yes" },
  text = "Special educational needs or other learning needs without the right support?",
  why = "Unsupported SEND (education.send_unsupported, level 2).",
  options = YN }

question "practitioner" { id = "p_edu_severe", domain = "education", ask_if = { p_learning = "yes" },
  text = "Severe absence (half or more of sessions missed), or permanently excluded?",
  why = "Severe absence or permanent exclusion (education.severe_absence, level 3).",
  options = YN }

question "practitioner" { id = "p_edu_missing", domain = "education", ask_if = { p_learning = "yes" },
  text = "Missing education (not on a school roll, no suitable education), or not in education, employment or training at 16-17?",
  why = "Missing education or NEET (education.missing_education, level 3); with exploitation risk, level 4.",
  options = YN }

---------------------------------------------------------------------------
-- 3. Emotional wellbeing and behaviour (indicators/emotional.lua; self-harm and substance use
-- are health indicators).

question "practitioner" { id = "p_emotional", domain = "emotional", ask_if = { p_age = BORN },
  text = "Any concerns about the child's emotional wellbeing, mental health, self-harm or substance use?",
  why = "Emotional and mental health needs range from early help to acute risk.",
  options = YN }

question "practitioner" { id = "p_emo_low", domain = "emotional", ask_if = { p_emotional = "yes" },
  text = "Anxiety, low mood or behaviour difficulties that universal services can help with?",
  why = "Low-level emotional needs (emotional.low_level, level 2).",
  options = YN }

question "practitioner" { id = "p_emo_mh", domain = "emotional", ask_if = { p_emotional = "yes" },
  text = "Mental health needs beyond what universal services can meet?",
  why = "Complex mental health needs (emotional.mental_health, level 3).",
  options = YN }

question "practitioner" { id = "p_emo_self_harm", domain = "health", ask_if = { p_emotional = "yes" },
  text = "Self-harm?",
  why = "Occasional self-harm with support in place (health.self_harm_low, level 2); repeated or serious (health.self_harm, level 3).",
  options = { { "no", "No" }, { "minor", "Once or occasionally, and support is in place" },
              { "yes", "Repeated, getting worse, or needing medical care" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_emo_suicidal", domain = "emotional", ask_if = { p_emotional = "yes" },
  text = "A recent suicide attempt, or a plan to end their life?",
  why = "Suicidal behaviour (emotional.suicidal, level 4). If they may act now, call 999 or go to A&E.",
  options = { { "no", "No" }, { "yes", "Yes" }, { "now", "Yes, and they may act on it now or tonight" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_emo_violent_home", domain = "boundaries", ask_if = { p_emotional = "yes", p_age = SCHOOL_AGE },
  text = "Violent or abusive at home, towards a parent, carer or brother or sister?",
  why = "Child-to-parent and sibling violence: parents cannot keep control (boundaries.violence_at_home, level 3).",
  options = YN }

question "practitioner" { id = "p_emo_sexual_behaviour", domain = "relationships", ask_if = { p_emotional = "yes" },
  text = "Sexual behaviour that is not expected for the child's age or development (e.g. sexual knowledge or acts beyond their years, or towards younger children)?",
  why = "Sexual behaviour of concern (relationships.sexual_behaviour, level 3); harm to another child is a red flag.",
  options = YN }

question "practitioner" { id = "p_emo_substance", domain = "health", ask_if = { p_emotional = "yes", p_age = SCHOOL_AGE },
  text = "Using alcohol or drugs?",
  why = "Early experimenting with alcohol or drugs (health.substance_use, level 2).",
  options = YN }

question "practitioner" { id = "p_emo_substance_regular", domain = "health", ask_if = { p_emo_substance = "yes" },
  text = "Then: regular or harmful use?",
  why = "Regular substance misuse (health.substance_regular, level 3).",
  options = YN }

---------------------------------------------------------------------------
-- 4. Identity, relationships, presentation, self-care (indicators/identity_relationships.lua).

question "practitioner" { id = "p_self", domain = "identity", ask_if = { p_age = BORN },
  text = "Any concerns about the child's identity, relationships, how they present, or self-care?",
  why = "These are the remaining areas of the child's development in the Assessment Framework.",
  options = YN }

question "practitioner" { id = "p_id_support", domain = "identity", ask_if = { p_self = "yes" },
  text = "Needs support with identity (culture, faith, language, sexuality, gender, disability, adoption) or self-esteem?",
  why = "Identity needs (identity.support, level 2).",
  options = YN }

question "practitioner" { id = "p_id_harm", domain = "identity", ask_if = { p_self = "yes" },
  text = "Harmed because of who they are: rejected or threatened at home about their identity, a hate crime, or discrimination that goes on after school or others acted? (Teasing or bullying: the friendships question.)",
  why = "Identity-based harm (identity.harm, level 3).",
  options = YN }

question "practitioner" { id = "p_rel_peer", domain = "relationships", ask_if = { p_self = "yes" },
  text = "Friendship difficulties, being bullied or bullying others?",
  why = "Peer relationship needs (relationships.peers, level 2).",
  options = YN }

question "practitioner" { id = "p_rel_harmful", domain = "relationships", ask_if = { p_self = "yes" },
  text = "A controlling or abusive relationship, sexual harassment or violence from other children, or cut off from family and friends by someone? (Bullying, online or in person: the friendships question.)",
  why = "Harmful relationships (relationships.harmful, level 3).",
  options = YN }

question "practitioner" { id = "p_pres", domain = "presentation", ask_if = { p_self = "yes" },
  text = "Appearance, hygiene or clothing sometimes not suitable, affecting how others see the child?",
  why = "Social presentation (presentation.concern, level 2).",
  options = YN }

question "practitioner" { id = "p_pres_severe", domain = "presentation", ask_if = { p_pres = "yes" },
  text = "Then: persistently dirty, unkempt or unsuitably dressed, leading to isolation or bullying?",
  why = "A sign of neglect (presentation.neglected, level 3).",
  options = YN }

question "practitioner" { id = "p_selfcare", domain = "selfcare", ask_if = { p_self = "yes" },
  text = "Self-care skills (dressing, toileting, eating, getting about) behind what is expected for age, and not supported?",
  why = "Self-care needs (selfcare.behind, level 2).",
  options = YN }

question "practitioner" { id = "p_selfcare_severe", domain = "selfcare", ask_if = { p_selfcare = "yes" },
  text = "Then: expected to look after themselves far beyond their age (e.g. a young child finding their own food)?",
  why = "A sign of neglect (selfcare.beyond_age, level 3).",
  options = YN }

---------------------------------------------------------------------------
-- 5. Basic care and safety (indicators/parenting.lua).

question "practitioner" { id = "p_care", domain = "basic_care", ask_if = { p_age = BORN },
  text = "Any concerns about basic care or the child's safety at home?",
  why = "Basic care and ensuring safety are the first sides of parenting capacity.",
  options = YN }

question "practitioner" { id = "p_care_basic", domain = "basic_care", ask_if = { p_care = "yes" },
  text = "Gaps in basic care (meals, hygiene, clothing, routines), or a parent struggling to cope?",
  why = "Inconsistent care (basic_care.gaps, level 2).",
  options = YN }

question "practitioner" { id = "p_care_neglect", domain = "basic_care", ask_if = { p_care_basic = "yes" },
  text = "Then: are the child's basic needs being neglected?",
  why = "Neglect of basic needs (basic_care.neglect, level 3).",
  options = YN }

question "practitioner" { id = "p_care_severe", domain = "basic_care", ask_if = { p_care_neglect = "yes" },
  text = "Then: severe or persistent neglect, or abandonment?",
  why = "Severe neglect (basic_care.severe_neglect, level 4).",
  options = YN }

question "practitioner" { id = "p_safety_gaps", domain = "safety", ask_if = { p_care = "yes" },
  text = "Gaps in supervision, or safety at home or online not always ensured?",
  why = "Inconsistent supervision (safety.supervision, level 2).",
  options = YN }

question "practitioner" { id = "p_safety_risk", domain = "safety", ask_if = { p_safety_gaps = "yes" },
  text = "Then: repeated accidents, or contact with adults or places that put the child at risk?",
  why = "Not protected from harm (safety.unsafe, level 3).",
  options = YN }

-- Severity is part of the answer (issue 18): a moment out of sight with the parent close by is a gap in
-- supervision (level 2, asked above), not a child left alone.
question "practitioner" { id = "p_safety_alone", domain = "safety", ask_if = { p_safety_gaps = "yes" },
  text = "Then: a young child left alone, or left without supervision in danger?",
  why = "A young child left alone (safety.left_alone, level 4); brief moments out of sight stay a gap in supervision (level 2).",
  options = { { "no", "No" }, { "brief", "Only brief moments out of sight, with the parent close by" },
              { "yes", "Yes: left with no adult, or unsupervised where they were in real danger" }, { "unknown", "Not known" } } }

---------------------------------------------------------------------------
-- 6. Warmth, stimulation, boundaries, stability (indicators/parenting.lua).

question "practitioner" { id = "p_parenting", domain = "warmth", ask_if = { p_age = BORN },
  text = "Any concerns about warmth, stimulation, boundaries or stability in the child's care?",
  why = "The other sides of parenting capacity in the Assessment Framework.",
  options = YN }

question "practitioner" { id = "p_warmth", domain = "warmth", ask_if = { p_parenting = "yes" },
  text = "Inconsistent warmth, praise or emotional availability?",
  why = "Inconsistent warmth (warmth.inconsistent, level 2).",
  options = YN }

question "practitioner" { id = "p_warmth_rejected", domain = "warmth", ask_if = { p_warmth = "yes" },
  text = "Then: is the child rejected, scapegoated or constantly criticised?",
  why = "Rejection (warmth.rejected, level 3).",
  options = YN }

question "practitioner" { id = "p_warmth_abuse", domain = "warmth", ask_if = { p_warmth = "yes" },
  text = "Then: emotional abuse that is harming the child?",
  why = "Emotional abuse causing harm (warmth.emotional_abuse, level 4).",
  options = YN }

question "practitioner" { id = "p_stim", domain = "stimulation", ask_if = { p_parenting = "yes" },
  text = "Little play, talk or encouragement to learn, or early education not taken up?",
  why = "Limited stimulation (stimulation.limited, level 2).",
  options = YN }

question "practitioner" { id = "p_stim_severe", domain = "stimulation", ask_if = { p_stim = "yes" },
  text = "Then: is this significantly holding back the child's development?",
  why = "Development harmed by lack of stimulation (stimulation.severe, level 3).",
  options = YN }

question "practitioner" { id = "p_boundaries", domain = "boundaries", ask_if = { p_parenting = "yes" },
  text = "Inconsistent boundaries or routines, or parents finding behaviour hard to manage?",
  why = "Inconsistent boundaries (boundaries.inconsistent, level 2).",
  options = YN }

question "practitioner" { id = "p_boundaries_cannot", domain = "boundaries", ask_if = { p_boundaries = "yes" },
  text = "Then: parents cannot manage the child's behaviour?",
  why = "Beyond parental control (boundaries.beyond_control, level 3).",
  options = YN }

question "practitioner" { id = "p_boundaries_harm", domain = "boundaries", ask_if = { p_boundaries = "yes" },
  text = "Then: punishment that injures, frightens or degrades the child?",
  why = "Harmful punishment (boundaries.harmful_punishment, level 4).",
  options = YN }

question "practitioner" { id = "p_stability", domain = "stability", ask_if = { p_parenting = "yes" },
  text = "Changes of carer, home or school, or unpredictable routines unsettling the child?",
  why = "Instability (stability.changes, level 2).",
  options = YN }

question "practitioner" { id = "p_stability_severe", domain = "stability", ask_if = { p_stability = "yes" },
  text = "Then: many changes of main carer or household, with no stable adult in the child's life?",
  why = "Serious instability (stability.many_changes, level 3).",
  options = YN }

---------------------------------------------------------------------------
-- 7. Parents' and carers' own needs; young carers (indicators/parents.lua, family_environment.lua).

question "practitioner" { id = "p_parents", domain = "family",
  text = "Any concerns about the parents' or carers' own needs (mental health, alcohol or drugs, domestic abuse, learning disability, illness or disability, a young parent), or is the child caring for someone?",
  why = "Parental vulnerability affects every child in the household (Think Family).",
  options = YN }

question "practitioner" { id = "p_par_mh", domain = "family", ask_if = { p_parents = "yes" },
  text = "A parent or carer with mental health difficulties?",
  why = "Parental mental health (parent.mental_health, level 2; level 3 with substance misuse or domestic abuse, or when it affects care).",
  options = YN }

question "practitioner" { id = "p_par_perinatal", domain = "family", ask_if = { p_parents = "yes", p_age = EARLY },
  text = "A parent's mental health in pregnancy or since the birth (perinatal)?",
  why = "Perinatal mental health (parent.perinatal, level 2).",
  options = YN }

question "practitioner" { id = "p_par_substance", domain = "family", ask_if = { p_parents = "yes" },
  text = "A parent or carer misusing alcohol or drugs?",
  why = "Parental substance misuse (parent.substance, level 2; level 3 with mental health or domestic abuse, or when it affects care).",
  options = YN }

question "practitioner" { id = "p_par_ld", domain = "family", ask_if = { p_parents = "yes" },
  text = "A parent or carer with a learning disability or difficulty, needing support to meet the child's needs?",
  why = "Parental learning disability (parent.learning_disability, level 2; level 3 when it affects care).",
  options = YN }

question "practitioner" { id = "p_par_da", domain = "safety", ask_if = { p_parents = "yes" },
  text = "Domestic abuse in the child's household?",
  why = "Domestic abuse now, or an abuser who still has contact or threatens (parent.domestic_abuse, level 3): children are victims in their own right. In the past, the family living apart from the abuser with no contact, early help for recovery (parent.domestic_abuse_past, level 2).",
  options = { { "no", "No" }, { "past", "In the past: the family now lives apart from the abuser (moved, or in a refuge), with no contact or threats" },
              { "yes", "Yes: happening now, or the abuser still has contact, harasses or threatens" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_par_da_high", domain = "safety", ask_if = { p_par_da = "yes" },
  text = "Then: is the risk high (strangulation, threats to kill, getting worse, DASH 14 or more 'yes', or your professional judgement)?",
  why = "High-risk domestic abuse needs MARAC and the front door today (red flag).",
  options = YN }

question "practitioner" { id = "p_par_physical", domain = "family", ask_if = { p_parents = "yes" },
  text = "A parent or carer with a physical illness or disability that affects family life?",
  why = "Parental illness or disability (parent.physical_health, level 2).",
  options = YN }

question "practitioner" { id = "p_par_young", domain = "family", ask_if = { p_parents = "yes", p_age = { "prebirth", "0-5", "5-11" } },
  text = "A young parent (under 20) needing support?",
  why = "Young parents (parent.young_parent, level 2: e.g. the Family Nurse Partnership).",
  options = YN }

question "practitioner" { id = "p_par_affects", domain = "basic_care", ask_if = { p_parents = "yes" },
  text = "Are the parent's difficulties affecting their care of the child?",
  why = "Care that sometimes slips while the child's needs are mostly met is early help (parent.care_slipping, level 2); needs not met, level 3 (parent.affecting_care).",
  options = { { "no", "No" }, { "some", "Sometimes: care slips, but the child's needs are mostly met" },
              { "yes", "Yes: the child's needs are not being met" }, { "unknown", "Not known" } } }

question "practitioner" { id = "p_par_young_carer", domain = "family", ask_if = { p_parents = "yes", p_age = SCHOOL_AGE },
  text = "Is the child a young carer (helps care for someone in the family)?",
  why = "Young carer (family.young_carer, level 2); they are entitled to a young carer's needs assessment.",
  options = YN }

question "practitioner" { id = "p_par_young_carer_heavy", domain = "family", ask_if = { p_par_young_carer = "yes" },
  text = "Then: how much caring?",
  why = "Substantial caring that leaves school and friendships intact is early help with a young carer's assessment (level 2); caring that stops school or friendships, or intimate care, is inappropriate (family.young_carer_heavy, level 3).",
  options = { { "no", "Light: helping at home" }, { "some", "A lot, most days, but school and friends carry on" },
              { "yes", "It stops school or seeing friends, or includes intimate care" }, { "unknown", "Not known" } } }

---------------------------------------------------------------------------
-- 8. Family, housing, money, community (indicators/family_environment.lua).

question "practitioner" { id = "p_home", domain = "family",
  text = "Any concerns about family relationships, wider family, housing, money or the community?",
  why = "Family and environmental factors make up the third side of the Assessment Framework.",
  options = YN }

question "practitioner" { id = "p_fam_conflict", domain = "family", ask_if = { p_home = "yes" },
  text = "Parental conflict or separation, bereavement, or other family stress?",
  why = "Family stress (family.conflict_loss, level 2).",
  options = YN }

question "practitioner" { id = "p_fam_breakdown", domain = "family", ask_if = { p_home = "yes" },
  text = "Family relationships breaking down: parents say they cannot cope, or the child may need to live elsewhere?",
  why = "Family breakdown (family.breakdown, level 3).",
  options = YN }

question "practitioner" { id = "p_fam_unsafe", domain = "family", ask_if = { p_fam_breakdown = "yes" },
  text = "Then: the family cannot keep the child safe at home?",
  why = "Acute need (family.cannot_keep_safe, level 4).",
  options = YN }

question "practitioner" { id = "p_wider", domain = "wider_family", ask_if = { p_home = "yes" },
  text = "Little or no support from wider family or friends, or conflict with wider family?",
  why = "Wider family (wider_family.little_support, level 2).",
  options = YN }

question "practitioner" { id = "p_wider_severe", domain = "wider_family", ask_if = { p_wider = "yes" },
  text = "Then: care by relatives breaking down, or relatives undermining the child's care or safety?",
  why = "Wider family harming the child's welfare (wider_family.harmful, level 3).",
  options = YN }

question "practitioner" { id = "p_housing", domain = "housing", ask_if = { p_home = "yes" },
  text = "Overcrowded or poor housing, or temporary accommodation (including moves between temporary homes)?",
  why = "Housing need (housing.poor_or_temporary, level 2): temporary accommodation is a housing need, not homelessness.",
  options = YN }

question "practitioner" { id = "p_housing_severe", domain = "housing", ask_if = { p_housing = "yes" },
  text = "Then: no settled home at all (sofa-surfing, a night shelter, evicted with nowhere to go), or housing unsafe for the child?",
  why = "Homelessness or repeated moves (housing.homeless, level 3).",
  options = YN }

question "practitioner" { id = "p_income", domain = "income", ask_if = { p_home = "yes" },
  text = "Low income, debt, unemployment or benefit problems?",
  why = "Income need (income.low_debt, level 2).",
  options = YN }

question "practitioner" { id = "p_income_severe", domain = "income", ask_if = { p_income = "yes" },
  text = "Then: the child goes without food, heating or clothing, or the family has no recourse to public funds?",
  why = "Poverty affecting basic needs (income.basic_needs_unmet, level 3).",
  options = YN }

question "practitioner" { id = "p_community", domain = "community", ask_if = { p_home = "yes" },
  text = "Isolated from the community: new to the area, language barriers, or not using local services?",
  why = "Isolation (community.isolated, level 2).",
  options = YN }

question "practitioner" { id = "p_community_severe", domain = "community", ask_if = { p_community = "yes" },
  text = "Then: the family harassed or targeted where they live, or neighbourhood violence harming the child?",
  why = "A hostile community (community.hostile, level 3).",
  options = YN }

---------------------------------------------------------------------------
-- 9. Risks outside the home (indicators/contexts.lua). A child missing now, exploitation and
-- radicalisation are red flags, asked above.

question "practitioner" { id = "p_outside", domain = "emotional", ask_if = { p_age = SCHOOL_AGE },
  text = "Any concerns about risks outside the home: going missing, exploitation, offending or youth violence?",
  why = "Harm outside the home (contextual safeguarding) is a KRSCP priority.",
  options = YN }

question "practitioner" { id = "p_out_missing", domain = "emotional", ask_if = { p_outside = "yes" },
  text = "Has the child gone missing from home, care or school?",
  why = "Missing episodes (emotional.missing_episodes, level 3).",
  options = YN }

question "practitioner" { id = "p_out_exploit_risk", domain = "emotional", ask_if = { p_outside = "yes" },
  text = "Signs of risk of exploitation: older associates, unexplained money, gifts or phones, travel to unknown places?",
  why = "Risk of exploitation (emotional.exploitation_risk, level 3; level 4 with missing education).",
  options = YN }

question "practitioner" { id = "p_out_offending", domain = "emotional", ask_if = { p_outside = "yes" },
  text = "Offending or anti-social behaviour?",
  why = "Arrested or warned but dealt with out of court is early help from the youth justice service's prevention work (emotional.offending_early, level 2; the Turnaround programme); repeated offending, a charge or a court order is level 3 (emotional.offending).",
  options = { { "no", "No" },
              { "early", "Yes, dealt with out of court: an arrest with no further action, a community resolution, a first caution or a warning" },
              { "yes", "Yes: repeated offending or anti-social behaviour, or charged or on a court order" },
              { "unknown", "Not known" } } }

question "practitioner" { id = "p_out_violence_risk", domain = "emotional", ask_if = { p_outside = "yes" },
  text = "At risk of serious youth violence: peers involved in violence, or a victim of robbery or assault?",
  why = "Risk of serious youth violence (emotional.youth_violence_risk, level 3).",
  options = YN }

question "practitioner" { id = "p_out_violence", domain = "emotional", ask_if = { p_outside = "yes" },
  text = "Involved in serious youth violence: carries a weapon, or has seriously hurt someone or been seriously hurt?",
  why = "Serious youth violence (emotional.serious_youth_violence, level 4).",
  options = YN }

---------------------------------------------------------------------------
-- 10. Legal and care situation (indicators/family_environment.lua).

question "practitioner" { id = "p_legal", domain = "family",
  text = "Is the child privately fostered, unaccompanied, recently stepped down from social care, or back home from care?",
  why = "Each of these changes who must be told and which team leads.",
  options = YN }

question "practitioner" { id = "p_legal_private_fostering", domain = "family", ask_if = { p_legal = "yes" },
  text = "Privately fostered: under 16 (under 18 if disabled), cared for 28 days or more by someone who is not a parent or close relative?",
  why = "The local authority must be told of every private fostering arrangement (family.private_fostering, level 3).",
  options = YN }

question "practitioner" { id = "p_legal_unaccompanied", domain = "family", ask_if = { p_legal = "yes" },
  text = "In the UK without a parent or a carer responsible for them (unaccompanied)?",
  why = "An unaccompanied child needs children's social care (family.unaccompanied, level 3).",
  options = YN }

question "practitioner" { id = "p_legal_stepdown", domain = "family", ask_if = { p_legal = "yes" },
  text = "Recently stepped down from children's social care, or returned home from care?",
  why = "Step-down keeps early help in place after social care closes (family.stepdown, level 2).",
  options = YN }

---------------------------------------------------------------------------
-- 11. What has happened before (indicators/history.lua): a plan now, earlier help that did not
-- work, refusal to engage. Publishers step up from early help when help has already failed.

question "practitioner" { id = "p_history", domain = "family",
  text = "Is the family known to children's social care or early help, now or before?",
  why = "A plan now, or help that has already failed, changes who must act and how soon.",
  options = YN }

question "practitioner" { id = "p_hist_cp", domain = "safety", ask_if = { p_history = "yes" },
  text = "A child in the household is on a child protection plan now, or the family is in pre-proceedings or care proceedings?",
  why = "New concerns about a family with a child protection plan go to the allocated social worker today (history.cp_plan, level 4).",
  options = YN }

question "practitioner" { id = "p_hist_open", domain = "family", ask_if = { p_history = "yes" },
  text = "The family has a social worker now (a child in need plan, or a child looked after)?",
  why = "New concerns are shared with the allocated social worker today (history.open_to_social_care, level 3).",
  options = YN }

question "practitioner" { id = "p_hist_removed", domain = "safety", ask_if = { p_history = "yes" },
  text = "A parent has had a child removed from their care before, or a child in the family died or was seriously harmed through abuse or neglect?",
  why = "Earlier removal or serious harm is a risk for this child (history.previous_removal, level 3; for an unborn baby, a pre-birth referral).",
  options = YN }

question "practitioner" { id = "p_hist_failed", domain = "family", ask_if = { p_history = "yes" },
  text = "Early help or a plan was tried and the needs remain or came back?",
  why = "Needs that early help has not met are stepped up to children's social care (history.early_help_failed).",
  options = YN }

question "practitioner" { id = "p_hist_engage", domain = "family", ask_if = { p_history = "yes" },
  text = "The family refuses or does not engage with help, agrees but nothing changes, or keeps professionals from seeing the child?",
  why = "Disguised compliance and non-engagement while needs remain are stepped up (history.not_engaging).",
  options = YN }

question "practitioner" { id = "p_hist_repeat", domain = "family", ask_if = { p_history = "yes" },
  text = "Several earlier referrals or contacts about the family, with the same concerns coming back?",
  why = "Repeated referrals show needs not met (history.repeat_referrals).",
  options = YN }

---------------------------------------------------------------------------
-- 12. Other children: most families are sibling groups (Think Family).

question "practitioner" { id = "p_siblings", context = "siblings",
  text = "Are there other children in the household?",
  why = "A risk found for one child is a question for every child at home: the result and the summary name them.",
  options = { { "no", "No" }, { "yes", "Yes: the concern is about this child" },
              { "same", "Yes, and the same concern applies to them" }, { "unknown", "Not known" } } }

---------------------------------------------------------------------------
-- Strengths (indicators/strengths.lua): recorded for the plan, never lowering the level.

question "practitioner" { id = "p_strengths",
  text = "Are there strengths to record?",
  why = "Strengths inform the plan; they never lower a level.",
  options = YN }

question "practitioner" { id = "p_str_network", ask_if = { p_strengths = "yes" },
  text = "Supportive wider family, friends or community?",
  why = "Recorded as a strength.",
  options = YN }

question "practitioner" { id = "p_str_engaging", ask_if = { p_strengths = "yes" },
  text = "The family is engaging with help offered?",
  why = "Recorded as a strength.",
  options = YN }

question "practitioner" { id = "p_str_school", ask_if = { p_strengths = "yes", p_age = BORN },
  text = "The child attends school or nursery well and has a trusted adult there?",
  why = "Recorded as a strength.",
  options = YN }

question "practitioner" { id = "p_str_parenting", ask_if = { p_strengths = "yes" },
  text = "The parents meet the child's needs well in most areas, and the child is doing well?",
  why = "Recorded as a strength.",
  options = YN }

question "practitioner" { id = "p_str_insight", ask_if = { p_strengths = "yes" },
  text = "The parents recognise the concerns and want things to change?",
  why = "Recorded as a strength.",
  options = YN }
