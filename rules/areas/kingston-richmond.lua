-- areas/kingston-richmond.lua: Kingston and Richmond (KRSCP; Achieving for Children).
-- Source: shared/seeds/000_db0484faeb017ebc.txt (KRSCP Early Help Partnership Strategy 2020-2024),
-- cited below as "seed 000 Lnnn". The seed gives no phone number, email or web address for any
-- service: contacts are left empty and the kiosk says "ask a member of staff".

-- 2a or 2b? Level 2b is for children who need a short-term intervention from the Early Help
-- teams, multi-agency support, a lead professional and a team around the child, including
-- children just stepped down from level 3 (seed 000 L807-818). Level 2a is low-level need met by
-- a coordinated response through the resilience networks (L799-805). So 2b when the needs span
-- two or more domains (more than one agency is needed) or the child has stepped down from social
-- care; otherwise 2a.
local function needs_team_around_child(d)
  return (d.domain_count or 0) >= 2 or d.flags.stepdown == true
end

area { id = "kingston-richmond", name = "Kingston and Richmond",
  source = "seed 000",
  front_door = "kr.spa",
  local_levels = {
    { name = "1", continuum = 1, label = "Level 1: no identified needs, universal services",
      responds = "Universal services (early years, schools, health); Early Help resilience networks.",
      source = "seed 000 L787-797" },
    { name = "2a", continuum = 2, label = "Level 2a: low risk to vulnerable",
      responds = "A coordinated response through the Early Help resilience networks, using the Early Help Partnership Tool.",
      when = function(d) return not needs_team_around_child(d) end,
      source = "seed 000 L799-805, L934-948" },
    { name = "2b", continuum = 2, label = "Level 2b: low risk to vulnerable, Early Help assessment",
      responds = "Short-term intervention from the Early Help teams: Early Help assessment, lead professional and team around the child.",
      source = "seed 000 L807-818, L950, L957-969" },
    { name = "3", continuum = 3, label = "Level 3: complex needs, child in need",
      responds = "Referral to children's social care through the Single Point of Access.",
      source = "seed 000 L820-828, L952-953, L796-797" },
    { name = "4", continuum = 4, label = "Level 4: acute or chronic need, child protection",
      responds = "Referral to children's social care through the Single Point of Access now.",
      source = "seed 000 L830-837, L952-953, L796-797" },
  },
}

service { id = "kr.spa", area = "kingston-richmond",
  name = "Single Point of Access (SPA)",
  offers = "The front door to children's services in Kingston and Richmond; receives referrals to children's social care.",
  eligibility = { min_age = 0, max_age = 18 }, access = "professional",
  how = "A professional refers the child to children's social care through the SPA.",
  contact = nil, url = nil,
  source = "seed 000 L796-797, L325, L952-953" }

service { id = "kr.ehpt", area = "kingston-richmond",
  name = "Early Help Partnership Tool",
  offers = "Helps a practitioner explore emerging needs and, with consent, bring them to the resilience network. It can be used anonymously before the family consents.",
  access = "professional",
  how = "The practitioner completes the tool and brings the case to the resilience network for the child's age.",
  source = "seed 000 L934-948" }

service { id = "kr.rn_0_5", area = "kingston-richmond",
  name = "0 to 5 resilience network",
  offers = "A monthly multi-agency meeting at children's centres, aligned to the first 1001 days.",
  eligibility = { min_age = 0, max_age = 5 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  source = "seed 000 L869, L875-880, L899-904, L942-948" }

service { id = "kr.rn_5_11", area = "kingston-richmond",
  name = "5 to 11 resilience network",
  offers = "A monthly multi-agency meeting in primary schools.",
  eligibility = { min_age = 5, max_age = 11 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  source = "seed 000 L871, L891-898, L906-912, L942-948" }

service { id = "kr.rn_11_19", area = "kingston-richmond",
  name = "11 to 19 resilience network",
  offers = "A monthly multi-agency meeting in youth centres.",
  eligibility = { min_age = 11, max_age = 19 }, access = "professional",
  how = "A practitioner brings the case, with consent or anonymously.",
  source = "seed 000 L873, L882-890, L914-918, L942-948" }

service { id = "kr.eht", area = "kingston-richmond",
  name = "Early Help teams",
  offers = "Early Help assessment and short-term intervention, with a lead professional and a team around the child.",
  access = "professional",
  how = "Early Help assessment, coordinated by the person who knows the family best, supported by the Early Help teams.",
  source = "seed 000 L774-775, L807-818, L950, L957-969" }

service { id = "kr.childrens_centres", area = "kingston-richmond",
  name = "Children's centres",
  offers = "Universal services for families with young children, open to all.",
  eligibility = { min_age = 0, max_age = 5 }, access = "self",
  how = "Open to all families: you can go along yourself.",
  source = "seed 000 L104, L491, L790, L899-904" }

service { id = "kr.universal", area = "kingston-richmond",
  name = "Universal services: early years, schools and health",
  offers = "Early years providers, schools and health services are open to all children and give early help for low-level needs.",
  access = "self",
  how = "Talk to the child's nursery, school, GP or health visitor.",
  source = "seed 000 L787-797" }

route { id = "kr.l1", area = "kingston-richmond", levels = { "1" },
  services = { "kr.universal" } }
route { id = "kr.l1.0-5", area = "kingston-richmond", levels = { "1" }, ages = { "prebirth", "0-5" },
  services = { "kr.childrens_centres" } }
route { id = "kr.l2a.0-5", area = "kingston-richmond", levels = { "2a" }, ages = { "prebirth", "0-5" },
  services = { "kr.ehpt", "kr.rn_0_5", "kr.childrens_centres" } }
route { id = "kr.l2a.5-11", area = "kingston-richmond", levels = { "2a" }, ages = { "5-11" },
  services = { "kr.ehpt", "kr.rn_5_11" } }
route { id = "kr.l2a.11-19", area = "kingston-richmond", levels = { "2a" }, ages = { "11-19", "19-25" },
  services = { "kr.ehpt", "kr.rn_11_19" } }
route { id = "kr.l2b", area = "kingston-richmond", levels = { "2b" }, services = { "kr.eht" } }
route { id = "kr.l3", area = "kingston-richmond", levels = { 3, 4 }, services = { "kr.spa" } }
