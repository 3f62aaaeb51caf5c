-- sources/kensington-chelsea.lua: what public pages say of how to reach the services in rules/areas/kensington-chelsea.lua,
-- a sentence or two each (read 2026-12-06 unless the page gives its own date).

-- kc.front_door
excerpt { id = "svc.kc.front_door.1", date = "read 2026-12-06",
  title = "Worried about a child? (information for professionals)",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  text = [[If you are worried that a child or young person is at immediate risk, please contact the 'Assessment and Access Team' immediately on 020 7361 3013.

Out of Hours
(5pm – 9am and weekends): Please contact the 'Emergency Duty Team'  on 020 7373 2227]] }
excerpt { id = "svc.kc.front_door.2", date = "read 2026-12-06",
  title = "Worried about a child? (information for professionals)",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  text = [[Social Services Line provides a single point of contact for professionals and members of the public who want to seek support or raise concerns about a child and pass on your concerns to the correct social work team who will listen, assess your concerns, and can take action if a child is at risk.]] }
excerpt { id = "svc.kc.front_door.3", date = "2024-06-14",
  title = "Making a safeguarding referral",
  url = "https://webtest.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=MHZBZrsEgtM",
  text = [[Call 0207 361 3013 on weekdays 9am–5pm weekdays.
Or outside these times the Emergency Duty Team on 020 7373 2227.]] }

-- kc.family_plan
excerpt { id = "svc.kc.family_plan.1", date = "read 2026-12-06",
  title = "Worried about a child? (information for professionals)",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  text = [[If you are a professional and you have concerns about a child you are working with who lives in Kensington and Chelsea, you should discuss this with the family and make your referral to the Early Help Team or to Family Services as appropriate.]] }
excerpt { id = "svc.kc.family_plan.2", date = "read 2026-12-06",
  title = "Family Information Service - information for professionals",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/family.page?familychannel=5",
  text = [[Tell us what you think or submit your feedback via the Contact Us page.

Early Help referral form]] }

-- kc.early_help
excerpt { id = "svc.kc.early_help.3", date = "read 2026-12-06",
  title = "Worried about a child? (information for professionals)",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  text = [[If you're not sure whether a child is at risk you can discuss the circumstances with the Early Help Service (contact details below) or with someone else who works with children, such as a teacher, health visitor or the NSPCC.]] }

-- kc.two_year_childcare
excerpt { id = "svc.kc.two_year_childcare.1", date = "read 2026-12-06",
  title = "15 hours early education entitlement for eligible 2 year olds",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=PMgNa6jg0EM",
  text = [[This scheme in the Royal Borough of Kensington and Chelsea is called Busy 2s.  To see eligibility criteria and to make an online application, families should visit this link: RBKC Free Early Education for 2 year olds]] }
excerpt { id = "svc.kc.two_year_childcare.2", date = "read 2026-12-06",
  title = "15 hours early education entitlement for eligible 2 year olds",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=PMgNa6jg0EM",
  text = [[Applications can be submitted once a child turns 20 months old.  They are held and processed in the term in which the child turns 2 years old. If eligible, funding starts in the term after the child’s 2nd birthday.]] }
excerpt { id = "svc.kc.two_year_childcare.3", date = "read 2026-12-06",
  title = "15 hours early education entitlement for eligible 2 year olds",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=PMgNa6jg0EM",
  text = [[If eligible, a Busy 2s ticket is posted out addressed to the child with a letter containing a list of participating providers.]] }

-- kc.for_babys_sake
excerpt { id = "svc.kc.for_babys_sake.1", date = "read 2026-12-06",
  title = "How we work - For Baby's Sake",
  url = "https://forbabyssake.org.uk/how-we-work/",
  text = [[We work with co-parents (starting from 28 weeks of pregnancy) where there has been experience of domestic abuse]] }
excerpt { id = "svc.kc.for_babys_sake.2", date = "read 2026-12-06",
  title = "How we work - For Baby's Sake",
  url = "https://forbabyssake.org.uk/how-we-work/",
  text = [[Most of our referrals come from social workers and midwives]] }

-- kc.camhs
excerpt { id = "svc.kc.camhs.1", date = "read 2026-12-06",
  title = "CAMHS - Kensington and Chelsea Council",
  url = "https://www.rbkc.gov.uk/children-and-education/children-and-family-services/camhs",
  text = [[CAMHS operate at locations across Kensington and Chelsea. Young people and their families can contact some of these services directly. Others need to be referred from professionals such as a GP, health visitor, school, children's centre, social worker or mental health worker.]] }
excerpt { id = "svc.kc.camhs.2", date = "read 2026-12-06",
  title = "CAMHS - information for professionals (CNWL)",
  url = "https://cnwl.nhs.uk/camhs/professionals",
  text = [[CNWL provides CAMHS services in the London boroughs of Brent, Harrow, Hillingdon, Kensington & Chelsea, Westminster, and Milton Keynes.]] }
excerpt { id = "svc.kc.camhs.3", date = "read 2026-12-06",
  title = "CAMHS - information for professionals (CNWL)",
  url = "https://cnwl.nhs.uk/camhs/professionals",
  text = [[Families, carers and young people can speak to their GP who can do a referral on their behalf.]] }

-- kc.housing
excerpt { id = "svc.kc.housing.1", date = "read 2026-12-06",
  title = "Homelessness - Kensington and Chelsea Council",
  url = "https://www.rbkc.gov.uk/housing/homelessness/homelessness",
  text = [[If you are homeless or being threatened with homelessness, you should contact the Council immediately. Do not leave it until the last minute.]] }
excerpt { id = "svc.kc.housing.2", date = "read 2026-12-06",
  title = "Help with homelessness",
  url = "https://webtest.rbkc.gov.uk/housing/homelessness/help-homelessness",
  text = [[Everyone with a housing need will be contacted by a member of the Housing Solutions team to discuss their options.]] }
excerpt { id = "svc.kc.housing.3", date = "read 2026-12-06",
  title = "Help with homelessness",
  url = "https://webtest.rbkc.gov.uk/housing/homelessness/help-homelessness",
  text = [[If you are aged 16-17 and are homeless, at risk of becoming homeless, or if you are not safe living in your home, please contact to get help with your situation 
Family and Children Services]] }

-- kc.youth_hubs
excerpt { id = "svc.kc.youth_hubs.1", date = "2019-10-25",
  title = "New Youth Hubs open their doors",
  url = "https://webtest.rbkc.gov.uk/node/6522",
  text = [[On Wednesday 16 October, Chelsea Youth Centre's recording studio, Playstation 4 with huge projector, chill-out spaces and soon to be kitted out gym impressed]] }
excerpt { id = "svc.kc.youth_hubs.2", date = "2019-10-25",
  title = "New Youth Hubs open their doors",
  url = "https://webtest.rbkc.gov.uk/node/6522",
  text = [[Youth Hubs are part of the Council’s new Youth Offer. EPIC CIC will be providing Youth Club activities on an evening in both hubs, with an action-packed programme to be announced.]] }
excerpt { id = "svc.kc.youth_hubs.3", date = "2019-12-12",
  title = "Innovative youth theatre production on iconic West London estate",
  url = "http://www.kcwtoday.co.uk/2019/12/innovative-youth-theatre-production-iconic-west-london-estate/",
  text = [[The Address is Chelsea Youth Club, Blantyre Street, London, SW10 0EQ]] }

-- kc.gangs_exploitation
excerpt { id = "svc.kc.gangs_exploitation.1", date = "2021-01-19",
  title = "Integrated Gangs and Exploitation Unit (IGXU)",
  url = "https://www.westminster.gov.uk/leisure-libraries-and-community/crime-and-community-safety/gangs-and-serious-youth-violence/integrated-gangs-and-exploitation-unit-igxu",
  text = [[Our Integrated Gangs and Exploitation Unit (IGXU) is a non-statutory, multi-agency service, which aims to reduce incidences and impact of serious youth violence and exploitation in Westminster.]] }
excerpt { id = "svc.kc.gangs_exploitation.2", date = "2021-01-19",
  title = "Integrated Gangs and Exploitation Unit (IGXU)",
  url = "https://www.westminster.gov.uk/leisure-libraries-and-community/crime-and-community-safety/gangs-and-serious-youth-violence/integrated-gangs-and-exploitation-unit-igxu",
  text = [[We also work jointly with the neighbouring boroughs of Royal Borough of Kensington and Chelsea and Hammersmith and Fulham to share information and tackle cross border gang affiliations and tensions.]] }
excerpt { id = "svc.kc.gangs_exploitation.3", date = "read 2026-12-06",
  title = "Gangs, Criminal Exploitation and Serious Youth Violence",
  url = "https://liia.london/gangs-criminal-exploitation",
  text = [[Westminster, Kensington & Chelsea, and Hammersmith and Fulham have a tri-borough Integrated Gangs and Exploitation Unit which provides access to police intelligence, mappings, experienced gangs workers and regular multi agency attendance at strategy and professional meetings.]] }
