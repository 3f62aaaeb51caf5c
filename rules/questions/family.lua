-- questions/family.lua: the family question set, in flow order.
-- Plain words a 9-year-old could read: short sentences, no jargon, no acronyms; kind, never
-- blaming; about what is happening and what help the family would like. Families are shown
-- where to get help, never a level.
-- Safety: danger now, what a child has said (to anyone), a child missing now, a baby's safety and a
-- child's plan to end their life are asked of everyone; then one gate ("anything else about a child's
-- safety?") opens the rest: a bruised baby, a child alone or with an adult unable to care, a risky adult,
-- FGM, forced marriage, a child under 13, choking or threats to kill, someone at home who hurts or
-- controls, nowhere to sleep, extremism, something else. None names the person, and each offers "I'd rather
-- not say". Questions about a parent are worded so that a grandparent or another relative can answer them
-- too ("a parent or carer, this could be you").
-- Each topic has one screening question; its details open only on "yes" (monotonicity:
-- engine.lua). The same indicators as the practitioner set are fed (indicators/*.lua).

local YN = { { "no", "No" }, { "yes", "Yes" }, { "unsure", "I'm not sure" } }
-- Age lists start with the same band so that the linter's path finder (which takes the first
-- band of each list) can open nested questions; the order has no other meaning.
local BORN = { "11-19", "0-5", "5-11", "19-25" }
local SCHOOL_AGE = { "11-19", "5-11", "19-25" }
local TEEN = { "11-19", "19-25" }
local EARLY = { "prebirth", "0-5" }

question "family" { id = "f_age", context = "age",
  text = "How old is the child you are asking about?",
  why = "Help is different for babies, children and young people.",
  options = { { "prebirth", "Not born yet" }, { "0-5", "Under 5" }, { "5-11", "5 to 10" },
              { "11-19", "11 to 18" }, { "19-25", "19 to 25" } } }

---------------------------------------------------------------------------
-- Safety first (indicators/redflags.lua).

-- Only danger at this moment (as p_rf_danger): the answer itself says the police or an ambulance must come.
-- A child already in hospital or safe with the police is not a 999 call, but it is a member of staff now
-- (rf.family_after_harm): a serious injury or a danger just past is what a practitioner acts on today.
question "family" { id = "f_rf_danger", domain = "safety",
  text = "Is a child in danger at this moment, or so badly hurt that they need an ambulance now?",
  why = "If a child is in danger now, help must come first.",
  options = { { "no", "No" }, { "yes", "Yes, we need the police or an ambulance now" },
              { "helped", "A child was badly hurt or in danger, and is now in hospital or safe with the police" },
              { "unsure", "I'm not sure" } } }

-- Where the child lives (issue 19): a child's front door is the one for the borough where the child lives.
-- One tap for here; another London borough by the first letter of its name (at most eight answers fit on a
-- screen); outside London says to call that council. Read by the engine (contacts.lua), never a level.
question "family" { id = "f_lives", context = "lives",
  text = "Where does the child live?",
  why = "Each council has its own children's services. We will show you the right one for where the child lives.",
  options = { { "here", "Here, in this council's area" }, { "elsewhere", "In another London borough" },
              { "outside_london", "Outside London" }, { "unsure", "I'm not sure" } } }

borough_questions("family", "f")  -- which London borough: contacts.lua

-- Bullying by other children is a need of its own (CM Emotional 2), not a disclosure of abuse: a published
-- mother whose daughter was targeted online by classmates had only "yes" to say, and the kiosk called it
-- child protection. Anything more than bullying (an adult, someone at home, a sexual or serious assault)
-- stays the first "yes".
question "family" { id = "f_rf_told", domain = "safety", sensitive = true,
  text = "Has a child told you, or someone else like a teacher, that someone is hurting them?",
  why = "If a child has told anyone this, a member of staff can help you keep them safe today.",
  options = { { "no", "No" }, { "yes", "Yes" },
              { "bullied", "Yes, but it is other children bullying them, in person or online" },
              { "unsure", "I'm not sure" } } }

question "family" { id = "f_rf_missing", domain = "safety",
  text = "Is a child missing right now?",
  why = "If a child is missing, the police can start looking straight away.",
  options = YN }

question "family" { id = "f_rf_baby", domain = "safety", sensitive = true, ask_if = { f_age = "0-5" },
  text = "Right now, is a baby or young child not safe with the person looking after them? This could be you, or someone else.",
  why = "Many parents and carers feel this way at times. If it is true now, a member of staff can help you today.",
  options = YN }

question "family" { id = "f_rf_suicide", domain = "emotional", sensitive = true, ask_if = { f_age = SCHOOL_AGE },
  text = "Has the child tried to end their life, or talked about a plan to?",
  why = "This needs help straight away. A member of staff can help you today.",
  options = { { "no", "No" }, { "yes", "Yes" }, { "now", "Yes, and they might do it today or tonight" }, { "unsure", "I'm not sure" } } }

-- An adult going out with, or having sex with, a child under 16 (issue 18: a published 15-year-old whose
-- boyfriend was 35 told her youth worker only that he was good to her; nothing in the family's questions
-- could say it). Asked of every family with a teenager, among the level 4 safety questions, so that no
-- level 3 answer ends the questions before it. Facts, not judgements: the young person can answer it too.
question "family" { id = "f_rf_adult_partner", domain = "safety", sensitive = true, ask_if = { f_age = "11-19" },
  text = "Is a young person under 16 going out with, or having sex with, someone aged 18 or over?",
  why = "An adult must not have a relationship with a child under 16. A member of staff can help, in private.",
  options = YN }

question "family" { id = "f_rf_more", domain = "safety", sensitive = true,
  text = "Is anything else about a child's safety worrying you today?",
  why = "You can tell us in a few taps. Nothing you tap is shown to anyone else, and staff can talk with you in private.",
  hint = "For example a mark on a baby, someone who frightens you or a child, a plan to take a child abroad, or nowhere safe to sleep.",
  options = YN }

-- Level 4 first: a red flag ends the questions at once, so a level 3 one (someone at home hurts you, nowhere
-- to sleep, extreme views) must not hide a level 4 one asked after it; "something else" comes before them.
question "family" { id = "f_rf_baby_mark", domain = "health", sensitive = true, ask_if = { f_rf_more = "yes", f_age = "0-5" },
  text = "Does a baby who cannot crawl or roll over yet have a bruise or mark?",
  why = "Babies who cannot move about on their own rarely get bruises. A nurse or doctor should check today.",
  options = YN }

question "family" { id = "f_rf_alone", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes", f_age = { "0-5", "5-11" } },
  text = "Is a young child on their own right now, or with an adult who is too drunk, high or unwell to look after them?",
  why = "A young child needs an adult who can look after them. Help can come now.",
  options = { { "no", "No" }, { "alone", "On their own, with no adult" }, { "yes", "With an adult too drunk, high or unwell" }, { "unsure", "I'm not sure" } } }

-- Who poses a risk as a family knows it: a family often knows of a conviction, not whom it was against
-- (a published father managed under MAPPA for sexual offences, about to move back in), as the practitioner's
-- question names sex offenders and violent offenders.
question "family" { id = "f_rf_risky_adult", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Is someone who has hurt or abused children, or who has been convicted of a sexual or violent crime, living with the child, moving in, or seeing them?",
  why = "Staff can help you keep the child safe from this person.",
  options = YN }

question "family" { id = "f_rf_cut", domain = "health", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Has a girl in the family been cut (FGM), or could she be cut, here or on a trip abroad?",
  why = "FGM is against the law in the UK. Staff can help keep her safe.",
  options = YN }

question "family" { id = "f_rf_marriage", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes", f_age = SCHOOL_AGE },
  text = "Is a young person being made to marry, or to go abroad to be married?",
  why = "No one can be made to marry, and no one under 18 can marry. Staff can help today.",
  options = YN }

question "family" { id = "f_rf_under13", domain = "health", sensitive = true, ask_if = { f_rf_more = "yes", f_age = SCHOOL_AGE },
  text = "Is a child aged 12 or younger pregnant, or having sex?",
  why = "A child this young needs protecting. Staff can help today.",
  options = YN }

-- A family told by the police or an independent domestic violence adviser that the risk is high (a DASH
-- assessment, a MARAC) knows what the practitioner's DASH question asks (published case: a child who saw
-- violence against a parent whose case went to MARAC).
question "family" { id = "f_rf_hurts_worse", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Has someone at home ever choked or squeezed the neck of you or another adult there, threatened to kill, or is their violence getting worse? Or have the police or a support worker said the risk is high?",
  why = "These are signs of serious danger. Staff can help you stay safe today.",
  options = YN }

-- A child protection plan (4) is asked here too, among the level 4 questions: asked only in the home
-- questions, it came after the level 3 ones above, and a "yes" to one of those ended the questions first
-- (a published mother whose daughters were on plans said first that her daughter gets into trouble away
-- from home, and the plan was never asked). A family who did not open these questions is asked at home
-- (f_home_cp_plan); one who did and said no may be asked again there, as a concern never closes a question.
question "family" { id = "f_rf_cp_plan", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Does a child in your family have a child protection plan, or is the family going to court about the children?",
  why = "Your social worker needs to hear about new worries today. Staff can help you reach them.",
  options = YN }

-- What kind of worry is part of the answer (a red flag ends the questions, so a follow-up would never be
-- asked): someone hurting a child, older people using or grooming them, or a child carrying a weapon (serious
-- youth violence) is child protection (4); a child
-- getting into trouble away from home, or another worry, is talked through with staff today at level 3
-- (issue 18: a single "yes" sent seven published early help families to level 4). Nothing here names anyone.
question "family" { id = "f_rf_other", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Is it something else that makes you think a child is not safe?",
  why = "You do not need to say more here. A member of staff can talk with you in private.",
  options = { { "no", "No" }, { "hurt", "Yes: someone may be hurting, abusing or neglecting a child" },
              { "used", "Yes: older people may be using or grooming the child, or the child carries a knife or weapon" },
              { "outside", "Yes: the child gets into trouble away from home (fights, crime, drugs, going missing)" },
              { "other", "Yes, something else" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_rf_hurts_you", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes" },
  text = "Does someone at home hurt, frighten or control you, the child, or another adult there (such as the child's mum or dad)?",
  why = "Everyone should feel safe at home. A member of staff can talk with you in private, now.",
  options = YN }

question "family" { id = "f_rf_nowhere", domain = "housing", sensitive = true, ask_if = { f_rf_more = "yes", f_age = SCHOOL_AGE },
  text = "Does the young person have nowhere safe to sleep tonight, or have they been told to leave home?",
  why = "Young people under 18 with nowhere to go must be helped by the council. Staff can help today.",
  options = YN }

question "family" { id = "f_rf_extreme", domain = "safety", sensitive = true, ask_if = { f_rf_more = "yes", f_age = SCHOOL_AGE },
  text = "Are you worried that the child is being drawn into extreme views, or may travel to join an extreme group?",
  why = "There is help for young people being pulled towards extreme groups. Staff can help today.",
  options = YN }

---------------------------------------------------------------------------
-- Health and growing (indicators/health.lua).

question "family" { id = "f_health", domain = "health",
  text = "Are you worried about the child's health or how they are growing?",
  why = "Health visitors, school nurses and doctors can help early.",
  options = YN }

question "family" { id = "f_health_checks", domain = "health", ask_if = { f_health = "yes", f_age = BORN },
  text = "Has the child missed check-ups, jabs or other health appointments?",
  why = "A missed check-up is easy to put right, and a nurse or doctor can help.",
  options = YN }

question "family" { id = "f_health_growth", domain = "health", ask_if = { f_health = "yes", f_age = BORN },
  text = "Are you worried about how the child talks, moves or grows?",
  why = "Help with talking, moving and growing works best when it starts early.",
  options = YN }

-- In two steps, as the practitioner's "needing extra support": the help every family gets from the midwife and
-- health visitor is universal (1); a worry that is not going away, or little care in the pregnancy, is early
-- help (2). (A published new-birth visit with feeding tips read as early help on a single "yes".)
question "family" { id = "f_health_baby", domain = "health", ask_if = { f_health = "yes", f_age = EARLY },
  text = "Would you like help with the pregnancy, or with feeding, sleep or your baby's growth?",
  why = "The first two years matter a lot. Midwives and health visitors are there to help.",
  options = { { "no", "No" }, { "usual", "Yes, the usual help from the midwife or health visitor" },
              { "yes", "Yes, it is a real worry: feeding, sleep or growth is going badly, or little care in the pregnancy" },
              { "unsure", "I'm not sure" } } }

question "family" { id = "f_health_disability", domain = "health", ask_if = { f_health = "yes", f_age = BORN },
  text = "Does the child have a disability or a long-term illness that needs extra help?",
  why = "There is help for disabled children and for the people who care for them.",
  options = YN }

question "family" { id = "f_health_pregnant", domain = "health", ask_if = { f_health = "yes", f_age = TEEN },
  text = "Is the young person pregnant, or already a parent?",
  why = "Young parents can get support of their own, from pregnancy on.",
  options = YN }

question "family" { id = "f_health_pregnant_u16", domain = "health", ask_if = { f_health_pregnant = "yes" },
  text = "Are they under 16?",
  why = "A pregnant girl under 16 should have a social worker's help too.",
  options = { { "no", "No" }, { "yes", "Yes" },
              { "older_partner", "Yes, and the baby's other parent is an adult, or much older" }, { "unsure", "I'm not sure" } } }

-- In stages, as the practitioner's question (BDA, Managing dental neglect): care being sorted out now with the
-- dentist or doctor is early help; care nobody is getting for the child is neglect.
question "family" { id = "f_health_care_refused", domain = "health", ask_if = { f_health = "yes", f_age = BORN },
  text = "Is the child not getting treatment or dental care they need, for example because someone will not take them?",
  why = "A nurse or doctor can help. Staff can help you find the right person.",
  options = { { "no", "No" },
              { "first", "Yes, but it is being sorted out now: the dentist or doctor is helping, or an appointment is booked" },
              { "yes", "Yes, and nobody is getting it for them" }, { "unsure", "I'm not sure" } } }

-- Fabricated or induced illness (issue 18: a family could not say it). Asked of the family of a child
-- with a long-term illness or disability: another parent or a grandparent may be the first to doubt what
-- doctors are told. It names no one, so an adult who reads it over a shoulder learns nothing; a "yes" ends
-- the questions with "tell a member of staff now", and staff, not the family, decide who is told (RCPCH 2021:
-- the carer is not told first).
question "family" { id = "f_health_fii", domain = "safety", sensitive = true, ask_if = { f_health_disability = "yes" },
  text = "Do you think someone is making the child's illness seem worse than it is, or giving them medicine or treatment they do not need?",
  why = "You can say this in private. Doctors can check what help the child really needs.",
  options = YN }

question "family" { id = "f_health_disability_more", domain = "health", ask_if = { f_health_disability = "yes" },
  text = "Do you need a lot more help to care for them, like short breaks?",
  why = "Families of disabled children can ask for an assessment of the help they need.",
  options = YN }

---------------------------------------------------------------------------
-- School, nursery or college (indicators/education.lua).

question "family" { id = "f_school", domain = "education", ask_if = { f_age = BORN },
  text = "Are you worried about school, nursery or college?",
  why = "Schools and nurseries can often help, and can bring in others who can.",
  options = YN }

question "family" { id = "f_school_missing", domain = "education", ask_if = { f_school = "yes" },
  text = "Does the child miss a lot of school or nursery, or often arrive late?",
  why = "Missing school makes learning harder. School can help find out why.",
  options = YN }

question "family" { id = "f_school_trouble", domain = "education", ask_if = { f_school = "yes" },
  text = "Is the child often in trouble at school, or sent home?",
  why = "Being sent home can be a sign that the child needs more help.",
  options = YN }

question "family" { id = "f_school_help", domain = "education", ask_if = { f_school = "yes" },
  text = "Do you think the child needs more help with learning than they are getting?",
  why = "Children who learn differently can get extra help at school.",
  options = YN }

question "family" { id = "f_school_none", domain = "education", ask_if = { f_school = "yes" },
  text = "Is the child without a school or college place right now?",
  why = "Every child has a right to learn. The council can help find a place.",
  options = YN }

-- A short wait for a place (after a move) is early help; a child out of school for longer, or who never
-- started, is missing education (indicators/education.lua, level 3), as a practitioner's p_edu_missing.
question "family" { id = "f_school_none_long", domain = "education", ask_if = { f_school_none = "yes" },
  text = "Has the child been without a place for more than a few weeks, or never started school?",
  hint = "If the child is taught at home, answer No.",
  why = "A child who is out of school for a long time needs the council's help to get back to learning.",
  options = { { "no", "No, it is a short wait (for example after a move)" }, { "yes", "Yes" }, { "unsure", "I'm not sure" } } }

---------------------------------------------------------------------------
-- Feelings, behaviour and friends (indicators/emotional.lua, identity_relationships.lua,
-- health.lua for self-harm).

question "family" { id = "f_feelings", domain = "emotional", ask_if = { f_age = BORN },
  text = "Are you worried about the child's feelings, behaviour or friendships?",
  why = "Feelings and friendships matter as much as health. There is help for both.",
  options = YN }

question "family" { id = "f_feel_worried", domain = "emotional", ask_if = { f_feelings = "yes" },
  text = "Does the child seem very worried, sad or angry a lot of the time?",
  why = "Many children feel like this at times. Help early can stop it getting worse.",
  options = YN }

question "family" { id = "f_feel_friends", domain = "relationships", ask_if = { f_feelings = "yes" },
  text = "Is the child being bullied, or finding it hard to make friends?",
  why = "Schools and youth groups can help with bullying and friendships.",
  options = YN }

question "family" { id = "f_feel_identity", domain = "identity", ask_if = { f_feelings = "yes", f_age = SCHOOL_AGE },
  text = "Does the child need support with who they are, like their culture, faith or gender?",
  why = "Every child should feel good about who they are. Some groups can help.",
  options = YN }

question "family" { id = "f_feel_more_help", domain = "emotional", ask_if = { f_feelings = "yes" },
  text = "Does the child need more help with their feelings than school or the doctor can give?",
  why = "Some children need help from a mental health team.",
  options = YN }

question "family" { id = "f_feel_hurt_self", domain = "health", sensitive = true, ask_if = { f_feelings = "yes", f_age = SCHOOL_AGE },
  text = "Does the child hurt themselves on purpose?",
  why = "Children who hurt themselves need kind help, quickly.",
  options = { { "no", "No" }, { "minor", "It happened once or twice, and they are getting help" },
              { "yes", "Yes, it keeps happening or is getting worse" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_feel_violent", domain = "boundaries", ask_if = { f_feelings = "yes", f_age = SCHOOL_AGE },
  text = "Does the child hit, hurt or threaten you, or a brother or sister, at home?",
  why = "Many parents face this, and there is help for the whole family.",
  options = YN }

---------------------------------------------------------------------------
-- Family life and caring (indicators/parenting.lua, family_environment.lua).

question "family" { id = "f_home", domain = "family",
  text = "Is family life hard at the moment?",
  why = "Every family has hard times. Asking for help early is a good thing to do.",
  hint = "This could be about routines, behaviour, arguments, caring for someone, or who the child lives with.",
  options = YN }

question "family" { id = "f_home_routines", domain = "basic_care", ask_if = { f_home = "yes" },
  text = "Is it hard to keep up with meals, washing, clothes or bedtimes?",
  why = "Lots of parents find this hard. Practical help is there.",
  options = YN }

question "family" { id = "f_home_behaviour", domain = "boundaries", ask_if = { f_home = "yes", f_age = BORN },
  text = "Is it hard to manage the child's behaviour?",
  why = "Parenting groups and family workers can help with behaviour.",
  options = YN }

-- "Parents cannot manage behaviour" is level 3 (CM Warmth and guidance 3) where the child is at risk
-- because of it; a parent at the end of their tether with a child who is safe is offered parenting
-- support first (a published mother's call to a parents' helpline, tests/published).
question "family" { id = "f_home_behaviour_cannot", domain = "boundaries", ask_if = { f_home_behaviour = "yes" },
  text = "Do you feel you cannot manage their behaviour at all any more?",
  why = "If things feel out of control, a family worker can help.",
  options = { { "no", "No" },
              { "yes", "Yes, and they are at risk: staying out, going missing, in trouble with the police, or hurting people" },
              { "tired", "Yes, I am at the end of my tether, but they are safe" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_home_arguments", domain = "family", ask_if = { f_home = "yes" },
  text = "Are there lots of arguments at home, or has the family been through a separation or a death?",
  why = "Arguments, separation and loss are hard for children. There is help for the whole family.",
  options = YN }

-- A child whose carer cannot look after them from today must be accommodated (Children Act 1989 s20(1)(c)):
-- a member of staff now (rf.no_carer_today), not a leaflet.
question "family" { id = "f_home_breakdown", domain = "family", ask_if = { f_home = "yes" },
  text = "Are things so hard that the child may not be able to keep living at home?",
  why = "A social worker can help keep families together.",
  options = { { "no", "No" }, { "yes", "Yes" },
              { "today", "Yes, and from today there is nobody to look after the child" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_home_caring", domain = "family", ask_if = { f_home = "yes", f_age = SCHOOL_AGE },
  text = "Does the child help look after someone in the family who is ill, disabled or struggling?",
  why = "Children who care for someone can get support of their own.",
  options = YN }

question "family" { id = "f_home_caring_lots", domain = "family", ask_if = { f_home_caring = "yes" },
  text = "How much caring does the child do?",
  why = "Children should not have to do too much caring. Help can take some of it off them.",
  options = { { "no", "A little: helping at home" }, { "some", "A lot, most days, but they still go to school and see friends" },
              { "yes", "It stops them going to school or seeing friends, or they help with washing or toileting" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_home_away", domain = "family", ask_if = { f_home = "yes", f_age = BORN },
  text = "Is the child living away from their parents?",
  why = "Some children who live away from their parents can get extra help.",
  options = YN }

question "family" { id = "f_home_friend", domain = "family", ask_if = { f_home_away = "yes" },
  text = "Is the child living with a family friend, or someone who is not a close relative, for a month or more?",
  why = "The council must be told, so that the child and the carer get the right help.",
  options = YN }

question "family" { id = "f_home_alone_uk", domain = "family", ask_if = { f_home_away = "yes" },
  text = "Did the child come to this country without a parent or carer?",
  why = "Children who came here on their own have a right to care and support.",
  options = YN }

question "family" { id = "f_home_stepdown", domain = "family", ask_if = { f_home = "yes" },
  text = "Has a social worker recently stopped working with your family?",
  why = "Other help can carry on after a social worker has finished.",
  options = YN }

question "family" { id = "f_home_social_worker", domain = "family", ask_if = { f_home = "yes" },
  text = "Does your family have a social worker now?",
  why = "Your social worker should hear about new worries. Staff can help you reach them.",
  options = YN }

question "family" { id = "f_home_cp_plan", domain = "safety", sensitive = true, ask_if = { f_home_social_worker = "yes" },
  text = "Does a child in your family have a child protection plan, or is the family going to court about the children?",
  why = "Your social worker needs to hear about new worries today. Staff can help you reach them.",
  options = YN }

question "family" { id = "f_home_help_failed", domain = "family", ask_if = { f_home = "yes" },
  text = "Have you had help before that ended with things still hard, or come back again?",
  why = "If help has not worked, the next help should be different. It is not your fault.",
  options = YN }

---------------------------------------------------------------------------
-- The parents' and carers' own needs (indicators/parents.lua).

question "family" { id = "f_parent", domain = "family", sensitive = true,
  text = "Are you, or another parent or carer, going through a hard time?",
  why = "When parents get help for themselves, children do better too.",
  options = YN }

question "family" { id = "f_par_low", domain = "family", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Does a parent or carer (this could be you) feel very low, worried or stressed a lot of the time, or have a mental illness?",
  why = "Doctors and local groups can help with how you feel.",
  options = YN }

question "family" { id = "f_par_baby_mood", domain = "family", sensitive = true, ask_if = { f_parent = "yes", f_age = EARLY },
  text = "Has the baby's mum or dad (this could be you) felt low or anxious since the pregnancy or the birth?",
  why = "Many parents feel like this. Midwives and health visitors can help.",
  options = YN }

question "family" { id = "f_par_drink", domain = "family", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Is alcohol or drug use making things hard in your family?",
  why = "There is help for the person using alcohol or drugs, and for the family.",
  options = YN }

-- Who makes home unsafe decides what it is: someone in the family or household is domestic abuse
-- (rf.family_unsafe_home); other residents of a hostel, neighbours or the street are a housing and community
-- need (housing.unsafe_place): a published mother in a shared hostel guarding the toilet door was sent to 3.
-- Abuse the family has left, with no contact since, is the practitioner's "in the past" (p_par_da): early
-- help to recover (two published children in refuges with their mothers were sent to 3 as if it went on).
question "family" { id = "f_par_unsafe", domain = "safety", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Do you or the child ever feel unsafe at home?",
  why = "Everyone should feel safe at home. Staff can talk with you privately.",
  options = { { "no", "No" }, { "yes", "Yes, because of someone in the family or at home" },
              { "past", "Not now: we left the person who hurt us, and they do not contact us" },
              { "place", "Yes, because of neighbours, other residents or the area" },
              { "unsure", "I'm not sure" } } }

question "family" { id = "f_par_illness", domain = "family", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Does a parent or carer have an illness or disability that makes family life hard?",
  why = "There is help for parents who are ill or disabled, and for their children.",
  options = YN }

question "family" { id = "f_par_young", domain = "family", sensitive = true, ask_if = { f_parent = "yes", f_age = { "prebirth", "0-5", "5-11" } },
  text = "Is the child's mum or dad under 20?",
  why = "Young parents can get extra support of their own.",
  options = YN }

question "family" { id = "f_par_learning", domain = "family", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Does a parent or carer (this could be you) find reading, forms or learning new things hard, and would like support?",
  why = "Support can make things like letters and appointments easier.",
  options = YN }

question "family" { id = "f_par_coping", domain = "basic_care", sensitive = true, ask_if = { f_parent = "yes" },
  text = "Do any of these things make it hard to look after the child day to day?",
  why = "Saying this is a strong thing to do. It helps us find the right support.",
  options = { { "no", "No" }, { "some", "Sometimes, but the child has what they need" },
              { "yes", "Yes, the child often goes without what they need" }, { "unsure", "I'm not sure" } } }

---------------------------------------------------------------------------
-- Money, home and support (indicators/family_environment.lua).

question "family" { id = "f_money", domain = "income",
  text = "Are you worried about money, your home, or having people around to help?",
  why = "Money and housing worries are common. Advice and support are there.",
  options = YN }

question "family" { id = "f_money_tight", domain = "income", ask_if = { f_money = "yes" },
  text = "Is money tight, or are you in debt?",
  why = "Free advice can help with money, debt and benefits.",
  options = YN }

question "family" { id = "f_money_basics", domain = "income", ask_if = { f_money_tight = "yes" },
  text = "Is there sometimes not enough money for food, heating or clothes for the child?",
  why = "No child should go without these. Help can come quickly.",
  options = YN }

question "family" { id = "f_house", domain = "housing", ask_if = { f_money = "yes" },
  text = "Is your home too crowded, in poor condition, or temporary housing from the council?",
  why = "The council and advice services can help with housing.",
  options = YN }

-- A family with no home together is the council's housing duty; a young person with nowhere to stay away
-- from their family is children's services' today (rf.homeless_16_17): a published girl in a refuge with her
-- mother was sent to the front door as if she were alone.
question "family" { id = "f_house_none", domain = "housing", ask_if = { f_house = "yes" },
  text = "Do you have no home at all right now: staying on friends' sofas, in a shelter, or evicted with nowhere to go?",
  why = "Moving a lot is hard for children. The council must help families with nowhere to live.",
  options = { { "no", "No" }, { "yes", "Yes, we have no home" },
              { "alone", "Yes: a young person under 18 has nowhere to stay, away from their family" },
              { "unsure", "I'm not sure" } } }

question "family" { id = "f_alone", domain = "wider_family", ask_if = { f_money = "yes" },
  text = "Do you have few or no family or friends who can help you?",
  why = "Local groups can help you meet people and find support.",
  options = YN }

question "family" { id = "f_new_area", domain = "community", ask_if = { f_money = "yes" },
  text = "Are you new to the area, or is it hard to use local services, for example because of language?",
  why = "Children's centres and local groups can help you settle in.",
  options = YN }

---------------------------------------------------------------------------
-- Away from home (indicators/contexts.lua, health.lua for alcohol and drugs). Someone making a
-- young person do things is a red flag (rf.exploitation).

question "family" { id = "f_outside", domain = "emotional", ask_if = { f_age = SCHOOL_AGE },
  text = "Are you worried about what happens when the child is away from home?",
  why = "Young people can meet risks outside the home. Help is there for them and for you.",
  options = YN }

question "family" { id = "f_out_missing", domain = "emotional", ask_if = { f_outside = "yes" },
  text = "Has the child gone missing, or stayed out all night without you knowing where?",
  why = "Going missing can put a child at risk. Help can keep them safer.",
  options = YN }

question "family" { id = "f_out_older", domain = "emotional", ask_if = { f_outside = "yes" },
  text = "Does the child have older friends, money or presents you cannot explain?",
  why = "This can be a sign that someone is trying to use the child.",
  options = YN }

question "family" { id = "f_out_made", domain = "safety", ask_if = { f_outside = "yes" },
  text = "Is someone making the child carry or hide things, or do things they do not want to do?",
  why = "If someone is using a child like this, staff can help you get them safe today.",
  options = YN }

-- In stages, as the practitioner's question (the Turnaround programme): once, dealt with by a warning or
-- with no further action, is early help; again and again, or charged or in court, is level 3.
question "family" { id = "f_out_police", domain = "emotional", ask_if = { f_outside = "yes" },
  text = "Has the child been in trouble with the police?",
  why = "Youth workers can help young people stay out of trouble.",
  options = { { "no", "No" }, { "early", "Yes, once or twice: a warning, or no further action" },
              { "yes", "Yes, and it keeps happening, or they were charged or went to court" }, { "unsure", "I'm not sure" } } }

question "family" { id = "f_out_weapon", domain = "emotional", ask_if = { f_outside = "yes" },
  text = "Does the child carry a knife or other weapon, or have they been badly hurt in a fight or an attack?",
  why = "This is serious, and there is help to keep young people safe.",
  options = YN }

question "family" { id = "f_out_substance", domain = "health", ask_if = { f_outside = "yes", f_age = TEEN },
  text = "Is the young person using alcohol or drugs?",
  why = "Young people's services can talk with them about alcohol and drugs.",
  options = YN }

question "family" { id = "f_out_substance_lots", domain = "health", ask_if = { f_out_substance = "yes" },
  text = "Is it happening a lot, or causing them harm?",
  why = "Regular use needs more help, and that help is there.",
  options = YN }

---------------------------------------------------------------------------
-- Other children (Think Family).

question "family" { id = "f_siblings", context = "siblings",
  text = "Are there other children living in the same home?",
  why = "Help for one child often helps the others too. Services will ask about them.",
  options = { { "no", "No" }, { "yes", "Yes" }, { "same", "Yes, and I have the same worries about them" }, { "unsure", "I'm not sure" } } }

---------------------------------------------------------------------------
-- What help would you like? (indicators/strengths.lua: recorded, never changing the result.)

question "family" { id = "f_want_help",
  text = "Would you like someone to help your family?",
  why = "Help like this is your choice. Saying 'not now' is fine, and you can ask later.",
  options = { { "no", "Not right now" }, { "yes", "Yes, please" }, { "unsure", "I'm not sure" } } }
