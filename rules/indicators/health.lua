-- indicators/health.lua: child's developmental needs, health.
-- Source key: CM = shared/notes/continuum.md "Typical indicators by level" (LSCP London Continuum).

indicator { id = "health.checks_missed", domain = "health", level = 2,
  text = "Missed health checks, immunisations or appointments, or a minor delay not followed up",
  source = "CM Health 2",
  when = { { p_health_checks = "yes" }, { f_health = "yes" } } }

indicator { id = "health.chronic_unmanaged", domain = "health", level = 3,
  text = "Chronic condition not managed, significant developmental delay or faltering growth",
  source = "CM Health 3",
  when = { p_health_chronic = "yes" } }
