-- indicators/emotional.lua: the child's developmental needs, emotional and behavioural
-- development (mental health). Risks outside the home are in contexts.lua; self-harm, which
-- the Continuum lists under health, is in health.lua.
-- Source key: see indicators/health.lua.

indicator { id = "emotional.low_level", domain = "emotional", level = 2,
  text = "Anxiety, low mood, or behaviour difficulties that universal services can help with",
  source = "CM Emotional 2; seed 000 L621-628 (KRSCP priority: mental health of young people)",
  needs = { "emotional", "mental_health" },
  when = { { p_emo_low = "yes" }, { f_feel_worried = "yes" } } }

indicator { id = "emotional.mental_health", domain = "emotional", level = 3,
  text = "Mental health needs beyond what universal services can meet",
  source = "CM Emotional 3; seed 000 L324-328 (CAMHS referrals; mental health in SPA referrals)",
  needs = { "emotional", "mental_health" },
  when = { { p_emo_mh = "yes" }, { f_feel_more_help = "yes" } } }

indicator { id = "emotional.suicidal", domain = "emotional", level = 4,
  text = "Suicidal behaviour: a recent attempt, or a plan to end their life",
  source = "CM Emotional 4 (suicidal behaviour)",
  needs = { "emotional", "mental_health", "health" },
  when = { { p_emo_suicidal = { "yes", "now" } }, { f_rf_suicide = { "yes", "now" } } } }
