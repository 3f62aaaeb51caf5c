-- indicators/education.lua: the child's developmental needs, education and learning (including
-- SEND, attendance, exclusion and children missing education).
-- Source key: see indicators/health.lua. Persistent absence = missing 10% or more of sessions
-- (attendance under 90%); severe absence = 50% or more (DfE, Working together to improve school
-- attendance, 2024).

indicator { id = "education.attendance", domain = "education", level = 2,
  text = "Attendance falling, or persistent absence (attendance under 90 per cent), or often late",
  source = "CM Education 2; DfE Working together to improve school attendance (2024)",
  needs = { "education", "attendance" },
  when = { { p_edu_attendance = "yes" }, { f_school_missing = "yes" } } }

indicator { id = "education.exclusion_risk", domain = "education", level = 2,
  text = "At risk of exclusion, or has had suspensions",
  source = "CM Education 2; seed 000 L310-312 (exclusions, including children with EHCPs)",
  needs = { "education" },
  when = { { p_edu_exclusion = "yes" }, { f_school_trouble = "yes" } } }

indicator { id = "education.send_unsupported", domain = "education", level = 2,
  text = "Special educational needs or other additional learning needs without the right support",
  source = "CM Education 2; seed 004 L76 (WT 2018: SEN with or without an EHCP); SEND Code of Practice 0-25 (2015)",
  needs = { "education", "send" },
  when = { { p_edu_send = "yes" }, { f_school_help = "yes" } } }

indicator { id = "education.no_school_place", domain = "education", level = 2,
  text = "No school or college place at present (for example after a move): the local authority's children missing education service should know",
  source = "DfE Children missing education, statutory guidance (2016); CM Education 2-3",
  needs = { "education", "attendance" },
  when = { { f_school_none = "yes" } } }

-- Severe absence is level 3 in the London Continuum, but the DfE's attendance guidance puts severely
-- absent pupils first in line for intensive support from the school and the council's attendance
-- service, with children's social care only where there are safeguarding concerns (Working together to
-- improve school attendance, 2024); two published cases of severe absence alone (tests/published) were
-- met by early help. So level 2 here; with exploitation it is level 4 (education.absent_with_exploitation),
-- and missing education altogether stays level 3.
indicator { id = "education.severe_absence", domain = "education", level = 2,
  text = "Severe absence (half or more of sessions missed) or permanent exclusion",
  source = "CM Education 3; DfE Working together to improve school attendance (2024)",
  needs = { "education", "attendance" },
  when = { { p_edu_severe = "yes" } } }

-- A family's "without a place for more than a few weeks, or never started school" is the same: a child of
-- school age not on a roll and not taught at home (DfE Children missing education, 2016: local authorities
-- must find and track them). A short wait after a move stays education.no_school_place (2).
indicator { id = "education.missing_education", domain = "education", level = 3,
  text = "Missing education (not on a school roll and not receiving suitable education), or not in education, employment or training at 16-17",
  source = "CM Education 3; seed 000 L9-11 (missing education); DfE Children missing education (2016)",
  needs = { "education", "attendance" },
  when = { { p_edu_missing = "yes" }, { f_school_none_long = "yes" } } }

-- Out of education with other serious risks (CM Education 4): each combination below needs both.
indicator { id = "education.missing_with_exploitation", domain = "education", level = 4,
  text = "Out of education and at risk of exploitation",
  source = "CM Education 4 (out of education with other serious risks, for example exploitation)",
  needs = { "education", "exploitation", "attendance" },
  requires = { "education.missing_education", "emotional.exploitation_risk" }, min = 2 }

indicator { id = "education.absent_with_exploitation", domain = "education", level = 4,
  text = "Severely absent or permanently excluded, and at risk of exploitation",
  source = "CM Education 4 (out of education with other serious risks, for example exploitation)",
  needs = { "education", "exploitation", "attendance" },
  requires = { "education.severe_absence", "emotional.exploitation_risk" }, min = 2 }

-- No school place at all (the family's question) is out of education too: with exploitation risk it is
-- level 4, as the practitioner's "missing education" with exploitation is (CM Education 4).
indicator { id = "education.no_place_with_exploitation", domain = "education", level = 4,
  text = "No school or college place, and at risk of exploitation",
  source = "CM Education 4 (out of education with other serious risks, for example exploitation)",
  needs = { "education", "exploitation", "attendance" },
  requires = { "education.no_school_place", "emotional.exploitation_risk" }, min = 2 }
