-- areas/national.lua: the national escalation contacts, declared once here and listed by
-- each area's level 4 routes. Not an area: nothing here appears in the list of areas.
-- None of the five seeds names 999 or a helpline (shared/seeds/README.md): every entry
-- below cites the public page it comes from, as stored and read on 2026-11-23.
-- Nothing here may be a local contact: local front doors live in their area's file.

-- NSPCC, "Report child abuse", nspcc.org.uk/keeping-children-safe/reporting-abuse/report/
-- (read 2026-11-23): if a child is in immediate danger, call the police on 999 straight away.
service { id = "nat.999", area = "national",
  name = "Police or ambulance: 999",
  offers = "Emergency help when a child is in immediate danger or injured now.",
  access = "self",
  how = "Only if a child is in danger right now: call 999 and ask for the police or an ambulance.",
  contact = "999",
  evidence = { "nat.nspcc.report" }, checked = "2026-12-06",
  source = "NSPCC, Report child abuse, nspcc.org.uk/keeping-children-safe/reporting-abuse/report/ (read 2026-11-23); London Safeguarding Children Procedures, referrals (immediate danger: police)" }

-- Same page: helpline 0808 800 5000, lines open Monday to Friday 8am-10pm and 9am-6pm at
-- weekends; online reports and email 24 hours a day; callers may stay anonymous.
service { id = "nat.nspcc", area = "national",
  name = "NSPCC Helpline",
  offers = "Advice for any adult worried about a child, including parents, carers and professionals. The NSPCC can pass concerns on to children's services or the police if a child is in danger. You do not have to give your name.",
  access = "self",
  how = "Phone the helpline, or report your worry online at any time.",
  contact = "0808 800 5000 (Monday to Friday 8am to 10pm, weekends 9am to 6pm; report online 24 hours a day)",
  url = "www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/",
  evidence = { "nat.nspcc.report" }, checked = "2026-12-06",
  source = "NSPCC, Report child abuse, nspcc.org.uk/keeping-children-safe/reporting-abuse/report/ (read 2026-11-23)" }

-- NSPCC, "What is child abuse?", nspcc.org.uk/what-is-child-abuse/: children can call
-- Childline any time on 0800 1111. NSPCC Learning, "Childline",
-- learning.nspcc.org.uk/services/childline: free, 24 hours, for children and young people
-- up to the age of 19 (both read 2026-11-23).
service { id = "nat.childline", area = "national",
  name = "Childline",
  offers = "Free, confidential support for children and young people under 19, about anything that worries them, by phone or online, any time.",
  eligibility = { max_age = 18 }, access = "self",
  how = "The child or young person can phone Childline themselves, day or night, or talk to a counsellor online.",
  contact = "0800 1111 (free, 24 hours)",
  evidence = { "nat.nspcc.abuse", "nat.childline.column" }, checked = "2026-12-06",
  source = "NSPCC, What is child abuse?, nspcc.org.uk/what-is-child-abuse/; NSPCC Learning, Childline, learning.nspcc.org.uk/services/childline (both read 2026-11-23)" }
