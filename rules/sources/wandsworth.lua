-- sources/wandsworth.lua: what public pages say of how to reach the services in rules/areas/wandsworth.lua,
-- a sentence or two each (read 2026-12-06 unless the page gives its own date).

-- wa.front_door
excerpt { id = "svc.wa.front_door.1", date = "read 2026-12-06",
  title = "0 to 25 Disability Team, Social Care Referral Eligibility Criteria",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/service.page?id=iEDT7gkyvwY",
  text = [[You can make a referral to the 0 to 25 Team by calling the Multi-Agency Safeguarding Hub (MASH) on 020 8871 6622 (email mash@wandsworth.gov.uk ).]] }
excerpt { id = "svc.wa.front_door.2", date = "read 2026-12-06",
  title = "Safeguarding and Child Protection concerns (Wandsworth Family Information Service)",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
  text = [[If you feel that a child is at risk of harm you must refer the child to the Children's Services Multi-Agency Safeguarding Hub (MASH) team. All safeguarding concerns must be referred to MASH, using the multi-agency referral form (MARF).]] }
excerpt { id = "svc.wa.front_door.3", date = "read 2026-12-06",
  title = "Safeguarding and Child Protection concerns (Wandsworth Family Information Service)",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
  text = [[For any out of hours calls please contact the out of hours team on:
020 8871 6000]] }
excerpt { id = "svc.wa.front_door.4", date = "read 2026-12-06",
  title = "Safeguarding (IPOC, WSCB)",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=dA5qlGs307s&familychannel=0&familychannel=0",
  text = [[If you feel that a child is at risk of harm you must refer the child to the Children's Services Initial Point of Contact (IPOC) team, if you already have an EHA please do this through the EHITS service referral function, if not you will need to phone 020 8871 6622 to make the referral and you will be asked to follow this up within 24 hours with and EHA*.]] }

-- wa.pathway
excerpt { id = "svc.wa.pathway.1", date = "read 2026-12-06",
  title = "Early Help Assessment (EHA)",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=QospX0VGq3c",
  text = [[For all referrals requesting local authority early help services, a referral needs to be made to Wandsworth Multi-Agency Safeguarding Hub (MASH) through a multi-agency referral form as a part of the integrated front door for children's services. These services include targeted family support, targeted youth support service, youth community service, early years and children centre service.]] }

-- wa.eha
excerpt { id = "svc.wa.eha.1", date = "read 2026-12-06",
  title = "Early Help Assessment (EHA)",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=QospX0VGq3c",
  text = [[If you feel that a child or family would benefit from additional services you should send them the Early Help Assessment as the referral form.  You can do this through a service request via the Early Help IT System (EHITS).]] }

-- wa.fis
excerpt { id = "svc.wa.fis.1", date = "read 2026-12-06",
  title = "Support for carers",
  url = "http://www.wandsworth.gov.uk/info/200383/supporting_carers/1628/support_for_carers",
  text = [[If you are under the age of 18 and care for somebody, you can ask your school for more information. Most schools have a staff member who is the first point of contact for young carers.

To find out more, call the Family Information Service (FIS)

Telephone: 020 8871 7899]] }
excerpt { id = "svc.wa.fis.2", date = "read 2026-12-06",
  title = "Standards of Service (Family Information Service)",
  url = "http://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/site.page?id=P20iZECNwos",
  text = [[Our telephone enquiry service will be staffed between 9am – 5pm Monday to Friday (excluding bank holidays)
  • We aim to answer all telephone calls within 15 seconds
  • We aim to respond to all telephone messages within four working hours and all telephone messages left out of hours will be responded to by 1pm the next working day.]] }

-- wa.families_first

-- wa.public_health_nurse
excerpt { id = "svc.wa.public_health_nurse.1", date = "read 2026-12-06",
  title = "School Nursing - St George's University Hospitals",
  url = "https://www.stgeorges.nhs.uk/service/community-services/school-nursing/",
  text = [[The School Nursing service has a reputation for delivering visible, confidential and accessible services to all school age children in Wandsworth schools.]] }

-- wa.wand_card
excerpt { id = "svc.wa.wand_card.1", date = "2012-10-02",
  title = "New Card To Help Disabled Children",
  url = "https://www.putneysw15.com/shared/conwandsdisabled001.htm",
  text = [[To find out about joining the register, who is eligible for a WAND Card and how businesses and venues can sign up to support the card contact Eleanor Thain or Lucia Daniels on (020) 8871 7899.]] }
excerpt { id = "svc.wa.wand_card.2", date = "read 2026-12-06",
  title = "Renewing your WAND card",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=7JLxXBDBII4",
  text = [[WAND cards last for three years or until you are 18 years old.  If your WAND card is about to expire, please complete a new application form and email or post it in to the address below.]] }

-- wa.young_carer_breaks
excerpt { id = "svc.wa.young_carer_breaks.1", date = "read 2026-12-06",
  title = "Young Carers (Wandsworth Early Help Hub)",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=5-9",
  text = [[Wandsworth are committed to supporting young carers and would encourage any child or young person who carries out caring to request an assessment.  To do so, please call Initial Point of Contact (IPOC) on 020 8871 6622 or Email:]] }
excerpt { id = "svc.wa.young_carer_breaks.2", date = "read 2026-12-06",
  title = "Young Carers (Wandsworth Early Help Hub)",
  url = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=5-9",
  text = [[The Wandsworth Young Carers Project provide support for young carers in the borough and ensures they have a break and can meet other young people in the same circumstance.]] }

-- wa.early_learning
excerpt { id = "svc.wa.early_learning.1", date = "read 2026-12-06",
  title = "15 Hours Early Education and Childcare Places (EECP) for 2-Year-Olds in Wandsworth",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=EDI7XkjARVU&familychannel=1-1&familychannel=1-1",
  text = [[Early Education and Childcare Places Team contact details:
Tel: 020 8871 7899 (option 2)
email: eecp@wandsworth.gov.uk]] }
excerpt { id = "svc.wa.early_learning.2", date = "read 2026-12-06",
  title = "More About Your 15 hours 2-Year-Old Funded Place",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/service.page?id=J65rEgqv6X4",
  text = [[Therefore, if you have a shorter/longer format please contact the Early Education and Childcare team (EECP) on 020 8871 8339.]] }

-- wa.youth_services: reached through the front door, as this page says

-- wa.connexions
excerpt { id = "svc.wa.connexions.1", date = "read 2026-12-06",
  title = "Post-16 Participation Team",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/service.page?id=GsFO5fSUE9U&youthchannel=0",
  text = [[The Post 16 Participation Team support those aged 16-18 (up to 25 for individuals with special educational needs (SEND) to explore their education, employment or training (EET) options.]] }

-- wa.camhs
excerpt { id = "svc.wa.camhs.1", date = "read 2026-12-06",
  title = "Wandsworth Child and Adolescent Mental Health Service (CAMHS)",
  url = "https://swlstg.nhs.uk/wandsworth",
  text = [[Wandsworth CAMHS offers a range of treatments and assessments for children and young people aged 5 - 18 who are experiencing moderate to severe mental health problems.]] }
excerpt { id = "svc.wa.camhs.2", date = "read 2026-12-06",
  title = "Support in a crisis",
  url = "https://www.swlstg.nhs.uk/12-patients-and-carers?start=24",
  text = [[If you need mental health support in a crisis you can call our 24/7 Mental Health Crisis Line on 0800 028 8000.  The Mental Health Crisis Line offers emotional support and advice to people who are affected by urgent mental health issues, at any time of the day or night. It is open to everyone: both children and adults of all ages]] }
