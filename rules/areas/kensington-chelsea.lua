-- areas/kensington-chelsea.lua: Kensington and Chelsea (RBKC Family Services; bi-borough with
-- Westminster). Source: shared/seeds/001_0937e96e8dbb1edc.txt (Kensington and Chelsea Early Help
-- Partnership, Early Help Strategy 2020-2023, a draft), cited below as "seed 001 Lnnn".
-- The seed gives no phone number, email or web address for any service (its URLs are citation
-- footnotes only): contacts are left empty and the kiosk says "ask a member of staff".
-- Ages: 0-19, and up to 25 with special educational needs or disabilities (L108, L381).
-- The seed's stages have no numbers: Universal, Targeted, Statutory (L138-153). Statutory covers
-- both London levels 3 and 4: the name stays the same, the label says which.

area { id = "kensington-chelsea", name = "Kensington and Chelsea",
  source = "seed 001",
  front_door = "kc.front_door",
  boroughs = { "kensington-chelsea" },  -- the child's front door when the child lives here (rules/london)
  local_levels = {
    { name = "Universal", continuum = 1, label = "Universal: needs met by services open to everyone",
      responds = "Universal services: children's centres, Stay and Play groups, voluntary sector activities, health and schools. Families can get extra help themselves or be signposted.",
      source = "seed 001 L140-142" },
    { name = "Targeted", continuum = 2, label = "Targeted: additional support coordinated by one agency",
      responds = "A practitioner from a targeted service assesses and agrees a family plan with the family, led by a lead practitioner from a partner agency or the Council's targeted Early Help service.",
      source = "seed 001 L144-149, L124, L382" },
    { name = "Statutory", continuum = 3, label = "Statutory: child in need",
      responds = "Social workers, through the single front door. The local Early Help service leads statutory action on poor school attendance, and early help practitioners may stay involved and support step-down.",
      source = "seed 001 L151-153, L383" },
    { name = "Statutory", continuum = 4, label = "Statutory: child protection",
      responds = "Social workers, through the single front door, now.",
      source = "seed 001 L151-153, L383" },
  },
}

---------------------------------------------------------------------------
-- The directory. access = "self" only where the seed says families can go themselves (L142:
-- universal services; families "can access additional support themselves").

-- The seed names the single front door once, as a source of advice and support for agencies and
-- practitioners (L383), and says statutory support comes mostly from social workers (L153); it
-- does not describe the referral step itself. Statutory routes send concerns here.
service { id = "kc.front_door", area = "kensington-chelsea",
  name = "Single front door (Family Services)",
  offers = "The Council's single front door: advice and support for agencies and practitioners, and where a concern about a child is raised with Family Services (social workers).",
  access = "professional",
  how = "A professional contacts the single front door; discuss it with the family first unless that would put the child at risk.",
  front_door = "kensington-chelsea",  -- reached through the front door (sources/kensington-chelsea.lua)
  source = "seed 001 L383, L138, L151-153" }

service { id = "kc.family_hub_north", area = "kensington-chelsea",
  name = "Family Hub (north of the borough)",
  offers = "Children's centre and Council early help family support brought together, coordinating wider services for families in the north of the borough.",
  eligibility = { min_age = 0, max_age = 19 }, access = "unknown",
  how = "Ask a member of staff, your children's centre or the school to put you in touch with the hub.",
  not_found = "Pass 1: searched 'Kensington and Chelsea family hub address', 'RBKC Family Hub', 'Early Help Family Hub', children's centre names and postcodes.",
  source = "seed 001 L62, L108, L134, L413, L419" }

service { id = "kc.family_hub_south", area = "kensington-chelsea",
  name = "Family Hub (south of the borough)",
  offers = "Children's centre and Council early help family support brought together, coordinating wider services for families in the south of the borough.",
  eligibility = { min_age = 0, max_age = 19 }, access = "unknown",
  how = "Ask a member of staff, your children's centre or the school to put you in touch with the hub.",
  not_found = "Same searches as the north hub (both passes). No stored page names the south Family Hub or gives its address or phone; the RBKC professionals page that mentions the 'Early Help Family Hub' is cut off before its contact details.",
  source = "seed 001 L62, L108, L134, L413, L419" }

service { id = "kc.family_plan", area = "kensington-chelsea",
  name = "Assessment and family plan with a lead practitioner",
  offers = "A practitioner from a targeted service assesses the family's needs and agrees a family plan with them; a lead practitioner the family trusts coordinates the help.",
  access = "professional",
  how = "The practitioner who knows the family best assesses and writes the family plan, or asks the Council's targeted Early Help service to lead.",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/family.page?familychannel=5",
  evidence = { "svc.kc.family_plan.1", "svc.kc.family_plan.2" }, checked = "2026-12-06",
  source = "seed 001 L124, L146-149, L382, L413" }

service { id = "kc.early_help", area = "kensington-chelsea",
  name = "Targeted Early Help service (the Council)",
  offers = "Council early help: lead practitioners for family plans, support for families affected by Grenfell, statutory action on poor school attendance, and support when a case steps down from social care.",
  access = "professional",
  how = "A practitioner asks the Early Help service to lead, or contacts it through the single front door.",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/family.page?familychannel=5",
  evidence = { "svc.kc.family_plan.1", "svc.kc.family_plan.2", "svc.kc.early_help.3" }, checked = "2026-12-06",
  source = "seed 001 L149, L153, L173, L263" }

service { id = "kc.tafh", area = "kensington-chelsea",
  name = "Team Around the Family Hub",
  offers = "Local multi-agency forums of the Family Hubs, where agencies coordinate support and find gaps.",
  access = "professional",
  how = "Practitioners take part through their Family Hub.",
  not_found = "No stored page names the team that runs or takes requests for Kensington and Chelsea's Team Around the Family Hub meetings (pass 1: 'Team Around the Family Hub Kensington', early help, family hub pages; pass 2: RBKC Family Information Service early help and family hub pages).",
  source = "seed 001 L62, L106, L419" }

service { id = "kc.childrens_centres", area = "kensington-chelsea",
  name = "Children's centres",
  offers = "Universal services for families with very young children.",
  access = "self",
  how = "Open to all families: you can go along yourself.",
  not_found = "Pass 1: RBKC/Family Information Service pages, centre names and postcodes (W10, W11, SW10). Pass 2: 'Kensington and Chelsea children's centres list', Golborne, Cheyne, Avondale Park, St Quintin, Family Information Service.",
  source = "seed 001 L136, L142, L362" }

service { id = "kc.stay_and_play", area = "kensington-chelsea",
  name = "Stay and Play groups",
  offers = "Play groups and activities for families, alongside activities run by voluntary sector partners.",
  access = "self",
  how = "Open to all families: ask your children's centre where groups meet.",
  not_found = "No council page listing Stay and Play sessions was found (pass 1 and pass 2: 'Kensington Chelsea stay and play sessions under fives', children's centre timetables).",
  source = "seed 001 L142" }

service { id = "kc.universal", area = "kensington-chelsea",
  name = "Health services and schools",
  offers = "GP practices, health services and schools are open to every child and can signpost to extra help.",
  access = "self",
  how = "Talk to the child's school, nursery or GP.",
  not_found = "A general signpost to each family's own GP, school or nursery; there is no single contact. Pass 2 looked for the NHS 'find a GP' page and a Kensington and Chelsea page telling families to talk to their school or GP, but neither is in the stored pages (searches returned unrelated GP practice pages).",
  source = "seed 001 L86-88, L142" }

service { id = "kc.parentchild_plus", area = "kensington-chelsea",
  name = "Parentchild+",
  offers = "A programme for young children where there were concerns at the 2 to 2 and a half year check, to help them reach a good level of development.",
  eligibility = { min_age = 2, max_age = 5 }, access = "unknown",
  how = "Ask your health visitor or children's centre.",
  not_found = "Pass 1: 'Parentchild+ Kensington and Chelsea'. Pass 2: 'Parentchild+ home visiting programme London contact'. The only relevant page is Family Lives' national description of ParentChild+ (the charity that brought it to the UK), with no contact and no mention of Kensington and Chelsea.",
  source = "seed 001 L335" }

service { id = "kc.two_year_childcare", area = "kensington-chelsea",
  name = "Free childcare for 2 year olds",
  offers = "Places in good or outstanding childcare for 2 year olds from families on low incomes.",
  eligibility = { min_age = 2, max_age = 2 }, access = "unknown",
  how = "Ask your children's centre.",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=PMgNa6jg0EM",
  evidence = { "svc.kc.two_year_childcare.1", "svc.kc.two_year_childcare.2", "svc.kc.two_year_childcare.3" }, checked = "2026-12-06",
  source = "seed 001 L362, L416" }

service { id = "kc.parenting", area = "kensington-chelsea",
  name = "Parenting programmes (Triple P; Strengthening Families, Strengthening Communities)",
  offers = "Evidence-based parenting programmes run by partners, including 7 voluntary sector providers, some for particular communities.",
  access = "unknown",
  how = "Ask a member of staff, your children's centre or Family Hub.",
  not_found = "Pass 1: 'Kensington and Chelsea Triple P', parenting programme booking. Pass 2: 'Kensington and Chelsea parenting courses Triple P free for parents book Family Information Service'.",
  source = "seed 001 L358, L386" }

service { id = "kc.nvr", area = "kensington-chelsea",
  name = "Non-Violent Resistance programme",
  offers = "For parents of children aged 10 and over with challenging, destructive or violent behaviour.",
  eligibility = { min_age = 10 }, access = "unknown",
  how = "Ask a member of staff or your Family Hub.",
  not_found = "No public page for a Kensington and Chelsea Non-Violent Resistance programme or its contact was found (pass 1, and pass 2 searches for parenting programmes and Family Information Service pages).",
  source = "seed 001 L358" }

service { id = "kc.parental_conflict", area = "kensington-chelsea",
  name = "Reducing parental conflict programmes (Tavistock Relationships)",
  offers = "Family Check-Up, Within My Reach, Family Transitions Triple P and Enhanced Triple P, for separated or together couples, one to one or in groups.",
  access = "unknown",
  how = "Ask a member of staff or your Family Hub.",
  not_found = "Pass 1 found a 2020 article (psychreg.org) confirming Tavistock Relationships delivered the DWP Reducing Parental Conflict programme in Kensington & Chelsea.",
  source = "seed 001 L320-325" }

service { id = "kc.for_babys_sake", area = "kensington-chelsea",
  name = "For Baby's Sake",
  offers = "For expectant parents, together or not, who want to end domestic abuse and give their baby the best start.",
  access = "unknown",
  how = "Ask your midwife or a member of staff.",
  url = "https://forbabyssake.org.uk/how-we-work/",
  evidence = { "svc.kc.for_babys_sake.1", "svc.kc.for_babys_sake.2" }, checked = "2026-12-06",
  source = "seed 001 L327" }

service { id = "kc.mhsst", area = "kensington-chelsea",
  name = "Mental Health Schools Support Teams (Hammersmith and Fulham Mind)",
  offers = "Emotional wellbeing and mental health support in 20 schools, for low to moderate needs that do not meet the CAMHS threshold; with online counselling from Kooth.",
  access = "unknown",
  how = "Ask the child's school whether it has a Mental Health Support Team.",
  not_found = "Pass 1 and pass 2 searched Mental Health Support Team / Hammersmith and Fulham Mind / RBKC Family Information Service 'getting help' pages with Kensington and Chelsea.",
  source = "seed 001 L331-333" }

service { id = "kc.camhs", area = "kensington-chelsea",
  name = "CAMHS (Child and Adolescent Mental Health Services)",
  offers = "Specialist mental health services for children and young people.",
  access = "unknown",
  how = "Ask the child's GP, or a professional, about a referral.",
  url = "https://www.rbkc.gov.uk/children-and-education/children-and-family-services/camhs",
  via = "gp",
  evidence = { "svc.kc.camhs.1", "svc.kc.camhs.2", "svc.kc.camhs.3" }, checked = "2026-12-06",
  source = "seed 001 L331-333" }

service { id = "kc.housing", area = "kensington-chelsea",
  name = "Housing (Kensington and Chelsea Council)",
  offers = "Council housing services, including 'serious risk of harm' moves for families who must move for their safety.",
  access = "unknown",
  how = "Contact the Council's housing service, or ask a member of staff to help you.",
  url = "https://www.rbkc.gov.uk/housing/homelessness/homelessness",
  evidence = { "svc.kc.housing.1", "svc.kc.housing.2", "svc.kc.housing.3" }, checked = "2026-12-06",
  source = "seed 001 L72, L306, L314, L413" }

service { id = "kc.risk_of_exclusion", area = "kensington-chelsea",
  name = "Risk of exclusion project",
  offers = "Whole-family work with early help practitioners and a family therapist, for pupils at risk of exclusion in secondary schools and alternative provision.",
  eligibility = { min_age = 11, max_age = 19 }, access = "unknown",
  how = "Ask the school.",
  not_found = "No public page for this school-based project or a contact was found (pass 1; pass 2 searches of RBKC early help and Family Information Service pages). No page was found that tells families to ask the school about it.",
  source = "seed 001 L360" }

service { id = "kc.youth_hubs", area = "kensington-chelsea",
  name = "Youth Hubs",
  offers = "Youth provision; the police Youth Engagement Team and Safer Schools officers work with the Family and Youth Hubs.",
  access = "unknown",
  how = "Ask a member of staff or the school.",
  url = "https://webtest.rbkc.gov.uk/node/6522",
  address = "Chelsea Youth Club, Blantyre Street, London, SW10 0EQ",
  evidence = { "svc.kc.youth_hubs.1", "svc.kc.youth_hubs.2", "svc.kc.youth_hubs.3" }, checked = "2026-12-06",
  source = "seed 001 L310, L420" }

service { id = "kc.targeted_prevention", area = "kensington-chelsea",
  name = "Targeted Prevention Team",
  offers = "Support for young people not in education, employment or training, and for teenage parents.",
  access = "unknown",
  how = "Ask a member of staff.",
  not_found = "Pass 1: NEET / teenage parents support Kensington and Chelsea. Pass 2: RBKC youth services and early help pages. No page for this team or a contact was found.",
  source = "seed 001 L298" }

service { id = "kc.detached_outreach", area = "kensington-chelsea",
  name = "Detached and Outreach team",
  offers = "Youth workers who meet young people where they are, to prevent serious youth violence.",
  access = "unknown",
  how = "Ask a member of staff.",
  not_found = "No public page for the Council's detached/outreach youth work team or a contact was found (pass 1; pass 2 searches of RBKC youth hubs, youth services and serious youth violence pages; the 2019 Council serious-crime response names youth violence work but gives no team contact).",
  source = "seed 001 L298" }

service { id = "kc.gangs_exploitation", area = "kensington-chelsea",
  name = "Integrated Gangs and Exploitation Unit (Violence Vulnerability Hub)",
  offers = "Whole-family work with young people at risk from gangs and exploitation, across Kensington and Chelsea, Westminster and Hammersmith and Fulham.",
  access = "unknown",
  how = "Ask a member of staff; a professional can contact the unit alongside the single front door.",
  url = "https://www.westminster.gov.uk/leisure-libraries-and-community/crime-and-community-safety/gangs-and-serious-youth-violence/integrated-gangs-and-exploitation-unit-igxu",
  evidence = { "svc.kc.gangs_exploitation.1", "svc.kc.gangs_exploitation.2", "svc.kc.gangs_exploitation.3" }, checked = "2026-12-06",
  source = "seed 001 L329" }

service { id = "kc.families_forward", area = "kensington-chelsea",
  name = "Families Forward (Edge of Care team)",
  offers = "Intensive work with adolescents and their families to keep them together, part of the Parents and Adolescents Resource Centre.",
  access = "unknown",
  how = "Through the family's social worker, or ask a member of staff.",
  not_found = "Pass 1 found only a 2014 University of East Anglia research page. Pass 2 searched 'Parents and Adolescents Resource Centre Kensington Chelsea Families Forward edge of care': nothing relevant (an RBKC page for the tri-borough 'Action for Change' service was found, which is a different service).",
  source = "seed 001 L298, L364" }

service { id = "kc.yos", area = "kensington-chelsea",
  name = "Youth Offending Service",
  offers = "Youth justice work with young people, part of the Parents and Adolescents Resource Centre.",
  access = "unknown",
  how = "Ask a member of staff.",
  not_found = "Pass 1 found only the HM Inspectorate of Probation inspection report (March 2021).",
  source = "seed 001 L298, L354" }

---------------------------------------------------------------------------
-- Routes, most specific first: the first matching route's id is stored.

local U = "kensington-chelsea"
local YOUNG = { "prebirth", "0-5" }
local SCHOOL = { "5-11", "11-19" }
local TEEN = { "11-19", "19-25" }

-- Whatever the level: the local authority must be told about a privately fostered child, and an
-- unaccompanied child is the local authority's to look after (shared/notes/continuum.md, "Act now").
route { id = "kc.private_fostering", area = U, needs = { "private_fostering", "unaccompanied" },
  services = { "kc.front_door" },
  how = "A child under 16 (18 if disabled) cared for 28 days or more by someone who is not a close relative is privately fostered, and a child in the UK without a parent or carer needs the local authority: tell children's services." }

-- Universal (L140-142).
route { id = "kc.universal.0-5", area = U, levels = { "Universal" }, ages = YOUNG,
  services = { "kc.childrens_centres", "kc.stay_and_play", "kc.universal" } }
route { id = "kc.universal.5-11", area = U, levels = { "Universal" }, ages = { "5-11" },
  services = { "kc.universal" } }
route { id = "kc.universal.11-25", area = U, levels = { "Universal" }, ages = TEEN,
  services = { "kc.universal", "kc.youth_hubs" } }

-- Young adults: early help and the Family Hubs are for 0-19, and up to 25 only with special
-- educational needs or disabilities (L108, L381).
route { id = "kc.targeted.19-25.send", area = U, levels = { "Targeted" }, ages = { "19-25" }, needs = { "send" },
  services = { "kc.family_plan", "kc.early_help" } }
route { id = "kc.targeted.19-25", area = U, levels = { "Targeted" }, ages = { "19-25" },
  services = { "kc.universal" },
  how = "Kensington and Chelsea's early help is for children and young people up to 19, or up to 25 with special educational needs or disabilities. Ask a member of staff about help for young adults." }

-- Targeted, by need and age (L144-149 and the services named at L298-362).
route { id = "kc.targeted.stepdown", area = U, levels = { "Targeted" }, needs = { "stepdown" },
  services = { "kc.early_help", "kc.family_plan" } }
route { id = "kc.targeted.health.prebirth", area = U, levels = { "Targeted" }, ages = { "prebirth" },
  needs = { "health" },
  services = { "kc.universal", "kc.childrens_centres" } }
route { id = "kc.targeted.health.0-5", area = U, levels = { "Targeted" }, ages = { "0-5" },
  needs = { "health", "early_years", "stimulation" },
  services = { "kc.childrens_centres", "kc.parentchild_plus", "kc.universal" } }
route { id = "kc.targeted.health.5-25", area = U, levels = { "Targeted" }, ages = { "5-11", "11-19", "19-25" },
  needs = { "health" },
  services = { "kc.universal" } }
route { id = "kc.targeted.emotional", area = U, levels = { "Targeted" }, ages = SCHOOL,
  needs = { "emotional", "mental_health" },
  services = { "kc.mhsst" } }
route { id = "kc.targeted.domestic_abuse.prebirth", area = U, levels = { "Targeted" },
  ages = { "prebirth" }, needs = { "domestic_abuse" },
  services = { "kc.for_babys_sake" } }
route { id = "kc.targeted.attendance", area = U, levels = { "Targeted" }, ages = SCHOOL,
  needs = { "attendance", "education" },
  services = { "kc.early_help" } }
route { id = "kc.targeted.exclusion", area = U, levels = { "Targeted" }, ages = { "11-19" },
  needs = { "education" },
  services = { "kc.risk_of_exclusion" } }
-- The Targeted Prevention Team is for young people not in education, employment or training and
-- teenage parents (L298): an education need, not a family's low income.
route { id = "kc.targeted.neet", area = U, levels = { "Targeted" }, ages = TEEN,
  needs = { "education" },
  services = { "kc.targeted_prevention" } }
route { id = "kc.targeted.youth_violence", area = U, levels = { "Targeted" }, ages = TEEN,
  needs = { "youth_violence", "exploitation" },
  services = { "kc.detached_outreach", "kc.youth_hubs" } }
-- Non-Violent Resistance is for parents of children with challenging, destructive or violent
-- behaviour (L358): behaviour only, not gaps in basic care, warmth or supervision.
route { id = "kc.targeted.parenting.older", area = U, levels = { "Targeted" }, ages = { "11-19" },
  needs = { "boundaries" },
  services = { "kc.nvr", "kc.parenting" } }
route { id = "kc.targeted.parenting", area = U, levels = { "Targeted" },
  needs = { "parenting", "boundaries", "warmth" },
  services = { "kc.parenting" } }
-- Reducing parental conflict is for couples (L320-325): family stress and separation, not a child's
-- friendships ("relationships" also tags peer difficulties).
route { id = "kc.targeted.conflict", area = U, levels = { "Targeted" },
  needs = { "family" },
  services = { "kc.parental_conflict" } }
route { id = "kc.targeted.housing", area = U, levels = { "Targeted" }, needs = { "housing" },
  services = { "kc.housing" } }

-- Targeted, whatever the need: the family plan and the hubs.
route { id = "kc.targeted.0-5", area = U, levels = { "Targeted" }, ages = YOUNG,
  services = { "kc.family_plan", "kc.early_help", "kc.family_hub_north", "kc.family_hub_south", "kc.childrens_centres" } }
-- Free childcare is for 2 year olds only (L362, L416), and the 0-5 band also holds babies and
-- four-year-olds: it follows the family plan rather than leading the route.
route { id = "kc.targeted.low_income.0-5", area = U, levels = { "Targeted" }, ages = { "0-5" },
  needs = { "income", "debt" },
  services = { "kc.two_year_childcare" } }
route { id = "kc.targeted", area = U, levels = { "Targeted" }, ages = SCHOOL,
  services = { "kc.family_plan", "kc.early_help", "kc.family_hub_north", "kc.family_hub_south" } }
route { id = "kc.targeted.practitioner", area = U, levels = { "Targeted" }, ages = { "prebirth", "0-5", "5-11", "11-19" },
  mode = "practitioner",
  services = { "kc.tafh" } }

-- Statutory: social workers through the single front door (L151-153, L383).
route { id = "kc.statutory.3", area = U, levels = { 3 }, services = { "kc.front_door" } }
route { id = "kc.statutory.4", area = U, levels = { 4 }, services = { "kc.front_door", "nat.999", "nat.nspcc" } }
route { id = "kc.statutory.4.child", area = U, levels = { 4 }, ages = SCHOOL, services = { "nat.childline" } }
-- Alongside the referral, never before it. The Early Help service leads statutory action on
-- attendance (L153).
route { id = "kc.statutory.attendance", area = U, levels = { "Statutory" }, ages = SCHOOL,
  needs = { "attendance" }, services = { "kc.early_help" } }
route { id = "kc.statutory.exploitation", area = U, levels = { "Statutory" }, ages = TEEN,
  needs = { "exploitation", "youth_violence", "missing" },
  services = { "kc.gangs_exploitation", "kc.families_forward", "kc.yos" } }
route { id = "kc.statutory.adolescent", area = U, levels = { "Statutory" }, ages = { "11-19" },
  needs = { "family", "boundaries", "relationships" },
  services = { "kc.families_forward" } }
-- CAMHS is the child and adolescent service: not for the 19-25 band (seed 001 L331-333 "children and young people").
route { id = "kc.statutory.mental_health", area = U, levels = { "Statutory" }, ages = SCHOOL,
  needs = { "mental_health" },
  services = { "kc.camhs" } }
route { id = "kc.statutory.domestic_abuse.prebirth", area = U, levels = { "Statutory" }, ages = { "prebirth" },
  needs = { "domestic_abuse" }, services = { "kc.for_babys_sake" } }
route { id = "kc.statutory.housing", area = U, levels = { "Statutory" }, needs = { "housing" },
  services = { "kc.housing" } }
