-- indicators/parents.lua: the parents' and carers' own needs ("parental vulnerability", "Think
-- Family"): mental health (including perinatal), substance use, domestic abuse, learning
-- disability. Each carries the need parent_vulnerability, so the engine reminds the practitioner
-- about every child in the household.
-- A need on its own, with the child's needs met, is early help (level 2, domain family:
-- AF Family history and functioning; seed 004 L82, WT 2018). When it affects the care of the
-- child it is level 3 (CM Parenting 3). Domestic abuse in the home is level 3 on its own
-- (CM Parenting 3); high-risk domestic abuse is a red flag (redflags.lua).
-- Routes match on 'needs' (areas/*.lua). A parent's own needs carry parent_* tags, never the child's
-- "mental_health", "substance" or "family" (parental conflict): those tags send the child to CAMHS,
-- school emotional support, young people's drug services or conflict programmes, which are for the
-- child's own mental health or drug use and for parents in conflict, not for a parent's illness
-- (seed 000 L324-328; seed 004 L201-209, L324-327; seed 002 L114, L216).
-- Source key: see indicators/health.lua. parent.think_family must stay after the three it requires.

indicator { id = "parent.mental_health", domain = "family", level = 2,
  text = "A parent or carer has mental health difficulties",
  source = "seed 004 L82 (WT 2018: adult mental health issues); seed 000 L621-628 (parental vulnerability)",
  needs = { "parent_vulnerability", "parent_mental_health" },
  when = { { p_par_mh = "yes" }, { f_par_low = "yes" } } }

indicator { id = "parent.perinatal", domain = "family", level = 2,
  text = "A parent's mental health in pregnancy or the first year after birth (perinatal mental health)",
  source = "seed 003 L841-849 (post-natal depression); seed 004 L147, L564, L737 (perinatal mental health); NICE CG192",
  needs = { "parent_vulnerability", "parent_mental_health", "perinatal", "early_years" },
  when = { { p_par_perinatal = "yes" }, { f_par_baby_mood = "yes" } } }

indicator { id = "parent.substance", domain = "family", level = 2,
  text = "A parent or carer misuses alcohol or drugs",
  source = "seed 004 L82 (WT 2018: drug and alcohol misuse); seed 000 L621-628",
  needs = { "parent_vulnerability", "parent_substance" },
  when = { { p_par_substance = "yes" }, { f_par_drink = "yes" } } }

indicator { id = "parent.learning_disability", domain = "family", level = 2,
  text = "A parent or carer has a learning disability or difficulty and needs support to meet the child's needs",
  source = "CM Parenting 2 (parent struggling) and 3 (parent's learning disability)",
  needs = { "parent_vulnerability", "parenting" },
  when = { { p_par_ld = "yes" }, { f_par_learning = "yes" } } }

indicator { id = "parent.domestic_abuse", domain = "safety", level = 3,
  text = "Domestic abuse in the home (a child who sees, hears or experiences its effects is a victim)",
  source = "CM Parenting 3 (domestic abuse in the home); Domestic Abuse Act 2021 s3; seed 000 L621-628",
  needs = { "safety", "parent_vulnerability", "domestic_abuse" },
  when = { { p_par_da = "yes" }, { f_par_unsafe = "yes" }, { f_rf_hurts_you = "yes" } } }

-- Domestic abuse in the past, the family now living apart from the abuser (who left, or they moved or went
-- to a refuge) with no contact or threats: CM Parenting 3 places domestic abuse *in the home* at level 3,
-- and a child who is no longer exposed to it may still need help to recover, which is early help (CM Family
-- 2, family stress; the Domestic Abuse Act 2021 s3 makes the child a victim; refuges and early help offer
-- recovery support). Four published families who had left (a refuge, a new home) were met by early help
-- (tests/published). Contact, harassment or threats from the abuser is abuse now: "yes", level 3; high
-- risk stays a red flag either way (p_rf_da_high).
indicator { id = "parent.domestic_abuse_past", domain = "family", level = 2,
  text = "Domestic abuse in the past: the family now lives apart from the abuser, with no contact",
  source = "CM Family 2 (family stress); Domestic Abuse Act 2021 s3; seed 000 L621-628",
  needs = { "parent_vulnerability", "domestic_abuse" },
  when = { { p_par_da = "past" }, { f_par_unsafe = "past" } } }

indicator { id = "parent.physical_health", domain = "family", level = 2,
  text = "A parent or carer has a physical illness or disability that affects family life",
  source = "seed 004 L73-85 (WT 2018: a child who is a young carer, a parent with health needs); AF Family history and functioning",
  needs = { "parent_vulnerability", "parent_health" },
  when = { { p_par_physical = "yes" }, { f_par_illness = "yes" } } }

indicator { id = "parent.young_parent", domain = "family", level = 2,
  text = "A young parent (under 20) needing support",
  source = "Family Nurse Partnership (NHS England: first-time mothers aged 19 or under); seed 004 L73-85",
  needs = { "parent_vulnerability", "young_parent", "parenting" },
  when = { { p_par_young = "yes" }, { f_par_young = "yes" } } }

-- Care that sometimes slips while the child's needs are mostly met is early help; needs not met is 3.
-- (The issue 18 review: five early help families were over-called to 3 on the single answer.)
indicator { id = "parent.care_slipping", domain = "basic_care", level = 2,
  text = "A parent's difficulties sometimes affect their care, while the child's needs are mostly met",
  source = "CM Parenting 2 (parent struggling; inconsistent care); seed 000 L807-818 (2b: multi-agency early help for more vulnerable children)",
  needs = { "basic_care", "parent_vulnerability", "parenting" },
  when = { { p_par_affects = "some" }, { f_par_coping = "some" } } }

indicator { id = "parent.affecting_care", domain = "basic_care", level = 3,
  text = "A parent's mental health, substance use or learning disability is affecting their care of the child",
  source = "CM Parenting 3 (parent's mental health, substance use or learning disability affecting care)",
  needs = { "basic_care", "parent_vulnerability", "parenting" },
  when = { { p_par_affects = "yes" }, { f_par_coping = "yes" } } }

-- Think Family: two or more of mental health, substance misuse and domestic abuse together.
indicator { id = "parent.think_family", domain = "family", level = 3,
  text = "Two or more of parental mental health difficulties, substance misuse and domestic abuse together",
  source = "CM Family 3 (several parental vulnerabilities at once); seed 000 L621-628 ('Think Family'); seed 004 L796 (Children's Commissioner, 'Toxic Trio', 2018)",
  needs = { "family", "parent_vulnerability" },
  requires = { "parent.mental_health", "parent.substance", "parent.domestic_abuse" }, min = 2 }
