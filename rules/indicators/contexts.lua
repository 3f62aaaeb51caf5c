-- indicators/contexts.lua: risks outside the home (going missing, exploitation, offending,
-- serious youth violence). The Continuum places them under emotional and behavioural
-- development (CM Emotional 3-4), so their domain is "emotional".
-- Source key: see indicators/health.lua. Loaded before education.lua, whose combined
-- "out of education with serious risks" indicator requires emotional.exploitation_risk.
-- The acts themselves (a child missing now, exploitation, radicalisation) are red flags:
-- indicators/redflags.lua.

indicator { id = "emotional.missing_episodes", domain = "emotional", level = 3,
  text = "Has gone missing from home, care or school (missing episodes)",
  source = "CM Emotional 3; seed 004 L79 (WT 2018: goes missing from care or home); DfE statutory guidance on children who run away or go missing from home or care (2014)",
  needs = { "emotional", "missing" },
  -- The family's question ("stayed out all night without you knowing where") describes a child going
  -- missing only for a child: a young adult of 19 to 25 who stays out is not missing.
  when = { { p_out_missing = "yes" }, { f_out_missing = "yes", f_age = { "11-19", "5-11" } } } }

indicator { id = "emotional.exploitation_risk", domain = "emotional", level = 3,
  text = "Signs of risk of exploitation: older associates, unexplained money, gifts or phones, travel to unknown places",
  source = "CM Emotional 3 (signs of exploitation); seed 004 L80-81; seed 000 L530-532 (MARVE panel)",
  needs = { "emotional", "exploitation" },
  when = { { p_out_exploit_risk = "yes" }, { f_out_older = "yes" } } }

-- A child arrested or warned but dealt with out of court (no further action, a community resolution, a first
-- youth caution) is "on the cusp of the youth justice system": the Ministry of Justice's Turnaround programme
-- (gov.uk/guidance/turnaround-programme, updated 1 April 2025; Royal Greenwich's Turnaround page, read
-- 2026-12-06) funds youth justice services to offer them voluntary early help with their families. Repeated
-- offending, a charge or a court order stays level 3 (CM Emotional 3).
indicator { id = "emotional.offending_early", domain = "emotional", level = 2,
  text = "In trouble with the police, dealt with out of court: early help from youth justice prevention work",
  source = "CM Emotional 2 (behaviour difficulties); MoJ Turnaround programme (gov.uk guidance, updated 1 April 2025: early intervention for children aged 10-17 on the cusp of the youth justice system, e.g. no further action, community resolution, first youth caution)",
  needs = { "emotional", "youth_violence" },
  when = { { p_out_offending = "early" }, { f_out_police = "early" } } }

indicator { id = "emotional.offending", domain = "emotional", level = 3,
  text = "Repeated offending or anti-social behaviour, or charged or on a court order",
  source = "CM Emotional 3; seed 004 L78 (WT 2018: drawn into anti-social or criminal behaviour)",
  needs = { "emotional", "youth_violence" },
  when = { { p_out_offending = "yes" }, { f_out_police = "yes" } } }

indicator { id = "emotional.youth_violence_risk", domain = "emotional", level = 3,
  text = "At risk of serious youth violence: peers or a group involved in violence, or a victim of robbery or assault",
  source = "CM Emotional 3-4; seed 000 L528-536 (serious youth violence, YIOM, VRU)",
  needs = { "emotional", "youth_violence" },
  when = { { p_out_violence_risk = "yes" } } }

indicator { id = "emotional.serious_youth_violence", domain = "emotional", level = 4,
  text = "Involved in serious youth violence: carries a weapon, or has seriously hurt someone or been seriously hurt",
  source = "CM Emotional 4 (serious youth violence); seed 000 L528-536",
  needs = { "emotional", "youth_violence", "safety" },
  when = { { p_out_violence = "yes" }, { f_out_weapon = "yes" } } }
