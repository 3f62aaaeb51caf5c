-- training/sets.lua: named sets of training cases a trainer can choose on the kiosk. The kiosk
-- also offers 'mixed' (up to ten across the levels, different each session) and 'all'.

training_set { id = "induction", name = "Induction: eight cases, two at each level",
  cases = { "ey-first-baby", "ad-phone-worry", "ey-speech-delay", "sa-young-carer-light",
            "fa-private-fostering", "ad-new-older-friends", "ey-bruise-at-weigh-in", "sa-disclosure-belt" } }

training_set { id = "hard", name = "Hard cases: what is easy to miss",
  cases = { "sa-adds-up", "sa-two-domains", "fa-abuse-with-strengths", "sa-fgm-summer-trip",
            "ey-bruise-at-weigh-in", "ad-under-13-boyfriend", "sa-declined-early-help",
            "ey-neglect-after-declining", "fa-think-family", "sa-left-alone-at-night" } }

training_set { id = "early-years", name = "Early years and pregnancy",
  cases = { "ey-first-baby", "ey-low-mood-pregnancy", "ey-unborn-previous-removal", "ey-speech-delay",
            "ey-bruise-at-weigh-in", "ey-neglect-after-declining", "ey-childcare-question",
            "ey-strangled-at-home", "fa-no-recourse" } }

training_set { id = "adolescents", name = "Adolescents and young adults",
  cases = { "ad-phone-worry", "ad-cannabis-party", "ad-new-older-friends", "ad-county-lines",
            "ad-self-harm", "ad-suicide-plan", "ad-forced-marriage", "ad-under-13-boyfriend",
            "ad-beyond-control", "ad-homeless-sixteen", "ya-care-leaver-debts", "ya-send-college" } }
