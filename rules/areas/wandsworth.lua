-- areas/wandsworth.lua: Wandsworth (THRIVE Wandsworth). Source:
-- shared/seeds/003_653a89293ef1376b.txt (THRIVE Wandsworth early help strategy and delivery
-- plan, actions dated Oct 2017 to Mar 2019), cited below as "seed 003 Lnnn".
-- The seed names level 1 and level 2 support (L909-911, L1790, L1834-1835) and a threshold for
-- social care intervention above them (L1031-1033, L1158, L1732); it never names levels 3 and 4.
-- SECTION 6 (L385-464) DESCRIBES OTHER BOROUGHS (Camden, Kensington and Chelsea, Greenwich,
-- Ealing, Westminster): nothing below comes from it. Children's centres appear only there, so
-- none is listed for Wandsworth.
-- The seed gives no phone number, email or web address for any service: contacts are empty and
-- the kiosk says "ask a member of staff". No overall age range is stated.

area { id = "wandsworth", name = "Wandsworth",
  source = "seed 003",
  front_door = "wa.front_door",
  boroughs = { "wandsworth" },  -- the child's front door when the child lives here (rules/london)
  local_levels = {
    { name = "Level 1", continuum = 1, label = "Level 1: universal services",
      responds = "Universal services: health visitors, GPs, early learning and schools; self-help through the Early Help Hub and Family Information Service.",
      source = "seed 003 L67-71, L595-601, L909-911, L1743-1746, L1834-1835" },
    { name = "Level 2", continuum = 2, label = "Level 2: early help, below the social care threshold",
      responds = "The Early Help Pathway Team at the Front Door: practitioners use an Early Help Assessment to build a Signs of Safety and Wellbeing plan and form a Team Around the Family.",
      source = "seed 003 L1727-1765, L1786-1794" },
    { name = "Above the social care threshold: child in need", continuum = 3,
      label = "Above the threshold for social care: child in need",
      responds = "Children's social care, through the Children's Services Front Door (Initial Point of Contact).",
      source = "seed 003 L738-740, L1031-1039, L1730-1732 (the seed names no level 3)" },
    { name = "Above the social care threshold: child protection", continuum = 4,
      label = "Above the threshold for social care: child protection",
      responds = "Children's social care, through the Children's Services Front Door (Initial Point of Contact), now.",
      source = "seed 003 L738-740, L1031-1039, L1730-1732 (the seed names no level 4)" },
  },
}

---------------------------------------------------------------------------
-- The directory.

service { id = "wa.front_door", area = "wandsworth",
  name = "Children's Services Front Door (Initial Point of Contact)",
  offers = "Where a worry about a child is raised with Wandsworth Children's Services; the Early Help Pathway Team works there too.",
  access = "unknown",
  how = "Contact the Front Door with the worry about the child.",
  front_door = "wandsworth",  -- reached through the front door (sources/wandsworth.lua)
  source = "seed 003 L1037, L1046-1047, L1730, L1738-1739, L1775, L1844-1845" }

service { id = "wa.pathway", area = "wandsworth",
  name = "Early Help Pathway Team",
  offers = "For any child with a concern below the social care threshold: information, advice and support; checks the family uses universal services and is registered with a GP and dentist; finds and coordinates targeted early help.",
  access = "professional",
  how = "Raise the concern at the Front Door; the Early Help Pathway Team picks it up.",
  front_door = "wandsworth",  -- reached through the front door (sources/wandsworth.lua)
  source = "seed 003 L981-992, L1030-1039, L1727-1765" }

service { id = "wa.eha", area = "wandsworth",
  name = "Early Help Assessment (EHA) and Team Around the Family",
  offers = "Practitioners and the family use an Early Help Assessment to understand needs, build a Signs of Safety and Wellbeing plan and work as a Team Around the Family.",
  access = "professional",
  how = "The practitioner who knows the family completes the EHA with them; the Early Help Pathway Team engages the services.",
  front_door = "wandsworth",  -- reached through the front door (sources/wandsworth.lua)
  source = "seed 003 L1747-1754" }

service { id = "wa.hub", area = "wandsworth",
  name = "Early Help Hub",
  offers = "Information and support for families and practitioners to find the right services, with self-help advice, practice support and the 'keeping in touch' offer.",
  access = "self",
  how = "Families and practitioners can ask the Early Help Hub; ask a member of staff how to reach it.",
  not_found = "No page found gives a phone number, email or address for an 'Early Help Hub'. Searched (pass 1) 'Wandsworth early help hub', 'THRIVE Wandsworth early help hub contact', 'thrive.wandsworth.gov.uk Early Help Hub contact us' and (pass 2) 'THRIVE Wandsworth early help hub families practitioners conta...",
  source = "seed 003 L1220-1225, L1741-1746, L1757-1759" }

service { id = "wa.fis", area = "wandsworth",
  name = "Family Information Service (THRIVE Wandsworth Online)",
  offers = "Information, advice and online tools so families can find help and help themselves.",
  access = "self",
  how = "Families can use it themselves.",
  phone = "020 8871 7899",
  hours = "Mon-Fri 09:00-17:00",
  url = "http://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/site.page?id=P20iZECNwos",
  evidence = { "svc.wa.fis.1", "svc.wa.fis.2" }, checked = "2026-12-06",
  source = "seed 003 L1069-1075, L1746" }

service { id = "wa.families_first", area = "wandsworth",
  name = "Families First (THRIVE Together Wandsworth)",
  offers = "Level 2 support for children, young people and families, with the Early Help Practitioners.",
  access = "professional",
  how = "Through the Early Help Pathway Team.",
  front_door = "wandsworth",  -- reached through the front door (sources/wandsworth.lua)
  source = "seed 003 L1786-1794, L1863-1864" }

service { id = "wa.link_professional", area = "wandsworth",
  name = "Named early help link professional for your school",
  offers = "Every primary and secondary school has a named early help link professional; early help practitioner groups offer case discussion and support.",
  access = "professional",
  how = "School staff contact their named link professional.",
  not_found = "A role inside each school's early help arrangements, used by school staff. No public page found names the link professionals, gives a central contact, or tells families how to reach one. Searched the Wandsworth early help and THRIVE pages in both passes.",
  source = "seed 003 L1220-1225, L1818-1823" }

service { id = "wa.universal", area = "wandsworth",
  name = "Universal services: GPs, dentists, early learning and schools",
  offers = "Services open to every child: GP and dental services, early learning and schools, the foundation of early help in Wandsworth.",
  access = "self",
  how = "Register the child with a GP and a dentist, and talk to the nursery or school.",
  not_found = "This covers many separate providers (each GP practice, dentist, nursery and school), so no single contact exists. No Wandsworth page found tells families how to register with a GP or dentist; the only 'find a GP' pages found belong to other areas or individual practices, so none is used.",
  source = "seed 003 L67-71, L1743-1746" }

service { id = "wa.health_visiting", area = "wandsworth",
  name = "Health visiting",
  offers = "A universal health visiting service for babies and young children, with early help for families, including mothers with post-natal depression.",
  access = "self",
  how = "Talk to your health visitor, or ask your GP.",
  not_found = "Pass 1 searched 'St George's Wandsworth health visiting team contact number', 'stgeorges.nhs.uk health visiting Wandsworth contact us', 'Wandsworth health visitors duty line', 'Wandsworth 0-19 health visiting school nursing St George's contact'; pass 2 added 'Wandsworth health visiting service St...",
  source = "seed 003 L595-601, L841-849" }

service { id = "wa.public_health_nurse", area = "wandsworth",
  name = "0-19 public health nursing (school nursing)",
  offers = "Community health support for children and young people aged 0 to 19, including school nursing.",
  eligibility = { min_age = 0, max_age = 19 }, access = "self",
  how = "Ask the child's school to put you in touch with the school nurse.",
  url = "https://www.stgeorges.nhs.uk/service/community-services/school-nursing/",
  evidence = { "svc.wa.public_health_nurse.1" }, checked = "2026-12-06",
  source = "seed 003 L870-877" }

service { id = "wa.parenting", area = "wandsworth",
  name = "Parenting support",
  offers = "Parenting support for parents who meet early help thresholds.",
  access = "unknown",
  how = "Ask the Early Help Pathway Team or a member of staff.",
  not_found = "No current page found gives a contact for Wandsworth parenting support. Pass 2 searched 'Wandsworth parenting programmes courses book family support' and 'Wandsworth parenting support courses Triple P Incredible Years'.",
  source = "seed 003 L652-666" }

service { id = "wa.wand_card", area = "wandsworth",
  name = "Wand Card for young carers",
  offers = "The Wand Card, extended to young carers.",
  access = "unknown",
  how = "Ask a member of staff or the Early Help Hub.",
  phone = "(020) 8871 7899",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=7JLxXBDBII4",
  evidence = { "svc.wa.wand_card.1", "svc.wa.wand_card.2", "svc.wa.fis.1" }, checked = "2026-12-06",
  source = "seed 003 L700-704" }

service { id = "wa.young_carer_breaks", area = "wandsworth",
  name = "Respite and short breaks for young carers",
  offers = "Breaks that let young carers focus on their own needs as a child or young person.",
  access = "unknown",
  how = "Ask a member of staff or the Early Help Hub.",
  front_door = "wandsworth",  -- reached through the front door (sources/wandsworth.lua)
  source = "seed 003 L722-728" }

service { id = "wa.early_learning", area = "wandsworth",
  name = "Early learning entitlement (2, 3 and 4 year olds)",
  offers = "Free early learning for 2, 3 and 4 year olds who are, or in the last 12 months were, a child in need, on a child protection plan or looked after.",
  eligibility = { min_age = 2, max_age = 4 }, access = "unknown",
  how = "Ask the child's social worker or early help worker.",
  phone = "020 8871 7899 (option 2)",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=EDI7XkjARVU&familychannel=1-1&familychannel=1-1",
  email = "eecp@wandsworth.gov.uk",
  evidence = { "svc.wa.early_learning.1", "svc.wa.early_learning.2" }, checked = "2026-12-06",
  source = "seed 003 L738-745" }

service { id = "wa.youth_services", area = "wandsworth",
  name = "Youth services",
  offers = "Positive activities for young people, including in school to support mental health and wellbeing, and Saturday provision.",
  access = "unknown",
  how = "Ask a member of staff or the school.",
  front_door = "wandsworth",  -- the front door takes requests for it (svc.wa.pathway.1)
  source = "seed 003 L933-938, L1434-1443" }

service { id = "wa.connexions", area = "wandsworth",
  name = "Connexions Personal Advisors",
  offers = "Personal advisors in schools, helping young people stay in education, build skills and choose their next steps.",
  access = "unknown",
  how = "Ask the school or a member of staff.",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/service.page?id=GsFO5fSUE9U&youthchannel=0",
  evidence = { "svc.wa.connexions.1" }, checked = "2026-12-06",
  source = "seed 003 L933-938" }

service { id = "wa.youth_prevention", area = "wandsworth",
  name = "Youth workers' prevention programme in schools",
  offers = "Prevention work by youth workers in primary (from age 5) and secondary schools, for pupils at higher risk of offending or harmful risk-taking.",
  eligibility = { min_age = 5 }, access = "unknown",
  how = "Ask the child's school.",
  not_found = "No page found describes this programme or gives it a contact. The Wandsworth youth service searches in both passes found nothing usable (see wa.youth_services).",
  source = "seed 003 L1294-1304" }

service { id = "wa.in_touch", area = "wandsworth",
  name = "THRIVE In Touch",
  offers = "Regular contact with families known to early help, at key transitions and events, to check whether they need more help.",
  access = "unknown",
  how = "Offered by the Early Help Hub to families it has worked with.",
  not_found = "No public page found mentions 'THRIVE In Touch' or a 'keeping in touch' offer with a contact. An EIF case study (4 Sep 2018) says THRIVE Wandsworth would 'draw on online information and resources to keep in touch with family members at key points and transitions', but gives no contact.",
  source = "seed 003 L1090-1099, L1142-1147, L1757-1759" }

service { id = "wa.camhs", area = "wandsworth",
  name = "CAMHS (Child and Adolescent Mental Health Services)",
  offers = "Specialist mental health services for children and young people.",
  access = "unknown",
  how = "Ask the child's GP, or a professional, about a referral.",
  out_of_hours = "0800 028 8000",
  url = "https://swlstg.nhs.uk/wandsworth",
  evidence = { "svc.wa.camhs.1", "svc.wa.camhs.2" }, checked = "2026-12-06",
  source = "seed 003 L201-203" }

---------------------------------------------------------------------------
-- Routes, most specific first: the first matching route's id is stored.

local U = "wandsworth"
local YOUNG = { "prebirth", "0-5" }
local OLDER = { "5-11", "11-19", "19-25" }
local SCHOOL = { "5-11", "11-19" }

-- Whatever the level: the local authority must be told about a privately fostered child, and an
-- unaccompanied child is the local authority's to look after (shared/notes/continuum.md, "Act now").
route { id = "wa.private_fostering", area = U, needs = { "private_fostering", "unaccompanied" },
  services = { "wa.front_door" },
  how = "A child under 16 (18 if disabled) cared for 28 days or more by someone who is not a close relative is privately fostered, and a child in the UK without a parent or carer needs the local authority: tell children's services." }

-- Level 1: universal services by age, and self-help (L67-71, L1743-1746).
route { id = "wa.l1.0-5", area = U, levels = { "Level 1" }, ages = YOUNG,
  services = { "wa.health_visiting", "wa.universal", "wa.fis" } }
route { id = "wa.l1.5-19", area = U, levels = { "Level 1" }, ages = SCHOOL,
  services = { "wa.universal", "wa.public_health_nurse", "wa.fis" } }
route { id = "wa.l1.19-25", area = U, levels = { "Level 1" }, ages = { "19-25" },
  services = { "wa.universal", "wa.fis" } }

-- Level 2 by need (the services the Pathway Team brokers, L1755-1762).
route { id = "wa.l2.stepdown.0-5", area = U, levels = { "Level 2" }, ages = { "0-5" }, needs = { "stepdown" },
  services = { "wa.early_learning", "wa.in_touch" } }
route { id = "wa.l2.stepdown", area = U, levels = { "Level 2" }, needs = { "stepdown" },
  services = { "wa.in_touch" } }
route { id = "wa.l2.health.0-5", area = U, levels = { "Level 2" }, ages = YOUNG,
  needs = { "health", "perinatal", "early_years" },
  services = { "wa.health_visiting" } }
route { id = "wa.l2.health.5-19", area = U, levels = { "Level 2" }, ages = SCHOOL, needs = { "health" },
  services = { "wa.public_health_nurse" } }
route { id = "wa.l2.young_carer", area = U, levels = { "Level 2" }, ages = OLDER, needs = { "young_carer" },
  services = { "wa.wand_card", "wa.young_carer_breaks" } }
route { id = "wa.l2.emotional", area = U, levels = { "Level 2" }, ages = { "11-19" },
  needs = { "emotional", "mental_health" },
  services = { "wa.youth_services", "wa.public_health_nurse" } }
route { id = "wa.l2.offending", area = U, levels = { "Level 2" }, ages = SCHOOL,
  needs = { "youth_violence", "exploitation", "boundaries" },
  services = { "wa.youth_prevention" } }
route { id = "wa.l2.education", area = U, levels = { "Level 2" }, ages = { "11-19", "19-25" },
  needs = { "education", "attendance" },
  services = { "wa.connexions" } }
route { id = "wa.l2.parenting", area = U, levels = { "Level 2" },
  needs = { "parenting", "boundaries", "warmth", "basic_care" },
  services = { "wa.parenting" } }

-- Level 2, every need: the Early Help Pathway (Appendix 1, L1727-1765).
route { id = "wa.l2", area = U, levels = { "Level 2" },
  services = { "wa.pathway", "wa.eha", "wa.hub", "wa.fis", "wa.families_first" } }
route { id = "wa.l2.school", area = U, levels = { "Level 2" }, ages = SCHOOL, mode = "practitioner",
  services = { "wa.link_professional" } }

-- Above the threshold: the Front Door.
route { id = "wa.l3", area = U, levels = { 3 }, services = { "wa.front_door" } }
route { id = "wa.l4", area = U, levels = { 4 }, services = { "wa.front_door", "nat.999", "nat.nspcc" } }
route { id = "wa.l4.child", area = U, levels = { 4 }, ages = SCHOOL, services = { "nat.childline" } }
route { id = "wa.l34.0-5", area = U, levels = { 3, 4 }, ages = { "0-5" }, services = { "wa.early_learning" } }
-- CAMHS is the child and adolescent service: not for the 19-25 band (seed 003 L201-203: young people move on from CAMHS to adult mental health services).
route { id = "wa.l34.mental_health", area = U, levels = { 3, 4 }, ages = SCHOOL, needs = { "mental_health" },
  services = { "wa.camhs" } }
