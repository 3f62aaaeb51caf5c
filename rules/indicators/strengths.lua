-- indicators/strengths.lua: strengths. They are recorded for the plan (Signs of Safety, seed 000
-- L163-164) and never lower a level (engine.lua, rule 5; continuum.md: strengths never lower a
-- level 3 or 4 concern).

strength { id = "str.network", text = "Supportive wider family, friends or community around the child",
  when = { { p_str_network = "yes" } } }

strength { id = "str.engaging", text = "The family is engaging with the help offered",
  when = { { p_str_engaging = "yes" } } }

strength { id = "str.school", text = "The child attends school or nursery well and has a trusted adult there",
  when = { { p_str_school = "yes" } } }

strength { id = "str.parent_insight", text = "The parents recognise the concerns and want things to change",
  when = { { p_str_insight = "yes" } } }

strength { id = "str.family_wants_help", text = "The family is asking for help",
  when = { { f_want_help = "yes" } } }

strength { id = "str.parenting", text = "The parents meet the child's needs well in most areas, and the child is doing well",
  when = { { p_str_parenting = "yes" } } }
