-- training/family.lua: training cases led by the family's circumstances: parents' needs, domestic
-- abuse, housing, money and legal situations. See early-years.lua for how a case is written.

training_case { id = "fa-think-family", expect = 3, contexts = { "5-11", "parental mental health", "parental substance" },
  title = "Two worries at once",
  story = "The school's family support worker visits the home of Alfie, 6, and Rosie, 9. Their mum has been treated for depression for a year and has stopped going out. Their dad drinks most evenings and is often asleep on the sofa when the children get in. The children are fed and in school every day, and say things are 'fine'; Rosie has started making breakfast for her brother.",
  answers = { p_age = "5-11", p_parents = "yes", p_par_mh = "yes", p_par_substance = "yes",
              p_strengths = "yes", p_str_school = "yes" },
  teaching = {
    "Two or more of parental mental health difficulties, substance misuse and domestic abuse together are level 3, even when day-to-day care still looks good: the risk comes from how they combine.",
    "Think family: every child in the household is affected, and Rosie may be becoming a young carer.",
    "Seek the parents' consent to the referral unless that would put the children at risk.",
  } }

training_case { id = "fa-young-carer-heavy", expect = 3, contexts = { "11-19", "young carer", "parental mental health" },
  title = "Running the house at twelve",
  story = "Olu, 12, lives with his mum, who has bipolar disorder and is going through a bad spell, and two younger sisters. He gets his sisters up and to school, cooks most evenings, helps his mum wash and reminds her to take her medication. He has missed days of school when she is unwell; his attendance is 84 per cent and he falls asleep in lessons.",
  answers = { p_age = "11-19", p_learning = "yes", p_edu_attendance = "yes",
              p_parents = "yes", p_par_mh = "yes", p_par_affects = "yes",
              p_par_young_carer = "yes", p_par_young_carer_heavy = "yes" },
  teaching = {
    "A parent's mental health leaving the children's needs unmet is level 3. Olu's caring (intimate care, most days, affecting school) is inappropriate caring; on its own it would be early help with a young carer's needs assessment, as young carers' services meet it.",
    "Olu is entitled to a young carer's needs assessment, and his mum to an assessment of her own needs: support for her is what takes the load off him.",
    "Speak to Olu on his own: young carers often hide how much they do, for fear of the family being split up.",
  } }

training_case { id = "fa-private-fostering", expect = 3, contexts = { "11-19", "private fostering" },
  title = "Staying with mum's friend",
  story = "Yasmin, 12, has lived with her mum's close friend for six weeks while her mum is abroad caring for a sick relative; no one knows when she will be back. The school found out when the friend signed a trip form. Yasmin is settled, attends every day and seems well cared for. The friend did not know she should tell anyone.",
  answers = { p_age = "11-19", p_legal = "yes", p_legal_private_fostering = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_network = "yes" },
  teaching = {
    "A child under 16 cared for 28 days or more by someone who is not a parent or close relative (grandparent, brother, sister, aunt, uncle or step-parent) is privately fostered. The local authority must be told: tell children's social care.",
    "That duty is about the arrangement, not a judgement that the care is poor: the assessment checks that the arrangement is safe and supports the carer.",
    "Many private fostering arrangements are found this way, by a school noticing who signs the forms.",
  } }

training_case { id = "fa-abuse-with-strengths", expect = 3, contexts = { "5-11", "domestic abuse", "strengths" },
  title = "She left, and he still texts",
  story = "Three months ago Chloe left her partner after years of abuse and moved with her sons, 5 and 8, to her sister's house. She has a support worker for domestic abuse and the boys have settled into a new school with good attendance. Chloe is warm, clear about what happened and determined to keep the boys safe. Her ex-partner still sends threatening messages, and the boys have nightmares.",
  answers = { p_age = "5-11", p_parents = "yes", p_par_da = "yes",
              p_strengths = "yes", p_str_network = "yes", p_str_engaging = "yes", p_str_school = "yes", p_str_insight = "yes" },
  teaching = {
    "Recent domestic abuse, with continuing threats, is level 3: the boys are victims in their own right, and the danger to a woman and her children can be greatest after she leaves.",
    "The strengths are many and real. They shape the plan; they never lower a level 3 concern.",
    "Complete the DASH risk checklist for the threats: high risk would make this a red flag (MARAC and the front door today).",
  } }

training_case { id = "fa-temporary-housing", expect = 2, contexts = { "5-11", "housing", "money" },
  title = "A B&B in another borough",
  story = "After an eviction, the council placed Maria and her two children, 6 and 10, in one room in a bed and breakfast in a neighbouring borough. The children still go to their old school, an hour's journey away, and have not missed a day. Maria's benefits were stopped during the move and she is waiting for them to be sorted out. The children are well cared for.",
  answers = { p_age = "5-11", p_home = "yes", p_housing = "yes", p_income = "yes",
              p_strengths = "yes", p_str_school = "yes", p_str_insight = "yes" },
  teaching = {
    "Temporary accommodation and a gap in income are additional needs: level 2, early help with Maria's consent.",
    "Families placed out of borough fall between services: agree which borough's early help leads, and tell the school.",
    "A family's homelessness is for the council's housing service, and early help alongside; the children going without food or heating would be level 3, and so would a 16-year-old with nowhere to stay.",
  } }

training_case { id = "fa-no-recourse", expect = 3, contexts = { "0-5", "money", "no recourse to public funds" },
  title = "No recourse to public funds",
  story = "Esi brings her son, 4, to a food bank at the children's centre. Her visa means she has no recourse to public funds; she lost her cleaning job in the spring. They share one room with another family, and she says some days there is only enough food for her son to eat. He is small for his age and often unwell.",
  answers = { p_age = "0-5", p_home = "yes", p_income = "yes", p_income_severe = "yes", p_housing = "yes",
              p_strengths = "yes", p_str_insight = "yes" },
  teaching = {
    "A child going without food because the family has no recourse to public funds is level 3: the local authority can assess and support a child in need under section 17, including in families with no recourse to public funds.",
    "Refer to children's social care with Esi's consent; the food bank is a stopgap, not a plan.",
  } }
