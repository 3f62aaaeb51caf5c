-- indicators/identity_relationships.lua: the child's developmental needs: identity, family and
-- social relationships, social presentation, self-care skills (AF dimensions). The Continuum
-- note gives no typical indicators for these four: the levels follow the level definitions
-- (CM L2/L3 def) and, for presentation and self-care at level 3, the neglect indicators.
-- Source key: see indicators/health.lua.

indicator { id = "identity.support", domain = "identity", level = 2,
  text = "Needs support with identity (culture, faith, language, sexuality, gender, disability, adoption or a new family), or low self-esteem",
  source = "AF Identity; CM L2 def; seed 003 L121-246 (children's voice: LGBT awareness)",
  needs = { "identity" },
  when = { { p_id_support = "yes" }, { f_feel_identity = "yes" } } }

indicator { id = "identity.harm", domain = "identity", level = 3,
  text = "Harmed because of who they are: persistent discrimination, hate incidents, or hostility at home about their identity",
  source = "AF Identity; CM L3 def",
  needs = { "identity", "emotional" },
  when = { { p_id_harm = "yes" } } }

indicator { id = "relationships.peers", domain = "relationships", level = 2,
  text = "Friendship difficulties, being bullied or bullying others",
  source = "CM Emotional 2 (friendship difficulties, being bullied); AF Family and social relationships",
  needs = { "relationships", "emotional" },
  when = { { p_rel_peer = "yes" }, { f_feel_friends = "yes" }, { f_rf_told = "bullied" } } }

indicator { id = "relationships.harmful", domain = "relationships", level = 3,
  text = "Harmful relationships: a controlling or abusive partner, abuse by other children, or isolation from family and friends",
  source = "AF Family and social relationships; CM L3 def; Domestic Abuse Act 2021 s1-2 (abuse between partners aged 16 or over)",
  needs = { "relationships", "safety" },
  when = { { p_rel_harmful = "yes" } } }

indicator { id = "presentation.concern", domain = "presentation", level = 2,
  text = "Appearance, hygiene or clothing sometimes not suitable, affecting how others see or treat the child",
  source = "AF Social presentation; CM Parenting 2 (inconsistent hygiene)",
  needs = { "presentation" },
  when = { { p_pres = "yes" } } }

indicator { id = "presentation.neglected", domain = "presentation", level = 3,
  text = "Persistently dirty, unkempt or unsuitably dressed, leading to isolation or bullying",
  source = "AF Social presentation; CM Parenting 3 (neglect of basic needs)",
  needs = { "presentation", "basic_care" },
  when = { { p_pres_severe = "yes" } } }

indicator { id = "selfcare.behind", domain = "selfcare", level = 2,
  text = "Self-care skills (dressing, toileting, eating, getting about safely) behind what is expected for age and not supported",
  source = "AF Self-care skills; CM L2 def",
  needs = { "selfcare" },
  when = { { p_selfcare = "yes" } } }

indicator { id = "selfcare.beyond_age", domain = "selfcare", level = 3,
  text = "Expected to look after themselves far beyond their age (for example a young child finding their own food)",
  source = "AF Self-care skills; CM Parenting 3 (neglect of basic needs)",
  needs = { "selfcare", "basic_care" },
  when = { { p_selfcare_severe = "yes" } } }

-- Sexual behaviour not expected for the child's age (Brook traffic light tool: amber and red behaviours
-- need a response beyond the setting; harm to another child is a red flag, rf.sexual_abuse).
indicator { id = "relationships.sexual_behaviour", domain = "relationships", level = 3,
  text = "Sexual behaviour that is not expected for the child's age or development",
  source = "continuum.md, scored tools (Brook sexual behaviours traffic light tool, amber and red); NICE NG55 (harmful sexual behaviour)",
  needs = { "relationships", "safety" },
  when = { { p_emo_sexual_behaviour = "yes" } } }
