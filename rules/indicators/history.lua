-- indicators/history.lua: what has happened before. A plan now, an earlier removal, and help that
-- has already failed change the response: publishers step a family up from early help to children's
-- social care when needs persist after early help, or the family does not engage while they remain
-- (shared/notes/continuum.md, "What published outcomes show"; seed 000 L820-828: level 3 is for
-- high-level needs needing longer-term statutory help, including children assessed as high risk in
-- the recent past).
-- An indicator marked steps_up is a level 2 need of its own; with any other need at level 2 or above it
-- raises the level to 3 (engine.lua, step 4). Source key: see indicators/health.lua.

-- A family with a social worker now: a practitioner's new concern goes to the allocated social worker
-- today, whatever it is (Working Together 2023: the social worker leads the plan; a published case of a
-- mother relapsing while open to social care needed action that day). A red flag at level 3 for a
-- practitioner; for a family, at the end of their questions.
-- then_result: after "tell a member of staff", a family still sees where to get help (nothing here is a
-- danger to show on screen); a family's other escalations wipe the screen for their safety.
redflag { id = "rf.open_to_social_care", level = 3, then_result = true,
  kind = { practitioner = "same_day", family = "tell_staff" },
  text = "The family has a social worker now",
  because = "The family has a social worker now: a new concern goes to them today.",
  action = {
    practitioner = "Tell the allocated social worker today (through the front door if you cannot reach them), and your safeguarding lead. Call 999 if the child is in danger now.",
    family = "Tell a member of staff now. They can help you reach your social worker today.",
  },
  source = "seed 000 L820-828 (level 3: statutory involvement); Working Together to Safeguard Children 2023 (the social worker leads a child in need or child protection plan)",
  needs = { "open_case" },
  -- A family who says they have a social worker is asked to tell staff at the end of their questions (once
  -- the last one is answered), so that what they say after still counts: three published families with a
  -- social worker needed action that day.
  when = { { p_hist_open = "yes" }, { f_home_social_worker = "yes", f_want_help = { "no", "yes", "unsure" } } } }

indicator { id = "history.open_to_social_care", domain = "family", level = 3,
  text = "The family has a social worker now: new worries should reach them today",
  source = "seed 000 L820-828 (level 3: statutory involvement); Working Together to Safeguard Children 2023",
  needs = { "open_case" },
  when = { { f_home_social_worker = "yes" } } }

indicator { id = "history.previous_removal", domain = "safety", level = 3,
  text = "A parent has had a child removed before, or a child in the family died or was seriously harmed through abuse or neglect",
  source = "seed 000 L820-828 (children assessed as high risk in the recent past); London Safeguarding Children Procedures, pre-birth assessment (previous children removed)",
  needs = { "safety", "parenting" },
  when = { { p_hist_removed = "yes" } } }

indicator { id = "history.early_help_failed", domain = "family", level = 2, steps_up = true,
  text = "Early help or a plan was tried, and the needs remain or came back",
  source = "seed 000 L807-818, L820-828 (2b early help; 3 when needs need longer-term statutory help); continuum.md (publishers step up when early help has already failed)",
  needs = { "history" },
  when = { { p_hist_failed = "yes" } } }

-- A family's own word that help before did not work is recorded and the next help should be different,
-- but it does not by itself step up to social care: a family who found help hard to use is not a family
-- whose needs early help failed to meet (a published early help family stepped up on it).
indicator { id = "history.help_before", domain = "family", level = 2,
  text = "Help before ended with things still hard, or the worries came back",
  source = "seed 000 L807-818 (2b: a short-term early help intervention); continuum.md (What published outcomes show)",
  needs = { "history" },
  when = { { f_home_help_failed = "yes" } } }

indicator { id = "history.not_engaging", domain = "family", level = 2, steps_up = true,
  text = "The family refuses or does not engage with help, or agrees but nothing changes (disguised compliance)",
  source = "continuum.md (publishers step up when early help has already failed); NSPCC, Disguised compliance: learning from case reviews (2014)",
  needs = { "history" },
  when = { { p_hist_engage = "yes" } } }

indicator { id = "history.repeat_referrals", domain = "family", level = 2, steps_up = true,
  text = "Several earlier referrals or contacts about the family, with the same concerns coming back",
  source = "continuum.md (needs persisting after early help); Ofsted, Joint targeted area inspections: neglect (2018: repeat referrals)",
  needs = { "history" },
  when = { { p_hist_repeat = "yes" } } }
