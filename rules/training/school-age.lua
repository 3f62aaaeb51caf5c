-- training/school-age.lua: training cases about children aged 5 to 10.
-- See early-years.lua for how a case is written and checked.

training_case { id = "sa-asthma-managed", expect = 1, contexts = { "5-11", "health", "universal" },
  title = "A new diagnosis, well managed",
  story = "Grace, 9, was diagnosed with asthma in the winter. Her parents come to a school drop-in to ask how she can keep doing PE and swimming safely. She has an inhaler in school, her care plan is up to date, she attends well and has plenty of friends. Her parents have already talked to the school nurse and the GP.",
  answers = { p_age = "5-11", p_health = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_engaging = "yes" },
  teaching = {
    "A health condition is not an additional need when it is being met: Grace's asthma is managed by universal health services and her school. Level 1.",
    "'Any concern about health?' was rightly 'yes', but none of the detail questions applies: the level follows the needs that are not met, not the diagnosis.",
  } }

training_case { id = "sa-declined-early-help", expect = 2, contexts = { "5-11", "education", "declined early help" },
  title = "Parents say they will sort it themselves",
  story = "Theo, 7, has had 88 per cent attendance this term, mostly late mornings and odd days off after late nights. His teacher says he is tired but learning well, and he is cheerful and well cared for. The school offered his parents an Early Help assessment to look at routines; they declined politely, saying they would sort bedtimes out themselves. Since then his attendance has crept up a little.",
  answers = { p_age = "5-11", p_learning = "yes", p_edu_attendance = "yes" },
  teaching = {
    "Attendance under 90 per cent is persistent absence: an additional need, level 2.",
    "Early help is voluntary. Declining it is not a reason to refer to social care, and a referral must never be used to make a family engage.",
    "Keep offering: the school's own attendance support carries on, the offer stays open, and you record the offer and the answer. Refer only if needs rise or there are signs of harm.",
  } }

training_case { id = "sa-two-domains", expect = 2, contexts = { "5-11", "SEND", "parental learning disability" },
  title = "Reading support that has not arrived",
  story = "Ellie, 6, is well behind with reading and speech and her school thinks she may have a learning difficulty, but the assessment has not happened yet and she has no extra support in class. Her dad, who cares for her, has a learning disability: he is loving and keeps a good routine but struggles with letters from school and forms, and has missed two meetings because he did not understand the invitation.",
  answers = { p_age = "5-11", p_learning = "yes", p_edu_send = "yes", p_parents = "yes", p_par_ld = "yes",
              p_strengths = "yes", p_str_insight = "yes" },
  teaching = {
    "Unsupported learning needs (education) and a parent who needs support to meet the child's needs (family): two level 2 needs in two areas of Ellie's life. Level 2.",
    "Several needs are early help from several agencies around a lead professional; they step up to children's social care when that help has been tried and the needs remain. Here, one plan with a lead professional is the right size of response.",
    "In Kingston and Richmond, needs in two or more areas make this 2b: an Early Help assessment with a lead professional and a team around the child.",
    "Adapt how you communicate with dad (easy-read letters, a phone call before meetings): that removes a need rather than referring it on.",
  } }

training_case { id = "sa-young-carer-light", expect = 2, contexts = { "5-11", "young carer" },
  title = "Helping mum after school",
  story = "Priya, 10, lives with her mum, who has multiple sclerosis, and her dad, who works long hours. After school Priya helps with shopping, makes tea twice a week and keeps her mum company. She is doing well at school, has friends and goes to Brownies. She says she likes helping, though she is sometimes tired and worries when her mum has a bad day.",
  answers = { p_age = "5-11", p_parents = "yes", p_par_young_carer = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_network = "yes" },
  teaching = {
    "Priya is a young carer with light caring: level 2. Young carers are entitled to a young carer's needs assessment (Children Act 1989 s17ZA).",
    "Ask what she actually does. Intimate care, or caring that stops school or friendships, would be inappropriate caring: still early help, with a young carer's needs assessment, unless her mum's needs leave hers unmet (level 3).",
    "Ask whether her mum's own care needs have been assessed: support for the adult is often what reduces the child's caring.",
  } }

training_case { id = "sa-bullied-stomach-aches", expect = 2, contexts = { "5-11", "emotional", "relationships" },
  title = "Stomach aches on school mornings",
  story = "Nathan, 9, has been complaining of stomach aches most school mornings since half term. His mum found out that older boys have been calling him names about his weight and taking his snacks. He has become quiet and anxious at bedtime. School know, have spoken to the boys, and have put in a check-in with his class teacher. His attendance is still good and his home life is settled.",
  answers = { p_age = "5-11", p_emotional = "yes", p_emo_low = "yes", p_self = "yes", p_rel_peer = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_engaging = "yes" },
  teaching = {
    "Being bullied and the anxiety that follows are level 2 emotional and relationship needs that the school and family can meet together.",
    "Watch the trend: repeated self-harm, mental health needs beyond what school can meet, or early help that does not work would move this to level 3.",
  } }

training_case { id = "sa-adds-up", expect = 2, contexts = { "5-11", "neglect", "cumulative", "parental mental health" },
  title = "Several small worries",
  story = "Dylan, 9: his attendance is 86 per cent and he is often late. He comes in hungry and in unwashed uniform and some children have started to avoid him. His parents separated in the summer, his mum tells the teacher she is 'really low' and has rent arrears and debts she cannot see a way through. No one has shared these concerns with each other: the school, the GP and the housing officer each know one part.",
  answers = { p_age = "5-11", p_learning = "yes", p_edu_attendance = "yes",
              p_self = "yes", p_pres = "yes",
              p_parents = "yes", p_par_mh = "yes",
              p_home = "yes", p_fam_conflict = "yes", p_income = "yes" },
  teaching = {
    "Each need alone is level 2. Together they run across four areas of Dylan's life (education, presentation, family, money): several agencies are needed, around an early help assessment and a lead professional (Kingston and Richmond's level 2b), with the family's consent.",
    "Several needs step up to children's social care (level 3) when early help has been tried and the needs remain, when the family will not engage while they remain, or when care falls short across several areas of parenting. If Dylan's hunger is persistent, answer it as such: that is a sign of neglect on its own.",
    "The real risk here is that each agency sees one small worry. Bring the picture together.",
  } }

training_case { id = "sa-fgm-summer-trip", expect = 4, contexts = { "5-11", "FGM", "red flag", "hidden" },
  title = "A long trip in the summer holidays",
  story = "At parents' evening H's mum is proud of her: H, 8, is reading well above her age and has lots of friends. As they leave, her mum mentions that they will be away for the whole summer, visiting family abroad for a special ceremony for H, 'to become a woman, like her big sister did at the same age'. Her mum asks for the school's permission to leave a week early.",
  answers = { p_age = "5-11", p_rf_any = "yes", p_rf_fgm = "yes",
              p_strengths = "yes", p_str_school = "yes" },
  teaching = {
    "A girl at risk of female genital mutilation is a red flag: contact the front door today. Do not wait until nearer the trip.",
    "The police reporting duty for teachers, health and social care professionals covers known FGM (the girl tells you, or you see signs). A risk, like this one, goes to the front door and your safeguarding lead the same day.",
    "The good news at parents' evening and the older sister's experience are exactly why the risk is easy to miss.",
  } }

training_case { id = "sa-disclosure-belt", expect = 4, contexts = { "5-11", "physical abuse", "red flag" },
  title = "'I don't want to go home'",
  story = "At the end of a lesson Lola, 10, stays behind and tells her teacher that her mum's boyfriend hits her with a belt when she is 'bad', and that she does not want to go home today. She pulls up her sleeve: there are red marks on her forearm. She asks the teacher not to tell anyone.",
  answers = { p_age = "5-11", p_rf_any = "yes", p_rf_disclosure = "yes",
              p_parenting = "yes", p_boundaries = "yes", p_boundaries_harm = "yes" },
  teaching = {
    "A disclosure of abuse is a red flag: tell your safeguarding lead now and contact the front door today, before she goes home.",
    "Listen, do not ask leading questions or investigate, write down her own words, and never promise to keep a secret: explain kindly who you will tell and why.",
    "Being hit with a belt hard enough to leave marks is physical abuse, not a parenting style. Do not contact her mum or the boyfriend before talking to the front door, as that could put Lola at more risk.",
  } }

training_case { id = "sa-left-alone-at-night", expect = 4, contexts = { "5-11", "neglect", "supervision" },
  title = "Asking to stay at after-school club",
  story = "Iris, 7, asks the after-school club leader if she can stay every day until 6 instead of twice a week. Talking it through, she says her mum works nights now, so after club she and her brother, who is 4, 'look after ourselves' until her mum's friend checks on them at about 10. She makes their tea with the microwave. Her mum is kind and the children are clean and well fed.",
  answers = { p_age = "5-11", p_care = "yes", p_safety_gaps = "yes", p_safety_alone = "yes" },
  teaching = {
    "Young children left alone at night, a 7-year-old in charge of a 4-year-old, is level 4 (a young child left alone): contact the front door today.",
    "There is no legal minimum age for leaving a child alone, but leaving a child alone when it puts them at risk can be the offence of neglect, and a 4- and a 7-year-old alone for hours at night are at risk.",
    "Warmth and good basic care are real strengths and belong in the plan, but they do not lower an acute concern.",
  } }

training_case { id = "sa-stepped-down", expect = 2, contexts = { "5-11", "step-down", "parental substance" },
  title = "Social care has just closed the case",
  story = "After a year as a child in need, children's social care has closed the case for Reece, 8, and stepped it down to early help. His mum has been in treatment for her drinking and has been sober for six months; his attendance is back to 97 per cent. The plan says an early help lead professional will stay involved for six months.",
  answers = { p_age = "5-11", p_parents = "yes", p_par_substance = "yes", p_legal = "yes", p_legal_stepdown = "yes",
              p_strengths = "yes", p_str_engaging = "yes", p_str_insight = "yes", p_str_school = "yes" },
  teaching = {
    "Step-down from social care is level 2: early help keeps the progress going, with the family's consent.",
    "In Kingston and Richmond children just stepped down from level 3 are 2b: an Early Help assessment and a lead professional.",
    "Relapse is part of recovery: the plan should say what would lead to a new referral, so that no one waits for a crisis.",
  } }
