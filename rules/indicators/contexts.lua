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

indicator { id = "emotional.offending", domain = "emotional", level = 3,
  text = "Offending or persistent anti-social behaviour",
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
