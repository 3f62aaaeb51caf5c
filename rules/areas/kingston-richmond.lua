-- areas/kingston-richmond.lua: Kingston and Richmond (KRSCP; Achieving for Children).
-- Source: shared/seeds/000_db0484faeb017ebc.txt (KRSCP Early Help Partnership Strategy 2020-2024),
-- cited below as "seed 000 Lnnn". The seed gives no phone number, email or web address for any
-- service (its link targets were stripped): contacts are left empty and the kiosk says "ask a
-- member of staff". One area for two boroughs: one provider (AfC, L481-487) and one front door
-- (SPA, L796-797).
-- Ages: early help runs from pre-birth to 19 (L153); the seed also names the care leaver and
-- young adult (L9-11), so the 19-25 band is routed with the 11 to 19 network and youth services.

-- 2a or 2b? Level 2b is for children who need a short-term intervention from the Early Help
-- teams, multi-agency support, a lead professional and a team around the child, including
-- children just stepped down from level 3 (seed 000 L807-818). Level 2a is low-level need met by
-- a coordinated response through the resilience networks (L799-805). So 2b when the needs span
-- two or more domains (more than one agency is needed) or the child has stepped down from social
-- care; otherwise 2a.
-- (A step-down is read from the flag or from the "stepdown" need tag, whichever the indicators set.)
local function needs_team_around_child(d)
  return (d.domain_count or 0) >= 2 or d.flags.stepdown == true or d.needs.stepdown == true
end

area { id = "kingston-richmond", name = "Kingston and Richmond",
  source = "seed 000",
  front_door = "kr.spa",
  boroughs = { "kingston", "richmond" },  -- the child's front door when the child lives here (rules/london)
  local_levels = {
    { name = "1", continuum = 1, label = "Level 1: no identified needs, universal services",
      responds = "Universal services (early years, schools, health); Early Help resilience networks.",
      source = "seed 000 L787-797" },
    { name = "2a", continuum = 2, label = "Level 2a: low risk to vulnerable",
      responds = "A coordinated response through the Early Help resilience networks, using the Early Help Partnership Tool.",
      when = function(d) return not needs_team_around_child(d) end,
      source = "seed 000 L799-805, L934-948" },
    { name = "2b", continuum = 2, label = "Level 2b: low risk to vulnerable, Early Help assessment",
      responds = "Short-term intervention from the Early Help teams: Early Help assessment, lead professional and team around the child.",
      source = "seed 000 L807-818, L950, L957-969" },
    { name = "3", continuum = 3, label = "Level 3: complex needs, child in need",
      responds = "Referral to children's social care through the Single Point of Access.",
      source = "seed 000 L820-828, L952-953, L796-797" },
    { name = "4", continuum = 4, label = "Level 4: acute or chronic need, child protection",
      responds = "Referral to children's social care through the Single Point of Access now.",
      source = "seed 000 L830-837, L952-953, L796-797" },
  },
}

---------------------------------------------------------------------------
-- The directory. access = "self" only where the seed says the service is open to all
-- (universal services are "accessible to all children", L789-790).

service { id = "kr.spa", area = "kingston-richmond",
  name = "Single Point of Access (SPA)",
  offers = "The front door to children's services in Kingston and Richmond; receives referrals to children's social care.",
  eligibility = { min_age = 0, max_age = 18 }, access = "professional",
  how = "A professional refers the child to children's social care through the SPA.",
  front_door = "kingston",  -- reached through the front door (sources/kingston-richmond.lua)
  source = "seed 000 L796-797, L325, L952-953" }

service { id = "kr.ehpt", area = "kingston-richmond",
  name = "Early Help Partnership Tool",
  offers = "Helps a practitioner explore emerging needs and, with consent, bring them to the resilience network. It can be used anonymously before the family consents.",
  access = "professional",
  how = "The practitioner completes the tool and brings the case to the resilience network for the child's age.",
  not_found = "Pass 1: Early Help Partnership Tool, Kingston and Richmond early help, resilience networks, AfC's Learning portal. Pass 2: AfC early help / early help assessment / lead professional pages. No public page names the tool or a team that takes requests for it.",
  source = "seed 000 L934-948" }

service { id = "kr.rn_0_5", area = "kingston-richmond",
  name = "0 to 5 resilience network",
  offers = "A monthly multi-agency meeting at children's centres, aligned to the first 1001 days.",
  eligibility = { min_age = 0, max_age = 5 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold/",
  evidence = { "svc.kr.rn_0_5.1" }, checked = "2026-12-06",
  source = "seed 000 L869, L875-880, L899-904, L942-948" }

service { id = "kr.rn_5_11", area = "kingston-richmond",
  name = "5 to 11 resilience network",
  offers = "A monthly multi-agency meeting in primary schools.",
  eligibility = { min_age = 5, max_age = 11 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold/",
  evidence = { "svc.kr.rn_0_5.1" }, checked = "2026-12-06",
  source = "seed 000 L871, L891-898, L906-912, L942-948" }

service { id = "kr.rn_11_19", area = "kingston-richmond",
  name = "11 to 19 resilience network",
  offers = "A monthly multi-agency meeting in youth centres.",
  eligibility = { min_age = 11, max_age = 19 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold/",
  evidence = { "svc.kr.rn_0_5.1" }, checked = "2026-12-06",
  source = "seed 000 L873, L882-890, L914-918, L942-948" }

service { id = "kr.eht", area = "kingston-richmond",
  name = "Early Help teams",
  offers = "Early Help assessment and short-term intervention, with a lead professional and a team around the child. They also help to identify and support special educational needs and disabilities.",
  access = "professional",
  how = "Early Help assessment, coordinated by the person who knows the family best, supported by the Early Help teams.",
  front_door = "kingston",  -- the front door takes requests for it (svc.kr.eht.1)
  source = "seed 000 L357-358, L774-775, L807-818, L950, L957-969" }

service { id = "kr.childrens_centres", area = "kingston-richmond",
  name = "Children's centres",
  offers = "Universal services for families with young children, open to all.",
  eligibility = { min_age = 0, max_age = 5 }, access = "self",
  how = "Open to all families: you can go along yourself.",
  url = "https://www.kingston.gov.uk/news/article/171/kingston_hill_childrens_centre_consultation",
  address = "Kingston Town Children's Centre, Villiers Road Kingston KT1 3AR",
  evidence = { "svc.kr.childrens_centres.1", "svc.kr.childrens_centres.2" }, checked = "2026-12-06",
  source = "seed 000 L104, L491, L790, L899-904" }

service { id = "kr.universal", area = "kingston-richmond",
  name = "Universal services: early years, schools and health",
  offers = "Early years providers, schools and health services are open to all children and give early help for low-level needs.",
  access = "self",
  how = "Talk to the child's nursery, school, GP or health visitor.",
  not_found = "A general category (the child's own nursery, school, GP or health visitor), not one service with one contact.",
  source = "seed 000 L787-797" }

service { id = "kr.health_visitors", area = "kingston-richmond",
  name = "Health visitors",
  offers = "Health support for babies, young children and their families; they work with Homestart to support young families.",
  access = "self",
  how = "Talk to your health visitor, or ask your GP or children's centre to put you in touch.",
  url = "https://yourhealthcare.org/services/health-visiting/",
  evidence = { "svc.kr.health_visitors.1", "svc.kr.health_visitors.2" }, checked = "2026-12-06",
  source = "seed 000 L180, L789-790" }

service { id = "kr.homestart", area = "kingston-richmond",
  name = "Homestart",
  offers = "Support for young families, working alongside health visitors.",
  access = "unknown",
  how = "Ask your health visitor or a member of staff.",
  not_found = "Pass 1: Home-Start Kingston, Home-Start Richmond, 'Home-Start Richmond, Kingston and Hounslow' (a 2024 page names it as a partner of Hounslow Family Hubs). Pass 2: 'Home-Start RKH', 'Home-Start Kingston upon Thames contact refer a family', docs corpus.",
  source = "seed 000 L180" }

service { id = "kr.school_nurse", area = "kingston-richmond",
  name = "School nurse",
  offers = "Health support for school-age children, for example with sleep or bereavement.",
  eligibility = { min_age = 5, max_age = 19 }, access = "self",
  how = "Ask the child's school to put you in touch with the school nurse.",
  not_found = "Pass 1: Your Healthcare (Kingston) and Hounslow and Richmond Community Healthcare. Pass 2: hrch.nhs.uk school nursing, CLCH Richmond school nursing, Kingston school nursing / Your Healthcare.",
  source = "seed 000 L177-179, L789-790" }

service { id = "kr.senco", area = "kingston-richmond",
  name = "School SENCo",
  offers = "The school's special educational needs coordinator: support for children with special educational needs and disabilities.",
  eligibility = { min_age = 4, max_age = 19 }, access = "self",
  how = "Ask the child's school for the SENCo.",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/education",
  via = "school",
  evidence = { "svc.kr.senco.1", "svc.kr.senco.2" }, checked = "2026-12-06",
  source = "seed 000 L179, L345-351" }

service { id = "kr.pcna", area = "kingston-richmond",
  name = "Parent carer needs assessment",
  offers = "Parents and carers of disabled children have a right to an assessment of what they need to carry on caring (Children and Families Act 2014).",
  access = "unknown",
  how = "Ask a member of staff, the child's school SENCo or the Early Help teams how to ask for one.",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/information-for-carers/parent-carer-needs-assessments",
  evidence = { "svc.kr.pcna.1", "svc.kr.pcna.2" }, checked = "2026-12-06",
  source = "seed 000 L360-363" }

service { id = "kr.debt_advice", area = "kingston-richmond",
  name = "Family debt advice",
  offers = "Advice for families with debt; the resilience networks link families with it.",
  access = "unknown",
  how = "Ask a member of staff or the school to link you with family debt advice.",
  phone = "02031660953",
  url = "https://www.citizensadvicekingston.org.uk/what-does-the-new-government-guidance-mean-for-you-and-for-us/",
  evidence = { "svc.kr.debt_advice.1" }, checked = "2026-12-06",
  source = "seed 000 L177-181" }

service { id = "kr.parenting", area = "kingston-richmond",
  name = "Parenting courses (Achieving for Children)",
  offers = "Parenting interventions and courses delivered by Achieving for Children.",
  access = "unknown",
  how = "Ask a member of staff, the children's centre or the school.",
  front_door = "kingston",  -- the front door takes requests for it (svc.kr.eht.1)
  source = "seed 000 L288-289, L491-492" }

service { id = "kr.early_education", area = "kingston-richmond",
  name = "Free early education places",
  offers = "Free early education for eligible 2 year olds, and the 3 and 4 year old entitlement.",
  eligibility = { min_age = 2, max_age = 4 }, access = "unknown",
  how = "Ask your children's centre or health visitor about a place.",
  phone = "020 8547 5215",
  url = "https://kr.afcinfo.org.uk/pages/community-information/information-and-advice/where-to-apply-for-childcare/two-year-olds-free-childcare-and-early-education",
  evidence = { "svc.kr.early_education.1", "svc.kr.early_education.2" }, checked = "2026-12-06",
  source = "seed 000 L272-276" }

service { id = "kr.youth_service", area = "kingston-richmond",
  name = "Youth services (Achieving for Children)",
  offers = "Youth centres and clubs, targeted and diversionary activities, and youth work at 'teachable, reachable moments' such as the point of arrest.",
  eligibility = { min_age = 11, max_age = 19 }, access = "self",
  how = "Young people can go to a youth centre or club; a practitioner can ask the youth service for targeted work.",
  front_door = "kingston",  -- the front door takes requests for it (svc.kr.eht.1)
  source = "seed 000 L180, L491-492, L641-645, L914-918" }

service { id = "kr.camhs", area = "kingston-richmond",
  name = "Child and Adolescent Mental Health Services (CAMHS)",
  offers = "Specialist mental health services for children and young people.",
  access = "unknown",
  how = "Ask the child's GP, or a professional, about a referral to CAMHS.",
  phone = "020 3513 4499",
  hours = "Mon-Fri 09:00-17:00",
  url = "https://swlstg.nhs.uk/service-detail/service/kingston-and-richmond-child-and-adolescent-mental-health-service-camhs-single-point-of-access-166",
  email = "camhsspaadmin@swlstg.nhs.uk",
  evidence = { "svc.kr.camhs.1", "svc.kr.camhs.2" }, checked = "2026-12-06",
  source = "seed 000 L324-328" }

service { id = "kr.community_paediatrics", area = "kingston-richmond",
  name = "Community Paediatric Service",
  offers = "Community paediatricians for children with health or developmental needs.",
  access = "unknown",
  how = "Ask the child's GP or health visitor about a referral.",
  not_found = "Pass 1: Kingston Hospital, Your Healthcare, HRCH. Pass 2: 'Kingston Richmond community paediatrics child development centre referral GP'. Found only Kingston Hospital's paediatric dietitians referral page and community paediatrics pages for other areas (Kent, Lambeth/Southwark, Ealing, Medway).",
  source = "seed 000 L489-491" }

service { id = "kr.marve", area = "kingston-richmond",
  name = "MARVE panel (Multi-Agency Risk and Vulnerability to Exploitation)",
  offers = "Multi-agency management of children who go missing or are at risk of sexual or criminal exploitation.",
  access = "professional",
  how = "A professional raises the child with the MARVE panel, alongside the referral to the SPA.",
  not_found = "The KRSCP 'Vulnerable Children & Adolescents' Strategy (incl MARVE)' (October 2019) was found again in pass 2, but its referral contact is cut off ('To make a referral contact: Children's Safeguarding...') and its email is redacted in the stored copy.",
  source = "seed 000 L530-532" }

service { id = "kr.crying_sons", area = "kingston-richmond",
  name = "Crying Sons mentoring",
  offers = "Mentoring for children at risk of criminal exploitation or serious youth violence.",
  access = "unknown",
  how = "Ask a member of staff or the youth service.",
  not_found = "Pass 1 and pass 2 searched Crying Sons mentoring / charity contact / referral. Only the December 2022 'Outreach Newsletter' page on cryingsons.org was found; it describes the charity (work with youths and adults who display offending behaviour, families, serious youth violence, county lines) but ...",
  source = "seed 000 L533-535" }

service { id = "kr.project_x", area = "kingston-richmond",
  name = "Project X",
  offers = "A project funded by the Violence Reduction Unit for children at risk of criminal exploitation or serious youth violence.",
  access = "unknown",
  how = "Ask a member of staff or the youth service.",
  not_found = "Pass 1: Project X (Violence Reduction Unit funded) in Kingston and Richmond. Pass 2: '\"Project X\" Kingston young people violence reduction' returned only unrelated projects (Kingston, Jamaica; Kingston, Ontario). No page about this project was found.",
  source = "seed 000 L533-536" }

service { id = "kr.youth_justice", area = "kingston-richmond",
  name = "Youth Justice Service",
  offers = "Kingston and Richmond's youth justice (youth offending) service: work with young people to prevent offending and reoffending.",
  access = "unknown",
  how = "Ask a member of staff; a professional can contact the Youth Justice Service.",
  url = "https://www.richmond.gov.uk/services/children_and_family_care/youth/youth_offending/about_the_youth_offending_service",
  evidence = { "svc.kr.youth_justice.1", "svc.kr.youth_justice.2" }, checked = "2026-12-06",
  source = "seed 000 L355-357, L514-516, L639-645" }

---------------------------------------------------------------------------
-- Routes, most specific first: the first matching route's id is stored. Families see
-- services they can go to themselves first (the engine sorts).
-- Children are best supported by those who already know them (L103-104), so at level 2a the
-- service that fits the need and the age comes before the tool and the network.

local U = "kingston-richmond"
local YOUNG = { "prebirth", "0-5" }
local TEEN = { "11-19", "19-25" }

-- Whatever the level: the local authority must be told about a privately fostered child, and an
-- unaccompanied child is the local authority's to look after (shared/notes/continuum.md, "Act now").
route { id = "kr.private_fostering", area = U, needs = { "private_fostering", "unaccompanied" },
  services = { "kr.spa" },
  how = "A child under 16 (18 if disabled) cared for 28 days or more by someone who is not a close relative is privately fostered, and a child in the UK without a parent or carer needs the local authority: tell children's services." }

-- Level 1: universal services (L787-797), by age.
route { id = "kr.l1.0-5", area = U, levels = { "1" }, ages = YOUNG,
  services = { "kr.childrens_centres", "kr.health_visitors", "kr.universal" } }
route { id = "kr.l1.5-11", area = U, levels = { "1" }, ages = { "5-11" },
  services = { "kr.universal", "kr.school_nurse" } }
route { id = "kr.l1.11-25", area = U, levels = { "1" }, ages = TEEN,
  services = { "kr.universal", "kr.youth_service" } }
-- The Early Help Partnership Tool is for Universal, Level 1 and 2a (L934-940).
route { id = "kr.l1.practitioner", area = U, levels = { "1" }, mode = "practitioner",
  services = { "kr.ehpt" } }

-- Level 2b: the Early Help teams lead (L807-818, L950); the age's own services follow.
route { id = "kr.l2b.0-5", area = U, levels = { "2b" }, ages = YOUNG,
  services = { "kr.eht", "kr.health_visitors", "kr.homestart", "kr.childrens_centres" } }
route { id = "kr.l2b.5-11", area = U, levels = { "2b" }, ages = { "5-11" },
  services = { "kr.eht", "kr.school_nurse" } }
route { id = "kr.l2b.11-25", area = U, levels = { "2b" }, ages = TEEN,
  services = { "kr.eht", "kr.youth_service" } }

-- Level 2, by need (2a and 2b).
route { id = "kr.l2.health.0-5", area = U, levels = { 2 }, ages = YOUNG,
  needs = { "health", "early_years", "perinatal" },
  services = { "kr.health_visitors", "kr.homestart", "kr.childrens_centres" } }
route { id = "kr.l2.health.5-19", area = U, levels = { 2 }, ages = { "5-11", "11-19" },
  needs = { "health", "emotional" },
  services = { "kr.school_nurse" } }
route { id = "kr.l2.health.19-25", area = U, levels = { 2 }, ages = { "19-25" },
  needs = { "health", "emotional" },
  services = { "kr.universal" } }
route { id = "kr.l2.exploitation", area = U, levels = { 2 }, ages = TEEN,
  needs = { "exploitation", "youth_violence", "missing" },
  services = { "kr.youth_service", "kr.crying_sons", "kr.project_x" } }
route { id = "kr.l2.missing", area = U, levels = { 2 }, mode = "practitioner",
  needs = { "exploitation", "missing" },
  services = { "kr.marve" } }
-- The school SENCo is for pupils (L179, L345-351): not for young adults of 19 to 25.
route { id = "kr.l2.send", area = U, levels = { 2 }, ages = { "5-11", "11-19" },
  needs = { "send" },
  services = { "kr.senco", "kr.pcna" } }
route { id = "kr.l2.send.0-5", area = U, levels = { 2 }, ages = YOUNG,
  needs = { "send" },
  services = { "kr.health_visitors", "kr.pcna" } }
route { id = "kr.l2.early_education", area = U, levels = { 2 }, ages = { "0-5" },
  needs = { "early_years", "stimulation", "income" },
  services = { "kr.early_education" } }
route { id = "kr.l2.debt", area = U, levels = { 2 }, needs = { "debt", "income" },
  services = { "kr.debt_advice" } }
-- A parent's own difficulty (low mood, drink or drugs, learning): universal services give early help
-- "due to unforeseen familial distress", and the GP is the parent's own way in (L787-797).
route { id = "kr.l2.parent", area = U, levels = { 2 }, needs = { "parent_vulnerability" },
  services = { "kr.universal" } }
route { id = "kr.l2.parenting", area = U, levels = { 2 },
  needs = { "parenting", "boundaries", "warmth" },
  services = { "kr.parenting" } }

-- Level 2a: the Early Help Partnership Tool and the resilience network for the child's age
-- (L934-948, L862-918).
route { id = "kr.l2a.0-5", area = U, levels = { "2a" }, ages = YOUNG,
  services = { "kr.ehpt", "kr.rn_0_5", "kr.childrens_centres", "kr.health_visitors" } }
route { id = "kr.l2a.5-11", area = U, levels = { "2a" }, ages = { "5-11" },
  services = { "kr.ehpt", "kr.rn_5_11", "kr.school_nurse" } }
route { id = "kr.l2a.11-25", area = U, levels = { "2a" }, ages = TEEN,
  services = { "kr.ehpt", "kr.rn_11_19", "kr.youth_service" } }

-- Levels 3 and 4: a referral to children's social care through the SPA (L952-953, L796-797).
route { id = "kr.l3", area = U, levels = { 3 }, services = { "kr.spa" } }
route { id = "kr.l4", area = U, levels = { 4 }, services = { "kr.spa", "nat.999", "nat.nspcc" } }
route { id = "kr.l4.child", area = U, levels = { 4 }, ages = { "5-11", "11-19" },
  services = { "nat.childline" } }
-- Specialist help alongside the referral. Nothing a family can go to by themselves is added at
-- levels 3 and 4, so the SPA stays first for families too.
route { id = "kr.l34.exploitation", area = U, levels = { 3, 4 },
  needs = { "exploitation", "missing" },
  services = { "kr.marve" } }
route { id = "kr.l34.youth_violence", area = U, levels = { 3, 4 }, ages = TEEN,
  needs = { "youth_violence", "exploitation" },
  services = { "kr.youth_justice" } }
-- CAMHS is the child and adolescent service: not for the 19-25 band (seed 000 L324-328).
route { id = "kr.l34.mental_health", area = U, levels = { 3, 4 }, ages = { "5-11", "11-19" },
  needs = { "mental_health" },
  services = { "kr.camhs" } }
route { id = "kr.l34.health", area = U, levels = { 3, 4 }, ages = { "prebirth", "0-5", "5-11", "11-19" },
  needs = { "health" },
  services = { "kr.community_paediatrics" } }
route { id = "kr.l34.send", area = U, levels = { 3, 4 }, needs = { "send" },
  services = { "kr.pcna" } }
