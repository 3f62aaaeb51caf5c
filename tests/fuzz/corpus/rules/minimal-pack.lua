-- A whole pack in one file: every function the kiosk calls, answering in the right shapes.
function rh_areas() return { { id = "sutton", name = "Sutton", levels = { "1", "2", "3", "4" } } } end
function rh_languages() return { { code = "en", name = "English", dir = "ltr" }, { code = "ar", name = "Arabic", dir = "rtl" } } end
function rh_questions(mode, lang)
  return { { id = "p_age", text = "How old?", options = { { id = "0-5", text = "Under 5" } } } }
end
function rh_asked(mode, qid, answers) return answers[qid] == nil end
function rh_string(lang, key) return lang .. ":" .. key end
function rh_decide(area, mode, answers, lang)
  local level = 1
  if answers.p_rf_danger == "yes" then level = 4 end
  return { area = area, mode = mode, continuum_level = level, local_level = tostring(level),
           route = { { service = "s", name = "n", how = "h", contact = "", source = "seed 000 L1" } },
           reasons = { { rule = "r", level = level, because = "b" } }, consent = "yes",
           escalation = level == 4 and { kind = "same_day", text = "t" } or nil }
end
