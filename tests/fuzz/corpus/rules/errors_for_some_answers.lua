-- Works for most answers, fails for one.
local real = rh_decide
function rh_decide(area, mode, answers, lang)
  if answers.p_rf_danger == "no" then error("this rule breaks on 'no'") end
  return real(area, mode, answers, lang)
end
