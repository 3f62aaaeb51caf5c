-- indicators/parenting.lua: parenting capacity: basic care, ensuring safety, emotional warmth,
-- stimulation, guidance and boundaries, stability (AF dimensions). The parents' own needs
-- (mental health, substance use, domestic abuse, learning disability) are in parents.lua.
-- Source key: see indicators/health.lua.

-- Basic care.
indicator { id = "basic_care.gaps", domain = "basic_care", level = 2,
  text = "Inconsistent basic care (meals, hygiene, clothing, routines) or a parent struggling to cope",
  source = "CM Parenting 2 (inconsistent care, hygiene; parent struggling)",
  needs = { "basic_care", "parenting" },
  when = { { p_care_basic = "yes" }, { f_home_routines = "yes" } } }

indicator { id = "basic_care.neglect", domain = "basic_care", level = 3,
  text = "Neglect of the child's basic needs",
  source = "CM Parenting 3 (neglect of basic needs)",
  needs = { "basic_care", "parenting" },
  when = { { p_care_neglect = "yes" } } }

indicator { id = "basic_care.severe_neglect", domain = "basic_care", level = 4,
  text = "Severe or persistent neglect, or abandonment",
  source = "CM Parenting 4 (severe or persistent neglect; abandonment)",
  needs = { "basic_care", "parenting", "safety" },
  when = { { p_care_severe = "yes" } } }

-- Ensuring safety (domestic abuse in the home is parents.lua: parent.domestic_abuse).
indicator { id = "safety.supervision", domain = "safety", level = 2,
  text = "Inconsistent supervision, or safety at home or online not always ensured",
  source = "CM Parenting 2 (inconsistent supervision); AF Ensuring safety",
  needs = { "safety", "parenting" },
  when = { { p_safety_gaps = "yes" }, { p_safety_alone = "brief" } } }   -- brief moments out of sight: a gap, not left alone

indicator { id = "safety.unsafe", domain = "safety", level = 3,
  text = "Not protected from harm: repeated accidents, or contact with adults or places that put the child at risk",
  source = "AF Ensuring safety; CM L3 def",
  needs = { "safety", "parenting" },
  when = { { p_safety_risk = "yes" } } }

indicator { id = "safety.left_alone", domain = "safety", level = 4,
  text = "A young child left alone, or left without supervision in danger",
  source = "CM Parenting 4 (a young child left alone)",
  needs = { "safety", "basic_care" },
  when = { { p_safety_alone = "yes" } } }

-- Emotional warmth.
indicator { id = "warmth.inconsistent", domain = "warmth", level = 2,
  text = "Inconsistent warmth, praise or emotional availability",
  source = "CM Warmth and guidance 2 (inconsistent warmth)",
  needs = { "warmth", "parenting" },
  when = { { p_warmth = "yes" } } }

indicator { id = "warmth.rejected", domain = "warmth", level = 3,
  text = "The child is rejected, scapegoated or constantly criticised",
  source = "CM Warmth and guidance 3 (rejected or scapegoated)",
  needs = { "warmth", "parenting", "emotional" },
  when = { { p_warmth_rejected = "yes" } } }

indicator { id = "warmth.emotional_abuse", domain = "warmth", level = 4,
  text = "Emotional abuse causing harm to the child",
  source = "CM Warmth and guidance 4 (emotional abuse causing harm); WT 2023 glossary (emotional abuse)",
  needs = { "warmth", "emotional", "safety" },
  when = { { p_warmth_abuse = "yes" } } }

-- Stimulation.
indicator { id = "stimulation.limited", domain = "stimulation", level = 2,
  text = "Little play, talk or encouragement to learn; early education not taken up",
  source = "AF Stimulation; CM L2 def; seed 000 L272-276 (take-up of funded early education places)",
  needs = { "stimulation", "parenting" },
  when = { { p_stim = "yes" } } }

indicator { id = "stimulation.severe", domain = "stimulation", level = 3,
  text = "Lack of stimulation is significantly holding back the child's development",
  source = "AF Stimulation; CM Health 3 (significant developmental delay)",
  needs = { "stimulation", "parenting", "health" },
  when = { { p_stim_severe = "yes" } } }

-- Guidance and boundaries.
indicator { id = "boundaries.inconsistent", domain = "boundaries", level = 2,
  text = "Inconsistent boundaries or routines; parents finding behaviour hard to manage",
  source = "CM Warmth and guidance 2 (inconsistent boundaries)",
  needs = { "boundaries", "parenting" },
  when = { { p_boundaries = "yes" }, { f_home_behaviour = "yes" }, { f_home_behaviour_cannot = "tired" } } }

indicator { id = "boundaries.beyond_control", domain = "boundaries", level = 3,
  text = "Parents cannot manage the child's behaviour",
  source = "CM Warmth and guidance 3 (parents cannot manage behaviour)",
  needs = { "boundaries", "parenting", "emotional" },
  when = { { p_boundaries_cannot = "yes" }, { f_home_behaviour_cannot = "yes" } } }

-- Violence by a child towards a parent or a brother or sister: parents cannot keep control (CM 3).
indicator { id = "boundaries.violence_at_home", domain = "boundaries", level = 3,
  text = "The child is violent or abusive at home, towards a parent, carer or brother or sister",
  source = "CM Warmth and guidance 3 (parents cannot manage behaviour); Home Office, Information guide: adolescent to parent violence and abuse (2015)",
  needs = { "boundaries", "parenting", "emotional" },
  when = { { p_emo_violent_home = "yes" }, { f_feel_violent = "yes" } } }

indicator { id = "boundaries.harmful_punishment", domain = "boundaries", level = 4,
  text = "Punishment that injures, frightens or degrades the child",
  source = "CM level 4 def; Children Act 2004 s58 (no reasonable-punishment defence where there is actual bodily harm)",
  needs = { "boundaries", "safety" },
  when = { { p_boundaries_harm = "yes" } } }

-- Stability.
indicator { id = "stability.changes", domain = "stability", level = 2,
  text = "Changes of carer, home or school, or unpredictable routines unsettling the child",
  source = "AF Stability; CM Family 2 (separation)",
  needs = { "stability" },
  when = { { p_stability = "yes" } } }

indicator { id = "stability.many_changes", domain = "stability", level = 3,
  text = "Many changes of main carer or household; no stable, secure adult in the child's life",
  source = "AF Stability; CM Family 3 (repeated moves)",
  needs = { "stability", "parenting" },
  when = { { p_stability_severe = "yes" } } }
