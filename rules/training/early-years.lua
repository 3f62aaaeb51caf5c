-- training/early-years.lua: training cases about unborn babies and children under 5.
-- Written for this project; people are named by a first name or an initial only.
-- Each case's answers are what a practitioner would tap on the kiosk's practitioner
-- questions (any question the flow asks that a case leaves out is answered "no");
-- 'expect' is the Continuum level the rules give, checked by the tests and by
-- 'righthelp check'. Teaching points follow the London Continuum of Help and Support.

training_case { id = "ey-first-baby", expect = 1, contexts = { "prebirth", "universal" },
  title = "A first pregnancy, going well",
  story = "Zara is 24 and 20 weeks pregnant with her first baby. She comes to the children's centre with her partner to ask about antenatal classes and baby groups. She has been to every midwife appointment and her scans are normal. They rent a one-bedroom flat, both work, and her mother lives nearby and is looking forward to helping. Zara says she feels nervous but excited, and asks what help there is after the birth.",
  answers = { p_age = "prebirth", p_strengths = "yes", p_str_network = "yes", p_str_engaging = "yes" },
  teaching = {
    "Nervousness about a first baby is ordinary: her needs are met by universal services (midwife, health visitor, children's centre groups). Level 1 is not 'no help': it is help that is open to everyone.",
    "Signposting at level 1 needs no referral and no assessment. Record nothing about the family beyond what your own service needs.",
    "Note the strengths (a supportive partner and grandmother, engagement with antenatal care): they are what keeps needs at level 1, and they are worth saying out loud to the family.",
  } }

training_case { id = "ey-low-mood-pregnancy", expect = 2, contexts = { "prebirth", "perinatal", "parental mental health" },
  title = "Low mood in a second pregnancy",
  story = "Rana is 30 weeks pregnant. At her appointment she tells the midwife she has felt low and tearful for several weeks, is sleeping badly and worries she will not cope with two children. She had postnatal depression after her son, now 3, was born; he is well cared for, attends nursery and is developing well. Her partner works nights. She says she has no thoughts of harming herself or the children and agrees to see her GP.",
  answers = { p_age = "prebirth", p_parents = "yes", p_par_mh = "yes", p_par_perinatal = "yes",
              p_strengths = "yes", p_str_engaging = "yes", p_str_insight = "yes" },
  teaching = {
    "Perinatal mental health difficulties, with the children's needs met, are additional needs: level 2, early help with Rana's consent, usually led by health (midwife, GP, health visitor).",
    "A history of postnatal depression raises the chance of it recurring: plan support before the birth, not after.",
    "Think family: her 3-year-old is part of the picture. If her mental health began to affect her care of either child, that would be level 3.",
    "Ask directly about thoughts of self-harm or of harming the baby. Thoughts of harm need urgent help the same day; immediate danger means 999.",
  } }

training_case { id = "ey-unborn-previous-removal", expect = 4, contexts = { "prebirth", "parental substance", "housing", "red flag" },
  title = "An unborn baby, and two children already in care",
  story = "A midwife books in Leanne at 28 weeks: she has missed her earlier appointments and scans. Leanne's two older children were removed into care last year because of neglect linked to her heroin use. She says she is using again 'but less', is staying with different friends most weeks, and does not want social workers involved this time. She wants to keep this baby.",
  answers = { p_age = "prebirth", p_rf_any = "yes", p_rf_baby_unsafe = "yes",
              p_health = "yes", p_health_checks = "yes", p_health_early = "yes",
              p_parents = "yes", p_par_substance = "yes",
              p_home = "yes", p_housing = "yes", p_housing_severe = "yes" },
  teaching = {
    "An unborn baby who will be unsafe after birth is a red flag: a pre-birth referral to the front door today, so that assessment and planning happen before the birth, not on the maternity ward.",
    "Previous children removed, current drug use, no stable home and late antenatal care together point to significant harm after birth: the pre-birth assessment weighs each of them, and any change since the older children were removed.",
    "Leanne's wish to keep social care out does not stop the referral. Tell her you are referring unless telling her would increase the risk to the baby, and record why.",
    "Her wish to keep this baby is a strength to work with: say so.",
  } }

training_case { id = "ey-speech-delay", expect = 2, contexts = { "0-5", "health", "SEND" },
  title = "Few words at two and a half",
  story = "At his two-and-a-half-year review, Jayden says only a handful of single words and does not join words together. The review had been rebooked twice after the family did not attend. His mum says he is fine and that his dad talked late too. He is happy, well dressed and well fed, plays well at his childminder's, and his hearing has not been checked.",
  answers = { p_age = "0-5", p_health = "yes", p_health_checks = "yes" },
  teaching = {
    "A speech delay not followed up is an additional health need: level 2. One agency (here the health visitor) can often meet it with a referral for a hearing test and speech and language support, with mum's consent.",
    "Missed appointments are worth noting, but with a child otherwise thriving they are not by themselves a safeguarding concern. A pattern of a child 'not brought' to health appointments would change that.",
    "In Kingston and Richmond a need in one area of the child's life is 2a (the Early Help resilience networks); needs in two or more areas are 2b (an Early Help assessment and a team around the child).",
  } }

training_case { id = "ey-bruise-at-weigh-in", expect = 4, contexts = { "0-5", "red flag", "hidden" },
  title = "A routine weigh-in",
  story = "Ayo brings her son, 7 weeks old, to the baby clinic for a weight check. He is gaining well and she is chatty and attentive; the family has just moved to a bigger flat and she talks about decorating his room. As she undresses him you notice a small bruise on his upper arm. She says his sister, who is 3, must have grabbed him while she was cooking.",
  answers = { p_age = "0-5", p_rf_any = "yes", p_rf_baby_injury = "yes",
              p_strengths = "yes", p_str_engaging = "yes" },
  teaching = {
    "Any bruise on a baby who is not yet mobile is a red flag, whatever the explanation and however good everything else looks: contact the front door today and follow the local protocol for bruising in non-mobile babies (a same-day medical assessment is usually needed).",
    "It is not your job to judge whether the explanation is true. A plausible account is still referred; the assessment decides.",
    "The ordinary, warm visit is exactly where this is missed. Look at the whole baby, every time.",
  } }

training_case { id = "ey-neglect-after-declining", expect = 3, contexts = { "0-5", "neglect", "declined early help" },
  title = "Early help declined, then things got worse",
  story = "Marcus, 3, goes to nursery two days a week. In the spring staff noticed he often arrived hungry and in the same clothes, with bad nappy rash, and his mum, who is bringing him up alone, said she was struggling. She was offered an Early Help assessment and declined, saying she did not want 'social services'. Six months on he attends less often, arrives hungry most days, has lost weight and has had the same untreated nappy rash for weeks.",
  answers = { p_age = "0-5", p_health = "yes", p_health_chronic = "yes",
              p_care = "yes", p_care_basic = "yes", p_care_neglect = "yes" },
  teaching = {
    "Declining early help was his mum's right: early help is voluntary, and a refusal on its own is not a reason to refer.",
    "What changed is the child's needs: his basic needs are now being neglected and his growth is faltering. That is level 3: refer to children's social care.",
    "Talk to his mum about the referral and seek her consent, unless that would put Marcus at risk. Record the earlier offer, her answer and what has changed since.",
    "Explain that a child in need assessment is about support too; it can help her accept help she turned down before.",
  } }

training_case { id = "ey-childcare-question", expect = 1, contexts = { "0-5", "universal" },
  title = "Potty training and nursery hours",
  story = "Sam's dad asks at the children's centre about potty training and how to find funded nursery hours now that Sam is 3. Sam is chatty and confident, goes to a toddler group every week and saw the health visitor for his review last month, where everything was on track. Both parents work part time and share the care.",
  answers = { p_age = "0-5", p_strengths = "yes", p_str_network = "yes", p_str_school = "yes" },
  teaching = {
    "A parent asking for information is not a sign of need. Sam's needs are met: level 1, universal services and information.",
    "Answer the question and signpost; there is nothing to assess and no one to refer.",
  } }

training_case { id = "ey-strangled-at-home", expect = 4, contexts = { "0-5", "domestic abuse", "red flag" },
  title = "A black eye at stay and play",
  story = "At a stay and play session Kerry, mum of Lily (18 months), has a black eye she tries to hide. When you speak to her alone she says her partner hit her when he had been drinking, that he has 'put his hands round my neck' twice, and that he said he would kill her if she left. She is frightened to go home tonight. Lily is clean, well dressed and close to her mum.",
  answers = { p_age = "0-5", p_parents = "yes", p_par_da = "yes", p_par_da_high = "yes", p_par_substance = "yes" },
  teaching = {
    "Strangulation and threats to kill are among the strongest signs of serious harm to come: this is high-risk domestic abuse, a red flag. Contact the front door today for Lily; complete the DASH risk checklist and refer to MARAC.",
    "Lily is a victim of domestic abuse in her own right (Domestic Abuse Act 2021), even though her day-to-day care is good.",
    "Keep talking to Kerry alone, plan with her where she will be safe tonight, and do nothing that would alert her partner. If anyone is in danger now, call 999.",
  } }
