-- training/adolescents.lua: training cases about young people aged 11 to 18, and young adults
-- aged 19 to 25 (with SEND, or leaving care). See early-years.lua for how a case is written.

training_case { id = "ad-phone-worry", expect = 1, contexts = { "11-19", "universal", "online" },
  title = "A first smartphone",
  story = "Nia's mum asks the school's pastoral lead for advice: Nia, 12, wants a smartphone and social media accounts like her friends. Nia is doing well at school, has a close group of friends and talks openly with her mum. Her mum is worried about what she might see online and who might contact her.",
  answers = { p_age = "11-19", p_strengths = "yes", p_str_school = "yes", p_str_network = "yes" },
  teaching = {
    "A parent's worry is not the child's need. Nia's needs are met: level 1, universal advice (online safety, parental controls, keeping talking).",
    "Good universal advice now is prevention: it is what keeps a child at level 1.",
  } }

training_case { id = "ad-cannabis-party", expect = 2, contexts = { "11-19", "substance use", "adolescents" },
  title = "Cannabis at a party",
  story = "Ethan, 15, was brought home by a friend's parent after smoking cannabis at a party; he was sick and frightened. His parents told the school. He says it was the first time and that older boys there 'offered it to everyone'. He attends well, plays football for a club and his parents are setting clear rules.",
  answers = { p_age = "11-19", p_emotional = "yes", p_emo_substance = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_network = "yes", p_str_insight = "yes" },
  teaching = {
    "Early experimenting with drugs or alcohol is level 2: targeted advice and education for Ethan, with his parents' support.",
    "Regular or harmful use would be level 3. Older people supplying drugs to young teenagers can be a first sign of grooming for exploitation: ask about it, without assuming.",
  } }

training_case { id = "ad-new-older-friends", expect = 3, contexts = { "11-19", "exploitation", "adolescents", "education" },
  title = "New trainers, new friends",
  story = "Josh, 15, has new trainers, a second phone and money his mum cannot explain. He has started hanging around with young men in their twenties, comes home after midnight and has missed a lot of school: his attendance is down to 80 per cent. His mum is worried and asks the school for help. There is no evidence yet that he is carrying or selling drugs.",
  answers = { p_age = "11-19", p_learning = "yes", p_edu_attendance = "yes",
              p_outside = "yes", p_out_exploit_risk = "yes" },
  teaching = {
    "Signs of risk of exploitation (older associates, unexplained money and phones, late nights) are level 3 and a suspicion to talk through with the front door today: refer to children's social care, alongside any local panel for exploitation.",
    "If it became known that he is being exploited (carrying drugs, going missing to other towns), that is a red flag: the front door the same day and a National Referral Mechanism referral.",
    "See him as a young person at risk, not as a troublemaker. Missing education and exploitation together would be level 4.",
  } }

training_case { id = "ad-county-lines", expect = 4, contexts = { "11-19", "exploitation", "red flag" },
  title = "Found in a flat in another town",
  story = "Police found Kai, 16, in a flat in a seaside town, with drugs and cash, three days after his carers reported him missing. It is the second time this month. He has a cut on his hand he will not explain and says he 'owes people'. He is now back home and his carers have asked for help.",
  answers = { p_age = "11-19", p_rf_any = "yes", p_rf_exploitation = "yes",
              p_outside = "yes", p_out_missing = "yes", p_out_exploit_risk = "yes" },
  teaching = {
    "A child being criminally exploited (county lines) is a red flag: contact the front door today, and consider a National Referral Mechanism referral. A child does not need to consent to an NRM referral.",
    "Kai is a victim first. 'Owing people' is debt bondage, a common hold over exploited children, and a sign of serious risk to his safety.",
    "Going missing again is a risk to plan for now: who is told, and what happens when he returns.",
  } }

training_case { id = "ad-self-harm", expect = 3, contexts = { "11-19", "self-harm", "mental health" },
  title = "Cuts found at PE",
  story = "Amira, 14, has been cutting her arms for about two months; a PE teacher saw the marks and she talked to the school nurse. She says she does it when she feels overwhelmed and has no wish to die. Her parents were shocked but are supportive and have taken her to the GP. She has a trusted teacher and attends school well.",
  answers = { p_age = "11-19", p_emotional = "yes", p_emo_self_harm = "yes",
              p_strengths = "yes", p_str_network = "yes", p_str_school = "yes", p_str_engaging = "yes" },
  teaching = {
    "Self-harm that has gone on for weeks is a complex need: level 3 (a single episode with support already in place would be early help), so the rules' first action is a referral through the front door, talked through with Amira and her parents. Specialist mental health services are likely to lead the help: the route shows this area's.",
    "Her supportive parents and trusted teacher are strengths for the plan; they do not lower the level.",
    "Ask directly about suicidal thoughts. A recent attempt or a plan to end her life would be level 4.",
  } }

training_case { id = "ad-suicide-plan", expect = 4, contexts = { "11-19", "mental health", "suicide" },
  title = "A plan for the weekend",
  story = "Ben, 16, tells his youth worker that he has decided to end his life at the weekend and has been saving up tablets at home. He has been low since his parents split up last year. He is calm, says he has not told anyone else, and asks the youth worker not to tell his dad.",
  answers = { p_age = "11-19", p_emotional = "yes", p_emo_low = "yes", p_emo_suicidal = "yes",
              p_home = "yes", p_fam_conflict = "yes" },
  teaching = {
    "A plan to end his life is suicidal behaviour: level 4. Act today: do not leave Ben alone, get urgent mental health help the same day, and contact the front door as the rules say.",
    "If he has the means with him or is about to act, that is immediate danger: call 999.",
    "You cannot keep this secret. Tell him who you will tell and why; involve his dad unless that would increase the risk, and ask about the tablets at home.",
  } }

training_case { id = "ad-forced-marriage", expect = 4, contexts = { "11-19", "forced marriage", "red flag", "hidden" },
  title = "A careers appointment",
  story = "S, 16, comes to a careers appointment to talk about sixth form and nursing. Near the end she says quietly that her parents have arranged for her to marry a cousin abroad this summer, that she does not want to, and that her dad is keeping her passport 'safe'. She is frightened of what her family will do if they find out she told anyone.",
  answers = { p_age = "11-19", p_rf_any = "yes", p_rf_forced_marriage = "yes",
              p_strengths = "yes", p_str_school = "yes" },
  teaching = {
    "Forced marriage, and any marriage under 18, is a crime: a red flag. Contact the front door and the police today; the Forced Marriage Unit can advise.",
    "Do not contact her family, do not try to mediate, and do not use relatives or community members to interpret. You may have only one chance to help.",
    "Her plans for sixth form and nursing are what she wants: keep them in view.",
  } }

training_case { id = "ad-under-13-boyfriend", expect = 4, contexts = { "11-19", "sexual abuse", "red flag", "hidden" },
  title = "A question about contraception",
  story = "At a school nurse drop-in Maya, 12, asks about contraception. She is chatty and sensible, and says her boyfriend is 17 and that they have been 'sleeping together' for a few weeks. She met him through her cousin. She asks the nurse not to tell her mum.",
  answers = { p_age = "11-19", p_rf_any = "yes", p_rf_under13 = "yes" },
  teaching = {
    "A child under 13 cannot consent to sexual activity in law: this is a red flag and a crime. Contact the front door today; the police will be involved.",
    "Her confidence and the ordinary question do not change that. The age gap points to grooming and possible exploitation.",
    "Explain to Maya, kindly, that you cannot keep this secret and who you will tell.",
  } }

training_case { id = "ad-beyond-control", expect = 3, contexts = { "11-19", "adolescents", "family breakdown" },
  title = "'Take him into care'",
  story = "Riley's parents ask school for help: Riley, 14, stays out until 2am, has punched holes in doors and shouts at his younger sisters. They have tried taking his phone and grounding him. His mum says they cannot cope any more and want him 'taken into care' before someone gets hurt. Riley says home is 'rubbish' and will not say where he goes at night.",
  answers = { p_age = "11-19", p_parenting = "yes", p_boundaries = "yes", p_boundaries_cannot = "yes",
              p_home = "yes", p_fam_breakdown = "yes" },
  teaching = {
    "Parents who cannot manage a child's behaviour and say they cannot cope are at level 3 (family breakdown): refer to children's social care for an assessment.",
    "Ask where he goes at night: late nights and anger at home can be signs of exploitation. Going missing or exploitation risk would add to the concern.",
    "His younger sisters are part of the assessment too.",
  } }

training_case { id = "ad-homeless-sixteen", expect = 3, contexts = { "11-19", "housing", "adolescents" },
  title = "Told to leave at sixteen",
  story = "Jade, 16, tells her college tutor that her stepdad told her to leave after a row two weeks ago. She has been sleeping on friends' sofas, a different one most nights, and has missed several days of college. Her mum will not go against her stepdad. Jade has no money of her own and asks whether she should go to the housing office.",
  answers = { p_age = "11-19", p_rf_any = "yes", p_rf_homeless_tonight = "yes",
              p_home = "yes", p_fam_breakdown = "yes", p_housing = "yes", p_housing_severe = "yes" },
  teaching = {
    "A 16- or 17-year-old with nowhere safe to stay is a red flag: contact the front door today. Children's services must assess her and may have to accommodate her (Children Act 1989 s20; the Southwark judgement): housing alone is not the right route.",
    "Sofa-surfing is homelessness, and it carries risks of exploitation. Ask where she is sleeping tonight.",
  } }

training_case { id = "ya-care-leaver-debts", expect = 2, contexts = { "19-25", "care leaver", "money" },
  title = "A care leaver who lost his job",
  story = "Callum, 20, left care at 18 and lives in his own flat. He lost his job in a warehouse two months ago, his benefits have not started yet, and he owes money on his phone and electricity. He says he feels low and is not going out much. His personal adviser from the council is in touch and helped him apply for benefits.",
  answers = { p_age = "19-25", p_emotional = "yes", p_emo_low = "yes", p_home = "yes", p_income = "yes",
              p_strengths = "yes", p_str_engaging = "yes" },
  teaching = {
    "Low mood and money problems, with help already in place, are additional needs: level 2.",
    "Care leavers are entitled to a personal adviser up to age 25: work with his adviser rather than around them.",
    "Debt and isolation can slide quickly into homelessness or a mental health crisis; agree who checks in, and when.",
  } }

training_case { id = "ya-send-college", expect = 2, contexts = { "19-25", "SEND", "education" },
  title = "Support that did not follow him",
  story = "Kofi, 20, has a learning disability and an education, health and care plan. He moved to a new college in September, but the support in his plan has not been put in place there: he has no one to help him in class and is falling behind. He lives with his parents, who are supportive, and he enjoys his course.",
  answers = { p_age = "19-25", p_learning = "yes", p_edu_send = "yes",
              p_strengths = "yes", p_str_network = "yes", p_str_school = "yes" },
  teaching = {
    "Learning needs without the right support are an additional need: level 2, for the college and the local authority's SEND service to put right.",
    "The level follows the unmet need, not the disability: with his plan in place he would be at level 1.",
  } }
