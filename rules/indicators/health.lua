-- indicators/health.lua: the child's developmental needs, health (Assessment Framework).
-- Sources (shared key, also in every indicators/*.lua):
--   CM   shared/notes/continuum.md "Typical indicators by level" (LSCP London Continuum of Help and
--        Support), cited as "CM <group> <level>"; "CM L3 def" = the level table in the same note.
--   AF   Framework for the Assessment of Children in Need and their Families (DH 2000), the
--        dimensions of the triangle used by Working Together to Safeguard Children 2023.
--   seed shared/seeds/<file>, "seed 000 L621-628" = lines of 000_db0484faeb017ebc.txt (Kingston
--        and Richmond); seed 004 L73-85 = the Working Together 2018 early help list (Sutton).
-- Every indicator fires on a concern answer only ("yes" in both modes), never on no/unknown/unsure.

indicator { id = "health.checks_missed", domain = "health", level = 2,
  text = "Missed health checks, immunisations or appointments, or a minor health, speech or developmental delay not followed up",
  source = "CM Health 2",
  needs = { "health" },
  when = { { p_health_checks = "yes" }, { f_health_checks = "yes" }, { f_health_growth = "yes" } } }

indicator { id = "health.early_years_universal", domain = "health", level = 1,
  text = "Help wanted with the pregnancy, or a baby's feeding, sleep or growth: the midwife's and health visitor's usual support",
  source = "CM L1 def (needs met by universal services); OHID, Healthy child programme 0 to 19: health visitor and school nurse commissioning (gov.uk, 2021: health visiting for every family from pregnancy)",
  needs = { "health", "early_years" },
  when = { { f_health_baby = "usual" } } }

indicator { id = "health.early_years", domain = "health", level = 2,
  text = "Pregnancy or baby in the first 1001 days: late or no antenatal care, or feeding, sleep or growth worries needing extra support",
  source = "CM Health 2; seed 000 L754-760 (first 1001 days, conception to age 2); seed 004 L387",
  needs = { "health", "early_years" },
  when = { { p_health_early = "yes" }, { f_health_baby = "yes" } } }

-- A disability whose needs are met is universal: level 1, said so in the reasons (the issue 18 review:
-- severity could not be said, so a mild disability with its needs met read as early help).
indicator { id = "health.disability_met", domain = "health", level = 1,
  text = "A disability or long-term condition whose needs are met",
  source = "CM L1 def (needs met by universal services); AF Health",
  needs = { "send" },
  when = { { p_health_disability = "met" } } }

indicator { id = "health.disability", domain = "health", level = 2,
  text = "Disability or long-term condition with additional needs that need extra support",
  source = "seed 004 L73-85 (WT 2018: disabled with specific additional needs); AF Health",
  needs = { "health", "send" },
  when = { { p_health_disability = "yes" }, { f_health_disability = "yes" } } }

indicator { id = "health.disability_complex", domain = "health", level = 3,
  text = "Disabled child with complex needs that the family cannot meet without a social care assessment (e.g. short breaks)",
  source = "Children Act 1989 s17(10)(c) (a disabled child is a child in need); CM L3 def",
  needs = { "health", "send" },
  when = { { p_health_disability_complex = "yes" }, { f_health_disability_more = "yes" } } }

indicator { id = "health.chronic_unmanaged", domain = "health", level = 3,
  text = "Chronic condition not managed, or significant developmental delay",
  source = "CM Health 3",
  needs = { "health" },
  when = { { p_health_chronic = "yes" } } }

indicator { id = "health.self_harm_low", domain = "health", level = 2,
  text = "Self-harm once or occasionally, with support in place",
  source = "CM Emotional 2 (low mood; universal and early help); NICE NG225 (self-harm: assessment by the right service, not by a count of episodes)",
  needs = { "health", "mental_health", "emotional" },
  when = { { p_emo_self_harm = "minor" }, { f_feel_hurt_self = "minor" } } }

indicator { id = "health.self_harm", domain = "health", level = 3,
  text = "Self-harm that is repeated, getting worse or needs medical care",
  source = "CM Health 3; seed 000 L320 (self-harm admissions)",
  needs = { "health", "mental_health", "emotional" },
  when = { { p_emo_self_harm = "yes" }, { f_feel_hurt_self = "yes" } } }

indicator { id = "health.substance_use", domain = "health", level = 2,
  text = "Early experimenting with alcohol or drugs",
  source = "CM Health 2; seed 004 L73-85 (WT 2018: misusing drugs or alcohol)",
  needs = { "health", "substance" },
  when = { { p_emo_substance = "yes" }, { f_out_substance = "yes" } } }

indicator { id = "health.substance_regular", domain = "health", level = 3,
  text = "Regular or harmful misuse of alcohol or drugs",
  source = "CM Health 3",
  needs = { "health", "substance" },
  when = { { p_emo_substance_regular = "yes" }, { f_out_substance_lots = "yes" } } }

indicator { id = "health.serious_untreated", domain = "health", level = 4,
  text = "Serious illness or injury left untreated, or care refused where the child's health or life is at serious risk",
  source = "CM Health 4",
  needs = { "health", "basic_care" },
  when = { { p_health_untreated = "yes" } } }

-- Neglect of health (the issue 18 review: facts no question could say). Faltering growth is CM Health 3;
-- medical and dental neglect are neglect of basic care (Working Together 2023 definition of neglect:
-- "failing to ensure access to appropriate medical care or treatment"); persistent untreated decay after
-- advice is dental neglect (BSPD, Child protection and the dental team: dental neglect policy).
indicator { id = "health.faltering", domain = "health", level = 3,
  text = "Faltering growth or weight loss with no medical cause, or a child who is often hungry",
  source = "CM Health 3 (faltering growth); NICE NG75 (faltering growth)",
  needs = { "health", "basic_care" },
  when = { { p_health_faltering = "yes" } } }

-- Dental and medical neglect is met in stages (BDA, Child protection and the dental team, "Managing dental
-- neglect": 1. the dental team raises it with the parents, relieves pain, agrees a realistic plan and
-- monitors; 2. a preventive multi-agency response; 3. a child protection referral when the child suffers
-- significant harm or shows other signs of neglect). A first concern the health or dental team is raising
-- with the family is early help; it steps up when it goes on after help was offered.
indicator { id = "health.care_first_concern", domain = "health", level = 2,
  text = "Health or dental care not sought: a first concern, which the health or dental team is raising with the family",
  source = "BDA, Child protection and the dental team: Managing dental neglect (stage 1, preventive dental team management; stage 2, preventive multi-agency response); CM Health 2 (health needs not followed up)",
  needs = { "health" },
  when = { { p_health_neglect = "first" }, { f_health_care_refused = "first" } } }

indicator { id = "health.medical_neglect", domain = "health", level = 3,
  text = "Health or dental care the child needs is not sought, or is refused (e.g. untreated tooth decay, treatment not given)",
  source = "Working Together to Safeguard Children 2023 (neglect: access to medical care or treatment); BSPD dental neglect policy; CM Parenting 3 (neglect of basic needs)",
  needs = { "health", "basic_care" },
  when = { { p_health_neglect = "yes" }, { f_health_care_refused = "yes" } } }

-- Young parents and pregnancy under 16: a young parent is early help (seed 004 L73-85 lists young
-- parents' needs; the Family Nurse Partnership is for first-time mothers aged 19 or under); a pregnant
-- child under 16 has had sexual activity below the age of consent and is assessed by children's social
-- care (London Safeguarding Children Procedures, sexually active children under 16): a red flag at level 3
-- (redflags.lua, rf.pregnant_under16). Under 13 is a red flag at level 4.
indicator { id = "health.young_parent", domain = "health", level = 2,
  text = "A young person who is pregnant or a young parent",
  source = "seed 004 L73-85 (WT 2018 early help list); Family Nurse Partnership (NHS England: first-time mothers aged 19 or under)",
  needs = { "health", "young_parent", "early_years" },
  when = { { p_health_pregnant = "yes" }, { f_health_pregnant = "yes" } } }
