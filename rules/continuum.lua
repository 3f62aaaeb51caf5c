-- continuum.lua: the four levels of the Pan London Continuum of Need and the
-- domains of the Assessment Framework. Local names for the levels live in areas/.
--
-- Sources:
--   LSCP  London Safeguarding Children Partnership, "London Continuum of Help and Support"
--         (as summarised in shared/notes/continuum.md, "The four levels")
--   WT    HM Government, Working Together to Safeguard Children, the Assessment Framework
--         (shared/notes/continuum.md, "Domains")

level { n = 1, name = "Universal / no additional needs",
  definition = "The child's needs are met by universal services: health, early years and schools.",
  responds = "Universal services; signposting.",
  source = "LSCP London Continuum of Help and Support, level 1" }

level { n = 2, name = "Additional needs / early help",
  definition = "Emerging or low-level needs that are known but not met; the child may be vulnerable.",
  responds = "One agency, or several around an early help assessment with a lead professional and a team around the family, with the family's consent.",
  source = "LSCP London Continuum of Help and Support, level 2" }

level { n = 3, name = "Complex needs / child in need",
  definition = "Several or complex needs needing longer-term help; the threshold for a child in need (Children Act 1989 s17).",
  responds = "Referral to children's social care; assessment by a social worker.",
  source = "LSCP London Continuum of Help and Support, level 3; Children Act 1989 s17" }

level { n = 4, name = "Acute needs / child protection",
  definition = "The child is suffering, or likely to suffer, significant harm and may need protection or care.",
  responds = "Immediate referral to children's social care (s47 enquiries); police where there is a crime or immediate danger.",
  source = "LSCP London Continuum of Help and Support, level 4; Children Act 1989 s47" }

-- The Assessment Framework triangle (WT). 'side' is the side of the triangle.
domain { id = "health",        side = "child",     name = "Health" }
domain { id = "education",     side = "child",     name = "Education and learning" }
domain { id = "emotional",     side = "child",     name = "Emotional and behavioural development" }
domain { id = "identity",      side = "child",     name = "Identity" }
domain { id = "relationships", side = "child",     name = "Family and social relationships" }
domain { id = "presentation",  side = "child",     name = "Social presentation" }
domain { id = "selfcare",      side = "child",     name = "Self-care skills" }
domain { id = "basic_care",    side = "parenting", name = "Basic care" }
domain { id = "safety",        side = "parenting", name = "Ensuring safety" }
domain { id = "warmth",        side = "parenting", name = "Emotional warmth" }
domain { id = "stimulation",   side = "parenting", name = "Stimulation" }
domain { id = "boundaries",    side = "parenting", name = "Guidance and boundaries" }
domain { id = "stability",     side = "parenting", name = "Stability" }
domain { id = "family",        side = "family",    name = "Family history and functioning" }
domain { id = "wider_family",  side = "family",    name = "Wider family" }
-- Housing, income and community are the family's circumstances: for adding up needs (engine.lua,
-- step 4) they count as one area of the child's life, so hardship alone (money tight, a crowded
-- home, few people to help) stays at level 2, early help from the services for each, and is never
-- on its own a referral to children's social care. Several level 2 needs "can" amount to level 3
-- (shared/notes/continuum.md); the severe forms (homelessness, severe debt affecting basic needs)
-- are level 3 indicators of their own. Decided on the case review's open question 1
-- (docs/case-review.md); a safeguarding lead may change it here.
domain { id = "housing",       side = "family",    name = "Housing",                        adds_up_as = "circumstances" }
domain { id = "income",        side = "family",    name = "Employment and income",          adds_up_as = "circumstances" }
domain { id = "community",     side = "family",    name = "Social and community resources", adds_up_as = "circumstances" }
