-- questions/practitioner.lua: the practitioner question set, in flow order.
-- Concise professional wording, grouped by domain; a screening question per
-- domain opens its detail questions only when needed (ask_if).
-- Red-flag questions come first so that danger is asked about before anything else.

local YN = { { "no", "No" }, { "yes", "Yes" }, { "unknown", "Not known" } }

question "practitioner" { id = "p_age", domain = "context",
  text = "How old is the child?",
  why = "Services and resilience networks are organised by age band.",
  options = { { "prebirth", "Unborn baby" }, { "0-5", "Under 5" }, { "5-11", "5 to 10" },
              { "11-19", "11 to 18" }, { "19-25", "19 to 25 (SEND or care leaver)" } } }

question "practitioner" { id = "p_rf_danger", domain = "safety",
  text = "Is the child in immediate danger, or injured now?",
  why = "Immediate danger needs the police now, before anything else.",
  options = YN }

question "practitioner" { id = "p_health", domain = "health",
  text = "Any concerns about the child's health or development?",
  why = "Health and development needs that are not met are early signs of additional need.",
  options = YN }

question "practitioner" { id = "p_health_checks", domain = "health", ask_if = { p_health = "yes" },
  text = "Missed health checks, immunisations or appointments, or a minor delay not followed up?",
  why = "Indicates additional health needs (level 2).",
  options = YN }

question "practitioner" { id = "p_health_chronic", domain = "health", ask_if = { p_health = "yes" },
  text = "A chronic condition not managed, significant developmental delay or faltering growth?",
  why = "Indicates complex health needs (level 3).",
  options = YN }
