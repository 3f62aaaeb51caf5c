-- areas/sutton.lua: Sutton (Sutton LSCP, "Helping Early"). Source:
-- shared/seeds/004_2d47debfd4f2ba78.txt (Sutton's Helping Early Strategy 2020-2023), cited below
-- as "seed 004 Lnnn".
-- The seed NAMES NO LEVELS: it speaks of universal and targeted interventions (L55-57) and of
-- children's social care through the CFCS (L357). The level names below are plain words chosen
-- for the kiosk; "Helping Early" is Sutton's own name for early help (L57, L91-95).
-- Helping Early is for EVERY child or young person from pre-birth to 25 (L95), not only those
-- with special educational needs.
-- The lifespan diagram (L114-353) is garbled by extraction: names are split (e.g. "Paving" L191 +
-- "the Way" L303; "Off the Record Co" L227 + "counselling" L353) and age stages are out of order,
-- so the ages below are the nearest stage and only guide the routes; no eligibility is claimed
-- from them.
-- The seed gives no phone number, email or web address for any service: contacts are empty and
-- the kiosk says "ask a member of staff".

area { id = "sutton", name = "Sutton",
  source = "seed 004",
  front_door = "su.cfcs",
  boroughs = { "sutton" },  -- the child's front door when the child lives here (rules/london)
  local_levels = {
    { name = "Universal services", continuum = 1, label = "Universal services: open to everyone",
      responds = "Universal services open to everyone: GPs, midwives, health visitors, school nurses, early years, schools, play and youth provision.",
      source = "seed 004 L55-57" },
    { name = "Helping Early: targeted support", continuum = 2,
      label = "Helping Early: targeted support for additional needs",
      responds = "Targeted help through the Helping Early partnership (pre-birth to 25): a needs assessment (EHAT) and a key worker the family chooses from the professionals they already know.",
      source = "seed 004 L57, L95, L362, L712" },
    { name = "Children's social care: child in need", continuum = 3,
      label = "Children's social care: complex needs, child in need",
      responds = "Children's social care, through the Children's First Contact Service (CFCS).",
      source = "seed 004 L357, L704 (the seed names no level)" },
    { name = "Children's social care: child protection", continuum = 4,
      label = "Children's social care: a child at risk of significant harm",
      responds = "Children's social care, through the Children's First Contact Service (CFCS), now.",
      source = "seed 004 L357 (the seed names no level)" },
  },
}

---------------------------------------------------------------------------
-- The directory. access = "self" for the universal services the seed says are available to
-- everyone (L55, L57) and for the Family Information Service (L678); the seed does not say how
-- the others are reached.

service { id = "su.cfcs", area = "sutton",
  name = "Children's First Contact Service (CFCS)",
  offers = "The single way into Sutton's children's social care, for referral, assessment and safeguarding.",
  access = "unknown",
  how = "Contact the CFCS with the concern.",
  front_door = "sutton",  -- reached through the front door (sources/sutton.lua)
  source = "seed 004 L357" }

service { id = "su.ehat", area = "sutton",
  name = "Early help needs assessment (EHAT)",
  offers = "Sutton's needs assessment for a family to receive early help support; the family chooses a key worker from the professionals who already support them.",
  access = "professional",
  how = "The professional the family trusts completes the EHAT with the family.",
  front_door = "sutton",  -- reached through the front door (sources/sutton.lua)
  source = "seed 004 L362, L712" }

service { id = "su.targeted_eh", area = "sutton",
  name = "Targeted Early Help Team",
  offers = "Targeted early help for children and families, including Year 6 transition projects for children moving to secondary school.",
  access = "unknown",
  how = "Ask a professional who knows the family; the EHAT is the way in to early help support.",
  front_door = "sutton",  -- reached through the front door (sources/sutton.lua)
  source = "seed 004 L184, L526" }

service { id = "su.fis", area = "sutton",
  name = "Family Information Service",
  offers = "Face-to-face help for families to find local services, groups and events.",
  access = "self",
  how = "Families can ask the Family Information Service themselves.",
  phone = "020 8770 6000",
  url = "https://www.sutton.gov.uk/info/200588/health_and_wellbeing/2101/covid-19_children_and_families",
  evidence = { "svc.su.fis.1", "svc.su.fis.2" }, checked = "2026-12-06",
  source = "seed 004 L603-604, L676-678" }

service { id = "su.midwife", area = "sutton",
  name = "Midwife",
  offers = "Care in pregnancy; the Healthy Child Programme runs from 28 weeks of pregnancy to age 5.",
  access = "self",
  how = "Talk to your midwife, or ask your GP.",
  phone = "0300 123 5473",
  hours = "24/7",
  url = "https://www.epsom-sthelier.nhs.uk/maternity-services",
  evidence = { "svc.su.midwife.1" }, checked = "2026-12-06",
  source = "seed 004 L57, L122-123" }

service { id = "su.gp", area = "sutton",
  name = "GP",
  offers = "Your family doctor: health advice, and a way to other help such as the health visitor or a diagnosis.",
  access = "self",
  how = "Book an appointment with your GP.",
  url = "https://carshaltoncentral.mycouncillor.org.uk/page/93",
  via = "gp",
  evidence = { "svc.su.gp.1" }, checked = "2026-12-06",
  source = "seed 004 L57, L129, L188-189, L652" }

service { id = "su.health_visitor", area = "sutton",
  name = "Health visitor",
  offers = "Health support for babies, young children and parents, including help with postnatal depression.",
  access = "self",
  how = "Talk to your health visitor, or ask your GP.",
  not_found = "Pass 1 and pass 2 searched 'Sutton health visiting contact', 'health visitor duty line Sutton', 'Sutton Health and Care 0-19', 'Sutton 0-19 service single point of contact', 'Sutton Health and Care health visiting children's centre clinic', the Sutton Information Hub and the docs corpus.",
  source = "seed 004 L57, L137, L652" }

service { id = "su.childrens_centres", area = "sutton",
  name = "Children's Centres",
  offers = "Six centres for families with young children, with groups such as Baby & Me and breastfeeding groups.",
  access = "self",
  how = "Open to families: you can go along yourself.",
  not_found = "No page found gives the centres' street addresses. Pass 2 also searched 'Sutton children's centre address Tweeddale Green Oak', 'Sutton Information Hub children's centres family hub locations', 'Sutton family hubs Start for Life' and children's centre timetables.",
  source = "seed 004 L57, L135-136, L361, L597, L670" }

service { id = "su.free_childcare", area = "sutton",
  name = "Free childcare (eligible 2 year olds; 15 to 30 hours for 3 and 4 year olds)",
  offers = "Free childcare for eligible 2 year olds, and 15 to 30 hours of free pre-school for 3 and 4 year olds.",
  eligibility = { min_age = 2, max_age = 4 }, access = "unknown",
  how = "Ask your children's centre or the Family Information Service.",
  phone = "020 8770 6000",
  url = "https://www.sutton.gov.uk/info/200243/childcare/1627/childcare_funding/7",
  evidence = { "svc.su.fis.2" }, checked = "2026-12-06",
  source = "seed 004 L161, L254, L256-257" }

service { id = "su.chatterbox", area = "sutton",
  name = "Chatterbox speech and language programme",
  offers = "Help with speech and language development for young children, after the development review at 2 and a half.",
  access = "unknown",
  how = "Ask your health visitor or children's centre.",
  not_found = "Searched 'Sutton Chatterbox speech language' (pass 1) and 'Sutton children's centres timetable Chatterbox Nurturing Programme' (pass 2). Only Croydon and Merton children's centre material came back; no page names a Sutton Chatterbox group or gives a contact.",
  source = "seed 004 L237-242" }

service { id = "su.perinatal_peer", area = "sutton",
  name = "Perinatal peer support group",
  offers = "A group for parents around pregnancy and a baby's first months, with others who understand; for example, for postnatal depression.",
  access = "unknown",
  how = "Ask your health visitor or GP.",
  not_found = "Searched 'Sutton perinatal peer support group' (pass 1) and 'Sutton perinatal mental health peer support group new mums postnatal depression' (pass 2).",
  source = "seed 004 L147, L642-662" }

service { id = "su.homestart", area = "sutton",
  name = "Home-Start",
  offers = "Home-based volunteer befriending for parents who feel alone; also a dads' support group.",
  access = "unknown",
  how = "Ask your health visitor, children's centre or a member of staff.",
  url = "http://www.home-start.org.uk/",
  via = "page",
  evidence = { "svc.su.homestart.1", "svc.su.homestart.2" }, checked = "2026-12-06",
  source = "seed 004 L143, L146, L345" }

service { id = "su.nurturing_parent", area = "sutton",
  name = "Nurturing parent programme",
  offers = "A parenting programme for parents of young children.",
  access = "unknown",
  how = "Ask your health visitor or children's centre.",
  not_found = "Searched 'Sutton Nurturing Parent programme children's centres' (pass 1) and 'Sutton children's centres timetable Chatterbox Nurturing Programme' (pass 2). No Sutton page names the programme.",
  source = "seed 004 L148" }

service { id = "su.cap", area = "sutton",
  name = "Christians Against Poverty (CAP) debt help",
  offers = "Free debt support when money is tight.",
  access = "unknown",
  how = "Ask a member of staff or the Family Information Service.",
  phone = "0800 328 0006",
  url = "https://www.yourlocalguardian.co.uk/news/18987281.wallington-church-opens-new-debt-centre-amid-covid-19/",
  evidence = { "svc.su.cap.1", "svc.su.cap.2" }, checked = "2026-12-06",
  source = "seed 004 L141, L144" }

service { id = "su.citizens_advice", area = "sutton",
  name = "Citizens Advice",
  offers = "Advice on money, income, rent and moving home.",
  access = "unknown",
  how = "Ask a member of staff or the Family Information Service.",
  phone = "020 8254 2616",
  hours = "Mon-Fri 09:00-17:00",
  url = "https://carshaltoncentral.mycouncillor.org.uk/page/13",
  evidence = { "svc.su.citizens_advice.1", "svc.su.citizens_advice.2" }, checked = "2026-12-06",
  source = "seed 004 L142, L145, L284-285" }

service { id = "su.homelessness_prevention", area = "sutton",
  name = "Homelessness Prevention Programme",
  offers = "Help for families at risk of losing their home, before they could be evicted.",
  access = "unknown",
  how = "Ask a member of staff.",
  phone = "0208 770 5000",
  url = "https://sutton.gov.uk/-/homelessness",
  evidence = { "svc.su.homelessness_prevention.1", "svc.su.homelessness_prevention.2" }, checked = "2026-12-06",
  source = "seed 004 L698" }

service { id = "su.encompass", area = "sutton",
  name = "Encompass housing advice",
  offers = "Housing advice for young adults who need a stable home.",
  access = "unknown",
  how = "Ask a member of staff.",
  not_found = "Searched 'Encompass Sutton young people housing advice', 'Encompass Southwest Sutton supported housing' (pass 1) and 'Encompass young people housing Sutton supported accommodation advice 16-25' (pass 2).",
  source = "seed 004 L342-346" }

service { id = "su.school_nurse", area = "sutton",
  name = "School nurse",
  offers = "Health and wellbeing support for school-age children and young people, including stress and anxiety.",
  access = "self",
  how = "Ask the child's school to put you in touch with the school nurse.",
  url = "http://12-19.suttonchildhealth.co.uk/schoolservices.html",
  via = "school",
  evidence = { "svc.su.school_nurse.1" }, checked = "2026-12-06",
  source = "seed 004 L57, L208, L267" }

service { id = "su.elsa", area = "sutton",
  name = "Emotional Literacy Support Assistant (ELSA) at school",
  offers = "Emotional support at school for children, for example when starting school is hard.",
  access = "unknown",
  how = "Ask the child's school.",
  not_found = "A school-based role: families ask the child's school. No Sutton page found names ELSAs or says how a family reaches one; no central contact exists. Not searched further in pass 2 beyond the Sutton Local Offer / SENCO pages (see su.senco), which do not mention ELSAs.",
  source = "seed 004 L263-266" }

service { id = "su.school_counselling", area = "sutton",
  name = "Counselling in school",
  offers = "Counselling at school, for example after a bereavement.",
  access = "unknown",
  how = "Ask the child's school.",
  not_found = "Arranged by each school: families ask the child's school. No Sutton page found describes school counselling or says how to reach it; no central contact exists.",
  source = "seed 004 L321-322" }

service { id = "su.senco", area = "sutton",
  name = "SENCO support at school",
  offers = "The school's special educational needs coordinator, with Education Psychology, for children with special educational needs or developmental delay.",
  access = "unknown",
  how = "Ask the child's school for the SENCO.",
  url = "https://www.sutton.gov.uk/w/special-educational-needs-support-send-screening-and-interventions",
  via = "school",
  evidence = { "svc.su.senco.1" }, checked = "2026-12-06",
  source = "seed 004 L180-183, L276-277, L291-293, L358" }

service { id = "su.paving_the_way", area = "sutton",
  name = "Paving the Way",
  offers = "Support after a child is diagnosed with autism (ASD).",
  access = "unknown",
  how = "Ask the child's GP or school SENCO.",
  not_found = "Searched 'Paving the Way autism support Sutton' (pass 1), '\"Paving the Way\" autism parents course post diagnosis Sutton' and 'Sutton Information Hub autism support parents after diagnosis' (pass 2). No page names this service or gives a contact.",
  source = "seed 004 L188-191, L301-303 (name split in extraction)" }

service { id = "su.young_carers", area = "sutton",
  name = "Young carers group",
  offers = "A group for children and young people who look after someone at home.",
  access = "unknown",
  how = "Ask a member of staff or the school.",
  front_door = "sutton",  -- reached through the front door (sources/sutton.lua)
  source = "seed 004 L170-173" }

service { id = "su.mhst", area = "sutton",
  name = "Mental Health Schools support and children's well-being practitioners",
  offers = "Mental health support in schools for young people who are anxious or stressed.",
  access = "unknown",
  how = "Ask the school.",
  url = "https://www.swlstg.nhs.uk/2-uncategorised",
  via = "school",
  evidence = { "svc.su.mhst.1", "svc.su.mhst.2", "svc.su.mhst.3" }, checked = "2026-12-06",
  source = "seed 004 L201-209" }

service { id = "su.off_the_record", area = "sutton",
  name = "Off the Record counselling",
  offers = "Counselling for young people, for example about relationships or self-harm.",
  access = "unknown",
  how = "Ask a member of staff or the school.",
  url = "https://www.talkofftherecord.org/get-info/faq-counselling/",
  evidence = { "svc.su.off_the_record.1", "svc.su.off_the_record.2", "svc.su.off_the_record.3" }, checked = "2026-12-06",
  source = "seed 004 L220-227, L349-353 (name split in extraction)" }

service { id = "su.camhs", area = "sutton",
  name = "CAMHS (Child and Adolescent Mental Health Services)",
  offers = "Specialist mental health services for children and young people, for example when a young person self-harms.",
  access = "unknown",
  how = "Ask the child's GP, or a professional, about a referral.",
  phone = "020 3513 3800",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "0800 028 8000",
  url = "https://www.sutton.gov.uk/-/preparing-for-adulthood-managing-your-health-mental-health-transition-to-adult-services",
  evidence = { "svc.su.camhs.1", "svc.su.camhs.2" }, checked = "2026-12-06",
  source = "seed 004 L220-226, L737" }

service { id = "su.switch", area = "sutton",
  name = "Switch service",
  offers = "Help for young people using drugs or alcohol, such as cannabis.",
  access = "unknown",
  how = "Ask a member of staff or the school.",
  not_found = "Searched 'Sutton Switch young people's drug and alcohol service contact' twice (pass 1), and 'Switch Sutton young people substance misuse service phone' (pages), 'Switch young people's drug and alcohol service Sutton' (docs) and 'Sutton Information Hub drug alcohol young people' (pass 2).",
  source = "seed 004 L324-327, L473" }

service { id = "su.transform", area = "sutton",
  name = "Transform domestic abuse services",
  offers = "Domestic abuse services for families.",
  access = "unknown",
  how = "Ask a member of staff. If anyone is in danger now, call 999.",
  phone = "020 8092 7569",
  url = "https://www.suttonsab.org.uk/safeguarding-domestic-violence-and-abuse.php",
  address = "One Stop Shop, every Wednesday 9.30am-11.30am, at Sutton Baptist Church, 21 Cheam Road, Sutton. SM1 1SN",
  evidence = { "svc.su.transform.1" }, checked = "2026-12-06",
  source = "seed 004 L270-274" }

service { id = "su.relate", area = "sutton",
  name = "Relate counselling",
  offers = "Relationship counselling when parents' relationship breaks down.",
  access = "unknown",
  how = "Ask a member of staff.",
  phone = "0300 100 1234",
  hours = "Mon-Thu 09:00-19:00; Fri-Sun 09:00-17:00",
  url = "https://www.relate.org.uk/managing-your-appointments-and-payments",
  email = "NatEnquiries@relate.org.uk",
  evidence = { "svc.su.relate.1" }, checked = "2026-12-06",
  source = "seed 004 L270-275" }

service { id = "su.fgc", area = "sutton",
  name = "Family Group Conferences",
  offers = "The family and their network meet to make their own plan for the child, for example when parents separate or a young person is skipping school.",
  access = "unknown",
  how = "Ask a professional who knows the family, or a member of staff.",
  front_door = "sutton",  -- reached through the front door (sources/sutton.lua)
  source = "seed 004 L213-216, L270-278" }

service { id = "su.get_ahead", area = "sutton",
  name = "Opportunity Sutton: Get Ahead Apprenticeship Scheme",
  offers = "Apprenticeships for young people looking for a job that fits their strengths and needs.",
  access = "unknown",
  how = "Ask a member of staff.",
  not_found = "Searched 'Opportunity Sutton Get Ahead apprenticeship scheme' (pass 1) and 'Get Ahead apprenticeship scheme Opportunity Sutton young people' (pass 2). No page names the scheme; results were older Sutton apprenticeship news (e.g.",
  source = "seed 004 L329-336" }

---------------------------------------------------------------------------
-- Routes, most specific first: the first matching route's id is stored.

local U = "sutton"
local L2 = "Helping Early: targeted support"
local YOUNG = { "prebirth", "0-5" }
local SCHOOL = { "5-11", "11-19" }
local TEEN = { "11-19", "19-25" }

-- Whatever the level: the local authority must be told about a privately fostered child, and an
-- unaccompanied child is the local authority's to look after (shared/notes/continuum.md, "Act now").
route { id = "su.private_fostering", area = U, needs = { "private_fostering", "unaccompanied" },
  services = { "su.cfcs" },
  how = "A child under 16 (18 if disabled) cared for 28 days or more by someone who is not a close relative is privately fostered, and a child in the UK without a parent or carer needs the local authority: tell children's services." }

-- Universal services by age (L55-57 and the lifespan diagram, L114-353).
route { id = "su.l1.prebirth", area = U, levels = { "Universal services" }, ages = { "prebirth" },
  services = { "su.midwife", "su.gp", "su.fis" } }
route { id = "su.l1.0-5", area = U, levels = { "Universal services" }, ages = { "0-5" },
  services = { "su.health_visitor", "su.childrens_centres", "su.free_childcare", "su.fis" } }
route { id = "su.l1.5-19", area = U, levels = { "Universal services" }, ages = SCHOOL,
  services = { "su.school_nurse", "su.gp", "su.fis" } }
route { id = "su.l1.19-25", area = U, levels = { "Universal services" }, ages = { "19-25" },
  services = { "su.gp", "su.fis" } }

-- Helping Early, by need and age.
-- A young person's own drug or alcohol use goes to the Switch service before the general health
-- route: the lifespan diagram pairs "a crowd that uses cannabis" with Switch (L324-327), and the
-- substance-use indicator also carries the "health" need, which would put the school nurse first.
route { id = "su.l2.substance", area = U, levels = { L2 }, ages = TEEN, needs = { "substance" },
  services = { "su.switch" } }
route { id = "su.l2.health.prebirth", area = U, levels = { L2 }, ages = { "prebirth" }, needs = { "health" },
  services = { "su.midwife", "su.gp" } }
route { id = "su.l2.health.0-5", area = U, levels = { L2 }, ages = { "0-5" }, needs = { "health" },
  services = { "su.health_visitor", "su.childrens_centres" } }
route { id = "su.l2.health.5-19", area = U, levels = { L2 }, ages = SCHOOL, needs = { "health" },
  services = { "su.school_nurse" } }
route { id = "su.l2.health.19-25", area = U, levels = { L2 }, ages = { "19-25" }, needs = { "health" },
  services = { "su.gp" } }
route { id = "su.l2.perinatal", area = U, levels = { L2 }, ages = YOUNG,
  -- Perinatal needs and isolation only (L146-147): a parent's drinking or learning disability with a
  -- four-year-old is not a perinatal matter, so parent_vulnerability is not matched here.
  needs = { "perinatal", "community" },
  services = { "su.perinatal_peer", "su.health_visitor", "su.homestart" } }
route { id = "su.l2.early_years", area = U, levels = { L2 }, ages = { "0-5" },
  needs = { "early_years", "stimulation", "send" },
  services = { "su.chatterbox", "su.free_childcare", "su.childrens_centres" } }
route { id = "su.l2.parenting.0-5", area = U, levels = { L2 }, ages = YOUNG,
  needs = { "parenting", "warmth", "boundaries", "basic_care" },
  services = { "su.nurturing_parent", "su.childrens_centres" } }
route { id = "su.l2.send", area = U, levels = { L2 }, ages = SCHOOL, needs = { "send" },
  services = { "su.senco", "su.paving_the_way" } }
route { id = "su.l2.young_carer", area = U, levels = { L2 }, ages = { "5-11", "11-19", "19-25" },
  needs = { "young_carer" },
  services = { "su.young_carers" } }
route { id = "su.l2.emotional.5-11", area = U, levels = { L2 }, ages = { "5-11" },
  needs = { "emotional", "mental_health" },
  services = { "su.elsa", "su.school_counselling", "su.school_nurse" } }
route { id = "su.l2.emotional.11-19", area = U, levels = { L2 }, ages = { "11-19" },
  needs = { "emotional", "mental_health" },
  services = { "su.mhst", "su.school_nurse", "su.off_the_record" } }
route { id = "su.l2.emotional.19-25", area = U, levels = { L2 }, ages = { "19-25" },
  needs = { "emotional", "mental_health" },
  services = { "su.off_the_record", "su.gp" } }
route { id = "su.l2.domestic_abuse", area = U, levels = { L2 }, needs = { "domestic_abuse" },
  services = { "su.transform" } }
-- Relate and Family Group Conferences follow a parents' relationship breakdown (L270-278): family
-- stress, not a child's friendships or bullying ("relationships" also tags peer difficulties).
route { id = "su.l2.family", area = U, levels = { L2 }, needs = { "family" },
  services = { "su.relate", "su.fgc" } }
route { id = "su.l2.attendance", area = U, levels = { L2 }, ages = SCHOOL, needs = { "attendance" },
  services = { "su.fgc" } }
route { id = "su.l2.transition", area = U, levels = { L2 }, ages = { "5-11" }, needs = { "education" },
  services = { "su.targeted_eh", "su.senco" } }
-- Apprenticeships are for young people looking for a job (L329-336, the 17-18 stage): the 11-19 band
-- starts at 11, so only young adults are routed here.
route { id = "su.l2.work", area = U, levels = { L2 }, ages = { "19-25" }, needs = { "education", "income" },
  services = { "su.get_ahead" } }
route { id = "su.l2.money", area = U, levels = { L2 }, needs = { "debt", "income" },
  services = { "su.cap", "su.citizens_advice" } }
route { id = "su.l2.housing.19-25", area = U, levels = { L2 }, ages = { "19-25" }, needs = { "housing" },
  services = { "su.encompass" } }
route { id = "su.l2.housing", area = U, levels = { L2 }, needs = { "housing" },
  services = { "su.homelessness_prevention", "su.citizens_advice" } }

-- Helping Early, every need: the EHAT and a key worker (L362, L712).
route { id = "su.l2", area = U, levels = { L2 },
  services = { "su.ehat", "su.targeted_eh", "su.fis" } }
route { id = "su.l2.0-5", area = U, levels = { L2 }, ages = YOUNG,
  services = { "su.health_visitor", "su.childrens_centres" } }
route { id = "su.l2.5-19", area = U, levels = { L2 }, ages = SCHOOL,
  services = { "su.school_nurse" } }

-- Children's social care through the CFCS (L357).
route { id = "su.l3", area = U, levels = { 3 }, services = { "su.cfcs" } }
route { id = "su.l4", area = U, levels = { 4 }, services = { "su.cfcs", "nat.999", "nat.nspcc" } }
route { id = "su.l4.child", area = U, levels = { 4 }, ages = SCHOOL, services = { "nat.childline" } }
-- Alongside the referral (nothing a family goes to alone, so the CFCS stays first).
route { id = "su.l34.family", area = U, levels = { 3, 4 }, needs = { "family", "relationships", "attendance" },
  services = { "su.fgc" } }
-- CAMHS is the child and adolescent service: not for the 19-25 band (seed 004 L220-226 places it at 16-17).
route { id = "su.l34.mental_health", area = U, levels = { 3, 4 }, ages = SCHOOL,
  needs = { "mental_health" },
  services = { "su.camhs" } }
route { id = "su.l34.substance", area = U, levels = { 3, 4 }, ages = TEEN, needs = { "substance" },
  services = { "su.switch" } }
route { id = "su.l34.domestic_abuse", area = U, levels = { 3, 4 }, needs = { "domestic_abuse" },
  services = { "su.transform" } }
