-- indicators/family_environment.lua: family and environmental factors: family history and
-- functioning (including young carers, private fostering, unaccompanied children and step-down
-- from social care), wider family, housing, employment and income, community.
-- Source key: see indicators/health.lua.

-- The age bands of a child who can be privately fostered (born, under 19). "11-19" first, as in the
-- question files, for the linter's path finder.
local CHILD_BANDS = { "11-19", "0-5", "5-11" }

-- Family history and functioning.
-- The need tag "family" (routes to Relate, Family Group Conferences, reducing parental conflict,
-- Families Forward) is for family relationships: conflict, loss, breakdown. A young carer, a step-down,
-- a privately fostered or an unaccompanied child carry their own tag instead, so they are not sent to
-- couples' counselling (seed 004 L270-275; seed 002 L216; seed 001 L298, L320-325). The domain
-- stays "family" for adding up needs.
indicator { id = "family.conflict_loss", domain = "family", level = 2,
  text = "Parental conflict or separation, bereavement, or other family stress",
  source = "CM Family 2 (parental conflict or separation; bereavement); seed 004 L770 (reducing parental conflict)",
  needs = { "family" },
  when = { { p_fam_conflict = "yes" }, { f_home_arguments = "yes" } } }

indicator { id = "family.breakdown", domain = "family", level = 3,
  text = "Family relationships breaking down: parents say they cannot cope, or the child may need to live elsewhere",
  source = "CM Family 3-4; CM L3 def",
  needs = { "family", "relationships" },
  when = { { p_fam_breakdown = "yes" }, { f_home_breakdown = { "yes", "today" } } } }

indicator { id = "family.cannot_keep_safe", domain = "family", level = 4,
  text = "The family cannot keep the child safe at home",
  source = "CM Family 4 (the family cannot keep the child safe at home)",
  needs = { "family", "safety" },
  when = { { p_fam_unsafe = "yes" } } }

indicator { id = "family.young_carer", domain = "family", level = 2,
  text = "Young carer: helps care for a family member who is ill, disabled or misuses substances (light caring)",
  source = "CM Family 2 (young carer, light caring); seed 004 L77 (WT 2018); Children Act 1989 s17ZA (young carer's needs assessment)",
  needs = { "young_carer" },
  when = { { p_par_young_carer = "yes" }, { f_home_caring = "yes" } } }

-- A lot of caring that leaves school and friendships intact is early help with a young carer's
-- needs assessment (Children Act 1989 s17ZA); caring that stops school or friendships, or intimate care,
-- is inappropriate caring (CM Family 3). The issue 18 review: four families helping at home were read
-- as heavy caring.
indicator { id = "family.young_carer_substantial", domain = "family", level = 2,
  text = "Young carer doing a lot of caring most days, while still at school and seeing friends",
  source = "CM Family 2 (young carer); Children Act 1989 s17ZA; Care Act 2014 and the Carers Trust young carers' assessment",
  needs = { "young_carer" },
  when = { { p_par_young_carer_heavy = "some" }, { f_home_caring_lots = "some" } } }

-- Inappropriate caring is level 3 in the London Continuum (CM Family 3), but every published young carer
-- case in tests/published (Carers Trust and local young carers services, six families whose caring kept
-- children from school or friends) was met by early help with a young carer's needs assessment, which the
-- council must carry out on request (Children Act 1989 s17ZA) and commissions from young carers services.
-- So it is level 2 here: a referral to children's social care follows when the parent's needs leave the
-- child's needs unmet (parent.affecting_care, level 3) or when help has failed (history.lua).
indicator { id = "family.young_carer_heavy", domain = "family", level = 2,
  text = "Young carer with inappropriate caring: it stops school or friendships, or includes intimate care. Ask for a young carer's needs assessment",
  source = "CM Family 3 (young carer, heavy or inappropriate caring); seed 000 L580-590 (protect young carers from inappropriate caring)",
  needs = { "young_carer" },
  when = { { p_par_young_carer_heavy = "yes" }, { f_home_caring_lots = "yes" } } }

indicator { id = "family.stepdown", domain = "family", level = 2,
  text = "Recently stepped down from children's social care, or returned home from care",
  source = "seed 000 L807-818 (level 2b includes children just stepped down from level 3); seed 001 L153; seed 004 L84 (WT 2018: returned home from care)",
  needs = { "stepdown" }, flags = { "stepdown" },
  when = { { p_legal_stepdown = "yes" }, { f_home_stepdown = "yes" } } }

indicator { id = "family.private_fostering", domain = "family", level = 3,
  text = "Privately fostered: under 16 (under 18 if disabled), cared for 28 days or more by someone who is not a parent or close relative. The local authority must be told",
  source = "Children Act 1989 s66-67; Children (Private Arrangements for Fostering) Regulations 2005; CM Act now (a child under 16, or under 18 if disabled); seed 004 L85",
  needs = { "private_fostering" },
  -- Only a child can be privately fostered (under 16, or 18 if disabled): a "yes" for an unborn baby or a
  -- young adult of 19 to 25 is not private fostering and must not send an adult to children's social care.
  when = { { p_legal_private_fostering = "yes", p_age = CHILD_BANDS },
           { f_home_friend = "yes", f_age = CHILD_BANDS } } }

indicator { id = "family.unaccompanied", domain = "family", level = 3,
  text = "Unaccompanied child: in the UK without a parent or a carer responsible for them",
  source = "Children Act 1989 s17, s20; DfE Care of unaccompanied migrant children and child victims of modern slavery (2017)",
  needs = { "unaccompanied" },
  when = { { p_legal_unaccompanied = "yes" }, { f_home_alone_uk = "yes" } } }

-- Wider family.
indicator { id = "wider_family.little_support", domain = "wider_family", level = 2,
  text = "Little or no support from wider family or friends, or conflict with wider family",
  source = "AF Wider family; CM Family 2 (isolation)",
  needs = { "wider_family" },
  when = { { p_wider = "yes" }, { f_alone = "yes" } } }

indicator { id = "wider_family.harmful", domain = "wider_family", level = 3,
  text = "Wider family harming the child's welfare: care by relatives that is breaking down, or relatives who undermine the child's care or safety",
  source = "AF Wider family; CM L3 def",
  needs = { "wider_family", "safety" },
  when = { { p_wider_severe = "yes" } } }

-- Housing.
indicator { id = "housing.poor_or_temporary", domain = "housing", level = 2,
  text = "Overcrowded or poor housing, or temporary accommodation",
  source = "CM Family 2 (overcrowding or temporary accommodation); seed 000 L246-247; seed 004 L505-506",
  needs = { "housing" },
  when = { { p_housing = "yes" }, { f_house = "yes" } } }

-- Homelessness of a family is a duty of the council's housing service (Housing Act 1996 Part 7), not on
-- its own a referral to children's social care: the published families in refuges, hostels and one room of
-- temporary accommodation (tests/published, four cases) were met by early help. It stays a need of its own;
-- a 16 or 17-year-old with nowhere to stay is a red flag (rf.homeless_16_17), and a family with no recourse
-- to public funds is supported under s17 (income.basic_needs_unmet).
indicator { id = "housing.homeless", domain = "housing", level = 2,
  text = "No settled home (sofa-surfing, a shelter, evicted with nowhere to go), or housing unsafe for the child",
  source = "CM Family 3 (homelessness or repeated moves)",
  needs = { "housing", "stability" },
  when = { { p_housing_severe = "yes" }, { f_house_none = { "yes", "alone" } } } }

-- Home made unsafe by other residents of a hostel or shared house, neighbours or the street, as a family says
-- it: a housing and community need met by the council's housing service and early help (a published mother in
-- temporary accommodation guarding the shared toilet, met by Shelter's family service, tests/published).
-- Someone in the family or household is domestic abuse instead (rf.family_unsafe_home).
indicator { id = "housing.unsafe_place", domain = "housing", level = 2,
  text = "The home feels unsafe because of other residents, neighbours or the area",
  source = "CM Family 2 (poor housing, temporary accommodation); AF Housing; AF Community resources",
  needs = { "housing", "community" },
  when = { { f_par_unsafe = "place" } } }

-- Employment and income.
indicator { id = "income.low_debt", domain = "income", level = 2,
  text = "Low income, debt, unemployment or benefit problems",
  source = "CM Family 2 (low income, debt); seed 000 L179 (family debt advice)",
  needs = { "income", "debt" },
  when = { { p_income = "yes" }, { f_money_tight = "yes" } } }

indicator { id = "income.basic_needs_unmet", domain = "income", level = 3,
  text = "Poverty or debt so severe that the child goes without food, heating or clothing (including no recourse to public funds)",
  source = "CM Family 3 (severe debt affecting basic needs); Children Act 1989 s17",
  needs = { "income", "debt", "basic_care" },
  when = { { p_income_severe = "yes" } } }

-- A family saying there is sometimes not enough for food, heating or clothes is early help: foodbanks,
-- benefits advice and the council's hardship funds. Four published families (foodbanks, Citizens Advice,
-- a kinship carer: tests/published) were met so; a practitioner who sees the child going without answers
-- the practitioner's question, which stays level 3.
indicator { id = "income.hardship", domain = "income", level = 2,
  text = "Sometimes not enough money for food, heating or clothes for the child",
  source = "CM Family 2 (low income, debt); seed 000 L179 (family debt advice); seed 004 (CAP debt help, Citizens Advice)",
  needs = { "income", "debt" },
  when = { { f_money_basics = "yes" } } }

-- Social and community resources.
indicator { id = "community.isolated", domain = "community", level = 2,
  text = "Isolated from the community: new to the area, language barriers, or not using local services",
  source = "CM Family 2 (isolation); AF Family's social integration and community resources",
  needs = { "community" },
  when = { { p_community = "yes" }, { f_new_area = "yes" } } }

indicator { id = "community.hostile", domain = "community", level = 3,
  text = "The family is harassed or targeted where they live, or violence in the neighbourhood is harming the child",
  source = "AF Community resources; CM L3 def; seed 000 L621-628 (contextual safeguarding)",
  needs = { "community", "safety" },
  when = { { p_community_severe = "yes" } } }
