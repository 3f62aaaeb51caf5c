-- areas/city-of-london.lua: the City of London (City of London Corporation; safeguarding
-- scrutiny shared with Hackney). Source: shared/seeds/002_ad7a1e81f3700b97.txt (City of London
-- Early Help Strategy 2019-2021), cited below as "seed 002 Lnnn".
-- The seed NAMES NO LEVELS: early help is "a continuum" from universal to targeted help (L65),
-- with statutory social care above it (L106, L181, L222-224). The level names below are plain
-- words chosen for the kiosk, not the City's.
-- The Multi Agency Referral Form (MARF) is the way into EARLY HELP, not into social care (L206-208).
-- The seed does not name a social care front door. The front door below comes from the City's own
-- public pages (named beside it), not from the seed.
-- The only web addresses in any seed are the City's two sites (L86, L88). No seed gives a phone
-- number or email.
-- Ages: early help from pre-birth to 18, and to 25 with special educational needs or
-- disabilities (L19, L259); the SEND Local Offer is for 0-25 (L88).

area { id = "city-of-london", name = "City of London",
  source = "seed 002",
  front_door = "col.csc",
  boroughs = { "city-of-london" },  -- the child's front door when the child lives here (rules/london)
  local_levels = {
    { name = "Universal services", continuum = 1, label = "Universal services: open to every family",
      responds = "Universal services for everyone: health, schools, early years and community services, with information on the City's family information website.",
      source = "seed 002 L65, L86, L298" },
    { name = "Early help", continuum = 2, label = "Early help: targeted support with a named lead professional",
      responds = "The City of London's Early Help service. An agency refers the family with a Multi Agency Referral Form (MARF); every family referred has a named lead professional.",
      source = "seed 002 L65, L171, L206-208, L232" },
    { name = "Children's social care: child in need", continuum = 3,
      label = "Children's social care: complex needs, child in need",
      responds = "Children's social care (the City of London Children and Families Team). Discuss the referral with the family first.",
      source = "seed 002 L106, L124, L181, L222-224 (the seed names no level); front door: see col.csc" },
    { name = "Children's social care: child protection", continuum = 4,
      label = "Children's social care: a child at risk of significant harm",
      responds = "Children's social care (the City of London Children and Families Team) now; the police on 999 if a child is in immediate danger.",
      source = "seed 002 L106, L181, L290 (the seed names no level); front door: see col.csc" },
  },
}

---------------------------------------------------------------------------
-- The directory.

-- The front door. Not in the seed. Three public pages agree on the number (read 2026-11-23):
-- cityoflondon.gov.uk/services/children-and-families/referrals (page dated 23 March 2021:
-- Children and Families Team 020 7332 3621; out of hours, the Hackney Emergency Duty Team
-- 020 8356 2710); chscp.org.uk/worried-about-a-child-in-the-city/ (same two numbers);
-- fis.cityoflondon.gov.uk/children-and-families/safeguarding (Children's Duty 020 7332 3621,
-- 9am to 5pm Monday to Friday). The referrals page invites the general public to call, so access
-- is "self". Check them before each deployment.
service { id = "col.csc", area = "city-of-london",
  name = "Children's social care: City of London Children and Families Team",
  offers = "The City of London Corporation's children's social care duty team: receives concerns about a child's safety and referrals for children who may need social care.",
  access = "self",
  how = "Phone the duty team: professionals and members of the public can both call. Outside office hours, phone the Emergency Duty Team.",
  front_door = "city-of-london",  -- reached through the front door (sources/city-of-london.lua)
  source = "cityoflondon.gov.uk/services/children-and-families/referrals (dated 23 Mar 2021); chscp.org.uk/worried-about-a-child-in-the-city/; fis.cityoflondon.gov.uk/children-and-families/safeguarding (read 2026-11-23). Seed 002 names no front door (L106, L181, L222-224)" }

service { id = "col.fyi", area = "city-of-london",
  name = "City of London family information website",
  offers = "Information about Early Help services, and activities and events for families and young people in the City.",
  access = "self",
  how = "Visit the website yourself.",
  url = "https://www.fis.cityoflondon.gov.uk/families-in-the-city",
  evidence = { "svc.col.fyi.1" }, checked = "2026-12-06",
  source = "seed 002 L86" }

service { id = "col.local_offer", area = "city-of-london",
  name = "SEND Local Offer",
  offers = "Information, advice and support for children and young people with special educational needs and disabilities aged 0 to 25 living in the City.",
  eligibility = { min_age = 0, max_age = 25 }, access = "self",
  how = "Visit the Local Offer pages yourself.",
  url = "https://fis.cityoflondon.gov.uk/send-local-offer/about-our-local-offer",
  email = "eeyservice@cityoflondon.gov.uk",
  evidence = { "svc.col.local_offer.1", "svc.col.local_offer.2" }, checked = "2026-12-06",
  source = "seed 002 L88, L116-119" }

service { id = "col.universal", area = "city-of-london",
  name = "Universal services: health, schools and community",
  offers = "Health services, schools and education, housing, and voluntary and community organisations, open to everyone; they can refer to Early Help.",
  access = "self",
  how = "Talk to the child's school, nursery, GP or health visitor.",
  url = "https://www.fis.cityoflondon.gov.uk/send-local-offer/health",
  via = "gp",
  evidence = { "svc.col.universal.1", "svc.col.universal.2" }, checked = "2026-12-06",
  source = "seed 002 L65, L161, L298" }

service { id = "col.marf", area = "city-of-london",
  name = "Multi Agency Referral Form (MARF) to Early Help",
  offers = "The form an agency uses to refer a family to the City's Early Help service.",
  access = "professional",
  how = "A professional who knows the family completes the MARF with the family's consent and sends it to Early Help. Families: ask your school, GP or health visitor to refer you.",
  front_door = "city-of-london",  -- reached through the front door (sources/city-of-london.lua)
  source = "seed 002 L206-208, L284, L287" }

service { id = "col.early_help", area = "city-of-london",
  name = "City of London Early Help service",
  offers = "Advice and advocacy, signposting, one-to-one practical and emotional support for children, young people or parents, play therapies and direct work, parenting support, and short breaks.",
  eligibility = { max_age = 18 }, access = "professional",
  how = "Through a Multi Agency Referral Form (MARF) from an agency that knows the family.",
  front_door = "city-of-london",  -- reached through the front door (sources/city-of-london.lua)
  source = "seed 002 L19, L34-41, L171, L206-208, L259" }

service { id = "col.lead_professional", area = "city-of-london",
  name = "Named lead professional (Early Help)",
  offers = "Every family referred to Early Help has a named lead professional who gives support, information, guidance and advice, with a whole-family plan.",
  access = "professional",
  how = "Given by the Early Help service once the family is referred.",
  front_door = "city-of-london",  -- reached through the front door (sources/city-of-london.lua)
  source = "seed 002 L183, L232, L270" }

service { id = "col.short_breaks", area = "city-of-london",
  name = "Short breaks",
  offers = "Short breaks for children with additional needs and for young carers.",
  access = "unknown",
  how = "Ask the Early Help service or a member of staff.",
  url = "https://www.fis.cityoflondon.gov.uk/send-local-offer/short-breaks",
  evidence = { "svc.col.short_breaks.1", "svc.col.short_breaks.2" }, checked = "2026-12-06",
  source = "seed 002 L30, L41" }

service { id = "col.rpc", area = "city-of-london",
  name = "Reducing Parental Conflict",
  offers = "Help for parents in conflict, led in the City by Early Help (a Department for Work and Pensions programme).",
  access = "unknown",
  how = "Ask the Early Help service or a member of staff.",
  not_found = "Searched (pass 1) 'City of London reducing parental conflict parents relationship support', 'City of London parental conflict programme Early Help DWP' and (pass 2) 'City of London reducing parental conflict support parents arguing separation', 'City of London Early Help parents relationship conf...",
  source = "seed 002 L114, L216" }

service { id = "col.cp_advice", area = "city-of-london",
  name = "Child protection social work advice for early help practitioners",
  offers = "Practitioners giving early help to a child on the boundary of statutory social care can get advice from child protection social workers.",
  access = "professional",
  how = "Ask the Early Help service for child protection social work advice.",
  front_door = "city-of-london",  -- reached through the front door (sources/city-of-london.lua)
  source = "seed 002 L181" }

---------------------------------------------------------------------------
-- Routes, most specific first: the first matching route's id is stored.

local U = "city-of-london"
local CHILD = { "prebirth", "0-5", "5-11", "11-19" }

-- Whatever the level: the local authority must be told about a privately fostered child, and an
-- unaccompanied child is the local authority's to look after (shared/notes/continuum.md, "Act now").
route { id = "col.private_fostering", area = U, needs = { "private_fostering", "unaccompanied" },
  services = { "col.csc" },
  how = "A child under 16 (18 if disabled) cared for 28 days or more by someone who is not a close relative is privately fostered, and a child in the UK without a parent or carer needs the local authority: tell children's services." }

-- Universal services.
route { id = "col.universal", area = U, levels = { "Universal services" },
  services = { "col.fyi", "col.universal" } }

-- Early help for young adults only with SEND (L19, L259).
route { id = "col.early_help.19-25.send", area = U, levels = { "Early help" }, ages = { "19-25" },
  needs = { "send" },
  services = { "col.marf", "col.early_help", "col.local_offer", "col.lead_professional" } }
route { id = "col.early_help.19-25", area = U, levels = { "Early help" }, ages = { "19-25" },
  services = { "col.fyi", "col.universal" },
  how = "The City's Early Help service is for children up to 18, or up to 25 with special educational needs or disabilities. Ask a member of staff about help for young adults." }

-- Early help by need, then for every child.
route { id = "col.early_help.send", area = U, levels = { "Early help" }, ages = CHILD, needs = { "send" },
  services = { "col.marf", "col.early_help", "col.local_offer", "col.short_breaks" } }
route { id = "col.early_help.young_carer", area = U, levels = { "Early help" }, ages = CHILD,
  needs = { "young_carer" },
  services = { "col.marf", "col.early_help", "col.short_breaks" } }
-- Reducing Parental Conflict is for parents in conflict (L114, L216): not for every parenting need
-- (a parent's learning disability, gaps in basic care), which the Early Help service's own parenting
-- support meets (L34-41), nor for a child's friendships ("relationships" tags peer difficulties).
route { id = "col.early_help.conflict", area = U, levels = { "Early help" }, ages = CHILD,
  needs = { "family" },
  services = { "col.marf", "col.early_help", "col.rpc" } }
route { id = "col.early_help", area = U, levels = { "Early help" }, ages = CHILD,
  services = { "col.marf", "col.early_help", "col.lead_professional", "col.fyi" } }

-- Children's social care (levels 3 and 4).
route { id = "col.csc.3", area = U, levels = { 3 }, services = { "col.csc" } }
route { id = "col.csc.4", area = U, levels = { 4 }, services = { "col.csc", "nat.999", "nat.nspcc" } }
route { id = "col.csc.4.child", area = U, levels = { 4 }, ages = { "5-11", "11-19" },
  services = { "nat.childline" } }
route { id = "col.csc.3.practitioner", area = U, levels = { 3 }, mode = "practitioner",
  services = { "col.cp_advice" } }
