-- indicators/redflags.lua: red flags. Each ends the question flow at once and
-- escalates, whatever else was answered (engine.lua, rule 1).
-- kind: emergency (call 999 now), same_day (contact the front door today),
-- tell_staff (tell a member of staff now).

redflag { id = "rf.immediate_danger", kind = "emergency",
  text = "A child is in immediate danger or injured now",
  because = "A child is in immediate danger or injured now.",
  action = {
    practitioner = "Call 999 now. Then contact the front door and your safeguarding lead.",
    family = "Call 999 now. Then tell a member of staff.",
  },
  source = "London Safeguarding Children Procedures, Referrals (immediate danger: police on 999); NSPCC, Report child abuse (2024): 'If a child is in immediate danger, call the police on 999'",
  when = { { p_rf_danger = "yes" }, { f_rf_danger = "yes" } } }
