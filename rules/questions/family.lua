-- questions/family.lua: the family question set, in flow order.
-- Plain words a 9-year-old could read; kind, never blaming; never asks about
-- abuse in a way that could put anyone at risk if overheard.

local YN = { { "no", "No" }, { "yes", "Yes" }, { "unsure", "I'm not sure" } }

question "family" { id = "f_age", domain = "context",
  text = "How old is the child you are asking about?",
  why = "Help is different for babies, children and young people.",
  options = { { "prebirth", "Not born yet" }, { "0-5", "Under 5" }, { "5-11", "5 to 10" },
              { "11-19", "11 to 18" }, { "19-25", "19 to 25" } } }

question "family" { id = "f_rf_danger", domain = "safety",
  text = "Is a child hurt or in danger right now?",
  why = "If a child is in danger now, help must come first.",
  options = YN }

question "family" { id = "f_health", domain = "health",
  text = "Are you worried about the child's health or how they are growing?",
  why = "Health visitors, school nurses and doctors can help early.",
  options = YN }
