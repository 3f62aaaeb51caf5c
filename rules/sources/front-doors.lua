-- sources/front-doors.lua: what the public pages say of each London front door, in a sentence or two
-- (read 2026-12-06 unless the page gives its own date). rules/london/front_doors.lua cites them by id.

-- Barking and Dagenham
excerpt { id = "fd.barking-dagenham.1", date = "read 2026-12-06",
  title = "Safeguarding at risk children",
  url = "https://www.lbbd.gov.uk/safeguarding-at-risk-children",
  text = [[If you think a child may be suffering or are concerned that a child has suffered harm, neglect or abuse in the past, please contact us on 020 8227 3811. If a child is at immediate risk of harm call the police on 999.]] }
excerpt { id = "fd.barking-dagenham.2", date = "read 2026-12-06",
  title = "Report a serious concern about a child (MARF) for professionals (third-party copy of the LBBD page)",
  url = "http://www.lovelyturks.com/children-young-people-and-families/report-serious-concern-about-child-marf-professionals",
  text = [[MASH team from 9am to 4:45pm, Monday to Friday

020 8227 3811

Out of hours duty teamfrom 4:45pm to 9am, Monday to Friday, weekends and bank holidays

0208 215 3000]] }

-- Barnet
excerpt { id = "fd.barnet.1", date = "read 2026-12-06",
  title = "Child abuse (Barnet Council site, staging copy of barnet.gov.uk 'Keeping children safe')",
  url = "https://barnet2022-tmp.orangebus.io/children-and-families/keeping-children-safe/child-abuse",
  text = [[Barnet Council's Multi-Agency Safeguarding Hub (MASH) deal with concerns about child abuse and can be contacted by calling 020 8359 4066.]] }
excerpt { id = "fd.barnet.2", date = "read 2026-12-06",
  title = "Safeguarding Children: Multi-Agency Safeguarding Hub (NCL ICB GP site; page marked 'due to be reviewed by Thursday, 09 May 2024')",
  url = "https://gps.northcentrallondon.icb.nhs.uk/services/safeguarding-children-multi-agency-safeguarding-hub-barnet",
  text = [[The MASH operates Monday to Thursday, 9am-5.15pm and 9am-5pm on Fridays. Outside of these hours, care and welfare concerns about children and young people that require an immediate response should be reported to the Emergency Duty Team.]] }
excerpt { id = "fd.barnet.3", date = "read 2026-12-06",
  title = "BELS - Safeguarding",
  url = "https://bels.org.uk/safeguarding",
  text = [[MASH (the Multi-Agency Safeguarding Hub)
Contact: mash@barnet.gov.uk or call 020 8359 4066]] }
excerpt { id = "fd.barnet.4", date = "read 2026-12-06",
  title = "Multi Agency Safeguarding Hub (MASH)",
  url = "https://wwc.barnet.gov.uk/wwc/working-children-barnet/practitioner-guidance/multi-agency-safeguarding-hub-mash",
  text = [[In order to make a referral you will need to complete a referral form. You will then receive an acknowledgement email from the MASH with a reference number.]] }
excerpt { id = "fd.barnet.5", date = "read 2026-12-06",
  title = "Safeguarding (North Central London ICB) - 'Safeguarding adults' section, Barnet entry",
  url = "https://nclhealthandcare.org.uk/keeping-well/safeguarding",
  text = [[Adult MASH
Social Care Direct

Tel: 020 8359 5000 (Monday to Friday, 9am – 5pm)
Out of hours tel: 020 8359 2000]] }

-- Bexley
excerpt { id = "fd.bexley.1", date = "read 2026-12-06",
  title = "Referrals to the Family Wellbeing Service",
  url = "https://www.bexley.gov.uk/services/children-young-people-and-families/family-wellbeing-service/referrals-family-wellbeing-service",
  text = [[Contacting MASH


  • 020 3045 5440
    Business hours (Monday to Friday 9am to 5pm)]] }
excerpt { id = "fd.bexley.2", date = "read 2026-12-06",
  title = "Are you worried about a child? (Bexley LSCB)",
  url = "http://www.bexleylscb.org.uk/page.php?section=worried&id=276",
  text = [[Phone 0208 303 7777 at any time if you are worried there is a risk of significant harm to a child or young person.

Out of hours you will be connected to the Bexley Emergency Duty Service.]] }
excerpt { id = "fd.bexley.3", date = "read 2026-12-06",
  title = "What happens when you contact Children's Services",
  url = "https://www.bexley.gov.uk/services/health-and-social-care/social-care-for-children/reporting-concerns-about-child/what-happens-when-you-contact-childrens-services",
  text = [[A senior social worker will look at what you’ve said, check records and make any more enquiries they need to. Within one working day, they’ll decide if the child’s at risk and what service is best to help and protect the child.]] }

-- Brent
excerpt { id = "fd.brent.1", date = "read 2026-12-06",
  title = "Safeguarding Children in Brent - Neglect",
  url = "https://brentsafeguardingpartnerships.uk/children/article.php?id=537",
  text = [[If you are worried that a child is being neglected in Brent, contact Brent Family Front Door 020 8937 4300.]] }
excerpt { id = "fd.brent.2", date = "2021-07-07",
  title = "Concerned about a member of staff or volunteer? (Safeguarding Children in Brent; 'Updated 07/07/2021')",
  url = "http://brentsafeguardingpartnerships.uk/children/article.php?id=468&menu=4&sub_menu=30",
  text = [[ALL REFERRALS SHOULD BE SENT TO THE BRENT FAMILY FRONT DOOR:

Telephone: 020 8937 4300 - Option 1]] }
excerpt { id = "fd.brent.3", date = "read 2026-12-06",
  title = "Safeguarding for professionals (Brent Council)",
  url = "https://www-prod.brent.gov.uk/children-young-people-and-families/safeguarding-children/safeguarding-for-professionals",
  text = [[Call: 0208 937 2228 during office hours for guidance on making referrals and next steps.
Out of Hours: For urgent concerns that require immediate attention, please contact our Emergency Duty Team on 020 8359 2000.
This number is only for professionals such as teachers, health workers or other staff who work in children's services.]] }
excerpt { id = "fd.brent.5", date = "read 2026-12-06",
  title = "When child protection is needed",
  url = "https://www.brent.gov.uk/services-for-residents/children-and-family-support/keeping-children-safe/when-protection-is-needed/",
  text = [[We treat all information seriously and will act on what you tell us. We may check the records we already hold, or gather new information. We may speak to the child and family to help assess the situation.

The first priority for everyone is making sure that the child is safe.]] }

-- Bromley
excerpt { id = "fd.bromley.1", date = "read 2026-12-06",
  title = "Are you worried about a child?",
  url = "https://www.bromley.gov.uk/children-families/reporting-child-abuse",
  text = [[Call children’s services (Mon-Fri, 8:30am-5pm): 020 8461 7373 / 7379 / 7026

Out of hours/weekends/public holidays: 0300 303 8671]] }
excerpt { id = "fd.bromley.2", date = "read 2026-12-06",
  title = "Are you worried about a child?",
  url = "https://www.bromley.gov.uk/children-families/reporting-child-abuse",
  text = [[If something is reported, it will be passed on to MASH. MASH screens all new referrals, to help deliver an effective partnership approach to supporting families who require targeted and specialist services.

Upon referral, needs will be identified, and the child or family will be referred or signposted.]] }

-- Camden
excerpt { id = "fd.camden.1", date = "read 2026-12-06",
  title = "Safeguarding children (Camden Council)",
  url = "https://www.camden.gov.uk/safeguarding-children",
  text = [[If you are worried about a child or young person please call 020 7974 3317 (out of hours: 020 7974 4444). If you think a child is in immediate danger you should call the police on 999.]] }
excerpt { id = "fd.camden.2", date = "read 2026-12-06",
  title = "Safeguarding (North Central London ICB)",
  url = "https://nclhealthandcare.org.uk/keeping-well/safeguarding",
  text = [[Children & Families Contact Service
Tel: 020 7974 3317 (9am to 5pm)
Out of Hours Tel: 020 7974 4444]] }
excerpt { id = "fd.camden.3", date = "read 2026-12-06",
  title = "Are you worried about a child? (Camden Rise - Camden Council children's safeguarding and social work)",
  url = "https://www.camdenrise.co.uk/web/guest/childrens-safeguarding-social-work",
  text = [[Phone: 020 7974 3317
Out of office hours (after 5pm, weekends and bank holidays): 020 7974 4444]] }
excerpt { id = "fd.camden.4", date = "read 2026-12-06",
  title = "Safeguarding Children During Coronavirus (Camden Safeguarding Children Partnership)",
  url = "https://cscp.org.uk/resources/safeguarding-children-during-coronavirus/",
  text = [[If you are worried about a child or young person please call 020 7974 3317 (out of hours: 020 7974 4444) or email LBCMASHadmin@camden.gov.uk.]] }
excerpt { id = "fd.camden.5", date = "read 2026-12-06",
  title = "Are you worried about a child?",
  url = "https://www.camden.gov.uk/are-you-worried-about-a-child",
  text = [[If you contact us about a vulnerable child or child abuse, we will:

  • process all referrals and requests for children’s social care services
  • make decisions on the most suitable response based on the child’s needs and the level of risk
  • pass on referrals to the most appropriate service]] }

-- City of London
excerpt { id = "fd.city-of-london.1", date = "read 2026-12-06",
  title = "Child Protection (City of London)",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/safeguarding-children/Pages/child-protection.aspx",
  text = [[Call 020 7332 3621 - Monday to Friday, 9am-5pm only.
  • Call 020 8356 2710 - at all other times, including weekends and bank holidays.
  • Email the Children and Families Team directly.]] }
excerpt { id = "fd.city-of-london.2", date = "read 2026-12-06",
  title = "Contact the Children and Families team",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/Pages/contact-us.aspx",
  text = [[020 7332 3621 - 9am to 5pm Monday to Friday
children.duty@cityoflondon.gov.uk

Outside office hours - Emergency only

020 8356 2710 or 020 8356 2710]] }
excerpt { id = "fd.city-of-london.3", date = "2022-11-10",
  title = "Child protection",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/child-protection",
  text = [[Call 999 if you think a child is at risk of immediate harm.

Please contact us if you have any concerns about the safety or wellbeing of a child or young person who lives in the City of London:]] }

-- Croydon
excerpt { id = "fd.croydon.1", date = "read 2026-12-06",
  title = "Report a concern about a child",
  url = "https://www.croydon.gov.uk/children-young-people-and-families/child-protection-and-safeguarding/report-concern-about-child",
  text = [[Contact the SPOC
Phone: 020 8255 2888
Monday to Friday, 9am to 5pm 

Out of hours

If you have any urgent concerns which need an immediate response at night or on the weekend, please contact the Emergency Duty Team.

Phone: 0208 726 6400]] }
excerpt { id = "fd.croydon.2", date = "read 2026-12-06",
  title = "Single point of contact for early help and children's social care",
  url = "https://www.croydon.gov.uk/healthsocial/families/childproctsafe/childprotect?utm_source=interaction&utm_medium=report-it&utm_campaign=child-protection-safeguarding",
  text = [[Professionals' consultation line 020 8726 6464.]] }
excerpt { id = "fd.croydon.3", date = "read 2026-12-06",
  title = "Single Point of Contact (SPOC) Safeguarding Referral Form",
  url = "https://my.croydon.gov.uk/MashReferrals?qWname=New&qServiceRef=ChildReferral.",
  text = [[Out of hours:
5pm - 9am Monday- Friday, 24 hours Saturday, Sunday and bank holidays 0208 726 6400]] }
excerpt { id = "fd.croydon.4", date = "read 2026-12-06",
  title = "Make a referral (SPOC)",
  url = "https://www.croydon.gov.uk/children-young-people-and-families/professionals-working-children-and-young-people/making-referrals-children-services/SPOC/make-referral",
  text = [[Emergency Duty Team
Telephone: 0208 726 6000 
Monday to Friday, 5pm to 9am]] }

-- Ealing
excerpt { id = "fd.ealing.1", date = "2019-06",
  title = "Initial Contacts, Referrals and Ealing Children's Integrated Response Service (ECIRS) (chapter reviewed June 2019)",
  url = "https://ealing.proceduresonline.com/p_contacts_referral.html",
  text = [[ECIRS is based in Perceval House and can be contacted on Tel: 020 8825 8000.]] }
excerpt { id = "fd.ealing.2", date = "read 2026-12-06",
  title = "ECIRS referral guide",
  url = "https://www.egfl.org.uk/services-children/safeguarding-and-child-protection/making-referral-ecirs/ecirs-referral-guide",
  text = [[The consultation line is open Monday to Friday 9am to 5pm. The contact number is 020 8825 5236.]] }
excerpt { id = "fd.ealing.3", date = "read 2026-12-06",
  title = "Emergency duty team",
  url = "https://www.ealing.gov.uk/info/201073/health_and_adult_social_care/476/emergency_duty_team",
  text = [[- Monday to Friday: 5pm - 9am the following day
- Weekend: 5pm Friday to 9am Monday
- Bank holidays and public holidays: 24 hour cover
How to contact us
Tel: (020) 8825 8000 or 5000]] }

-- Enfield
excerpt { id = "fd.enfield.1", date = "read 2026-12-06",
  title = "Child protection (Enfield Childcare Information Service)",
  url = "https://enfield.gov.uk/childcare-information-service/childcare-providers/safeguarding",
  text = [[If you're worried a child is being abused, contact Enfield Children's MASH (Multi-Agency Safeguarding Hub) - Telephone 020 8379 5555.
For urgent safeguarding concerns that occur outside of normal working hours, contact the emergency Duty Team - Telephone 020 8379 1000.]] }
excerpt { id = "fd.enfield.2", date = "read 2026-12-06",
  title = "Child protection (Enfield Childcare Information Service)",
  url = "https://enfield.gov.uk/childcare-information-service/childcare-providers/safeguarding",
  text = [[For urgent child protection concerns, please call the MASH first before submitting a referral in writing.
For non-urgent referrals that still require a safeguarding response, please visit the Children's Portal and complete an online child protection referral.]] }

-- Greenwich
excerpt { id = "fd.greenwich.1", date = "read 2026-12-06",
  title = "Safeguarding (Greenwich CVS)",
  url = "https://greenwich-cvs.org.uk/services/children-and-young-people/safeguarding",
  text = [[If you are concerned that a child may be at risk of harm or has suffered harm, you need to contact Greenwich Children Services:

  • If you need advice and guidance: 020 8921 2267
  • If you need to make a referral: 020 8921 3172
  • During an emergency out of office hours: 020 8854 8888]] }

-- Hackney
excerpt { id = "fd.hackney.1", date = "read 2026-12-06",
  title = "Child protection",
  url = "https://education.hackney.gov.uk/content/child-protection",
  text = [[To discuss your worries with a social worker, please phone Hackney's Multi-Agency Safeguarding Hub (MASH):

  • 020 8356 5500 - this telephone line is open 9am-5pm Monday to Friday only (excluding bank holidays)
  • Outside of office hours, if your concerns are urgent, you can call our Emergency Duty Team on 020 8356 2710]] }
excerpt { id = "fd.hackney.2", date = "read 2026-12-06",
  title = "Child protection",
  url = "https://education.hackney.gov.uk/content/child-protection",
  text = [[In all other circumstances, please complete a MASH referral form. Information submitted via form will only be reviewed during office hours.]] }
excerpt { id = "fd.hackney.3", date = "read 2026-12-06",
  title = "Hackney MASH (Multi Agency Safeguarding Hub) Children's and Families Service",
  url = "http://www.hackneylocaloffer.co.uk/kb5/hackney/localoffer/service.page?id=_B7Bm1XBLBM&localofferchannel=4",
  text = [[Phone 020 8356 5500

Email MASH@hackney.gov.uk

Out of Hours Phone line 020 8356 2710]] }

-- Hammersmith and Fulham
excerpt { id = "fd.hammersmith-fulham.1", date = "read 2026-12-06",
  title = "Child protection",
  url = "https://www.lbhf.gov.uk/children-and-young-people/children-and-family-care/child-protection",
  text = [[If you have a concern about a child or young person, you can contact us:

020 8753 6600 (general enquiries)

020 8753 6610 (professionals’ line for consultations and referrals)

Out of hours service: 020 8748 8588]] }
excerpt { id = "fd.hammersmith-fulham.2", date = "read 2026-12-06",
  title = "Child protection",
  url = "https://www.lbhf.gov.uk/children-and-young-people/children-and-family-care/child-protection",
  text = [[If significant concerns are raised, they will be forwarded to the contact and assessment service to assess the concerns.

It may be that the concerns are unfounded and that no further action is necessary, although all concerns are taken seriously.]] }

-- Haringey
excerpt { id = "fd.haringey.1", date = "read 2026-12-06",
  title = "Child Protection",
  url = "https://www.haringey.gov.uk/children-and-families/childrens-social-care/child-protection",
  text = [[Office hours

  • Phone: 020 8489 4470 - Monday to Thursday: 8.45am to 5pm; Friday: 8.45am to 4.45pm

Out of office hours (including weekends)

  • Phone: 020 8489 0000 

Calls to the emergency duty team will be logged by a call centre. An emergency duty social worker will ring you back.]] }
excerpt { id = "fd.haringey.2", date = "read 2026-12-06",
  title = "Child Protection",
  url = "https://www.haringey.gov.uk/children-and-families/childrens-social-care/child-protection",
  text = [[  • Phone: 020 8489 4533 - Monday to Thursday: 8.45am to 5pm; Friday: 8.45am to 4.45pm

Please ensure that you follow up any telephone contact with a written referral via the online portal within 24 hours.]] }
excerpt { id = "fd.haringey.3", date = "read 2026-12-06",
  title = "What To Do If You're Worried About a Child",
  url = "http://haringeylscb.org/node/54",
  text = [[Call the First Response Service on: 020 8489 4470.
    If you are calling between 5pm and 9am weekdays or at the weekend, call the Emergency Out-of-Hours Duty Team on: 020 8348 0000.]] }

-- Harrow
excerpt { id = "fd.harrow.1", date = "read 2026-12-06",
  title = "General referral form for practitioners",
  url = "https://www.harrowscb.co.uk/report-a-concern/general-referral-form-for-practitioners/",
  text = [[To discuss concerns or make a referral contact the Children’s Access Team:
Golden Number: 020 8901 2690 between 9am and 5pm, Monday to Friday
Emergency Duty Team (operates out of hours): 020 8424 0999 between 5pm and 9am, Monday to Friday, 24 hours during weekends and all bank holidays]] }
excerpt { id = "fd.harrow.2", date = "read 2026-12-06",
  title = "General referral form for practitioners",
  url = "https://www.harrowscb.co.uk/report-a-concern/general-referral-form-for-practitioners/",
  text = [[The MASH will review the information on the referral form and where necessary contact the referrer to ascertain further information. The MASH will confirm receipt of the referral and then provide feedback on the decision about the referral.]] }

-- Havering

-- Hillingdon
excerpt { id = "fd.hillingdon.1", date = "read 2026-12-06",
  title = "What we do (Hillingdon Safeguarding Children Partnership, parents and carers)",
  url = "https://hillingdonsafeguardingpartnership.org.uk/parents/what-we-do/",
  text = [[If you need help or support for your family please contact the Stronger Families Hub on 01895 556006]] }
excerpt { id = "fd.hillingdon.2", date = "read 2026-12-06",
  title = "Professionals (Hillingdon Safeguarding Partnership)",
  url = "https://hillingdonsafeguardingpartnership.org.uk/?p=66",
  text = [[To make a referral for early help or social work support for a child in Hillingdon please contact the stronger families hub 01895 556 006]] }
excerpt { id = "fd.hillingdon.3", date = "read 2026-12-06",
  title = "Professionals (Hillingdon Safeguarding Partnership)",
  url = "https://hillingdonsafeguardingpartnership.org.uk/?p=66",
  text = [[Hillingdon Council's Stronger Families Hub enables teams to intervene early and ensure that local families have fast access to a wide range of support services around the clock.]] }
excerpt { id = "fd.hillingdon.4", date = "read 2026-12-06",
  title = "Decision details: Review by the Children, Families & Education Select Committee: The Stronger Families Hub (Hillingdon Cabinet)",
  url = "https://modgov.hillingdon.gov.uk/ieDecisionDetails.aspx?ID=3039",
  text = [[2)    Seeks to maintain the resilience of the 24/7 Hub model by monitoring the staff and triage resourcing covering the out-of-hours service, in light of comments made by witnesses;]] }
excerpt { id = "fd.hillingdon.5", date = "read 2026-12-06",
  title = "Agenda item: Stronger Families Hub review update",
  url = "https://modgov.hillingdon.gov.uk/mgAi.aspx?ID=47295",
  text = [[RECOMMENDATION 2: Seeks to maintain the resilience of the 24/7 Hub model by monitoring the staff and triage resourcing covering the out-of-hours service, in light of comments made by witnesses.
The Stronger Families Hub operated 24/7, 365 days of the year.]] }

-- Hounslow
excerpt { id = "fd.hounslow.1", date = "read 2026-12-06",
  title = "Child protection",
  url = "https://www.hounslow.gov.uk/info/20075/child_protection",
  text = [[If you feel you are not coping or you are worried about a child

Telephone: 020 8583 6600 option 2


Out of hours: After 5pm weekdays or weekends

Telephone 020 8583 2222 and ask to speak to the duty social worker]] }
excerpt { id = "fd.hounslow.2", date = "read 2026-12-06",
  title = "Hounslow Safeguarding Children Partnership - Professionals",
  url = "https://www.hscb.org.uk/professionals/",
  text = [[If you think a child in Hounslow is being abused or mistreated you should call and speak to someone on the Early Help team: 020 8583 6600]] }
excerpt { id = "fd.hounslow.3", date = "read 2026-12-06",
  title = "Safeguarding children (West London CAMHS)",
  url = "http://www.westlondoncamhs.nhs.uk/professionals/safeguarding/",
  text = [[Hounslow Children’s Social Care
Telephone: 020 8583 3300]] }

-- Islington
excerpt { id = "fd.islington.1", date = "read 2026-12-06",
  title = "Are you worried about a child? (Islington Safeguarding Children Board)",
  url = "http://www.islingtonscb.org.uk/Pages/Are%20you%20worried%20about%20a%20child.aspx",
  text = [[Urgent Child Protection referrals should be made by phone call to 0207 527 7400. (After 5 pm during the week, at weekends or during public holidays call the Emergency Duty Team on 020 7226 0992.)]] }
excerpt { id = "fd.islington.2", date = "read 2026-12-06",
  title = "Are you worried about a child? (Islington Safeguarding Children Board)",
  url = "http://www.islingtonscb.org.uk/Pages/Are%20you%20worried%20about%20a%20child.aspx",
  text = [[These should be followed using the Islington Children’s Services: request for service form as soon as possible, within 48 hours and emailed to csctreferrals@islington.gov.uk]] }
excerpt { id = "fd.islington.3", date = "2020-04-23",
  title = "Child Safeguarding (Islington GP website)",
  url = "https://gps.islingtonccg.nhs.uk/service/child-safeguarding",
  text = [[Urgent Child Protection referrals should be made by phone call to 0207 527 7400

After 5pm during the week, at weekends or during public holidays call the Emergency Duty Team on 020 7226 0992.]] }
excerpt { id = "fd.islington.4", date = "read 2026-12-06",
  title = "Duty Social Worker (Islington) (NCL ICB GP site; 'Review date: Friday, 24 February 2023')",
  url = "https://gps.northcentrallondon.icb.nhs.uk/service/duty-social-worker-islington",
  text = [[A social worker service for emergencies out of office hours that cannot safely wait until the next working day, available:

  • Mon-Fri 5pm-9am
  • Sat-Sun and bank holidays: 24 hours, for emergencies only]] }
excerpt { id = "fd.islington.5", date = "read 2026-12-06",
  title = "Duty Social Worker (Islington) (NCL ICB GP site; 'Review date: Friday, 24 February 2023')",
  url = "https://gps.northcentrallondon.icb.nhs.uk/service/duty-social-worker-islington",
  text = [[t: 020 7561 4433 (daytime) or 020 226 0992 (after 5pm/emergency, out of hours)]] }
excerpt { id = "fd.islington.6", date = "2016-12",
  title = "1.3.2 Interface Protocol Between Day Services and the Emergency Duty Team (EDT) (Islington procedures; amended December 2016)",
  url = "https://islingtonchildcare.proceduresonline.com/chapters/p_interface_day_serv.html",
  text = [[1.1 The EDT provides a service at all times outside office hours. The service runs from 17:00 on weekdays until 09:00 the following day. At weekends and Bank Holidays cover is for 24 hours a day.]] }
excerpt { id = "fd.islington.7", date = "read 2026-12-06",
  title = "Safeguarding (North Central London ICB)",
  url = "https://nclhealthandcare.org.uk/keeping-well/safeguarding",
  text = [[Children’s Services team
Tel: 020 7527 7400

Disabled Children’s team
Tel: 020 3688 2828

Out of hours
Tel: 020 7527 7400]] }

-- Kensington and Chelsea
excerpt { id = "fd.kensington-chelsea.1", date = "2024-06-14",
  title = "Making a safeguarding referral",
  url = "https://webtest.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=MHZBZrsEgtM",
  text = [[Call 0207 361 3013 on weekdays 9am–5pm weekdays.
Or outside these times the Emergency Duty Team on 020 7373 2227.]] }
excerpt { id = "fd.kensington-chelsea.2", date = "read 2026-12-06",
  title = "Worried about a child? (information for professionals)",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  text = [[If you are worried that a child or young person is at immediate risk, please contact the 'Assessment and Access Team' immediately on 020 7361 3013.

Out of Hours
(5pm – 9am and weekends): Please contact the 'Emergency Duty Team'  on 020 7373 2227]] }
excerpt { id = "fd.kensington-chelsea.3", date = "2022-07-14",
  title = "Child abuse prevention campaign",
  url = "https://www.westminster.gov.uk/children-and-families/safeguarding-children/child-abuse-prevention-campaign",
  text = [[If you’re concerned a child is being harmed or abused, contact Children’s Services on 020 7641 4000 (Westminster) or 020 7361 3013 (RBKC) 9am to 5pm weekdays.
Outside of these times, contact 020 7641 6000 (Westminster) or 020 7373 3227 (RBKC)]] }

-- Kingston upon Thames
excerpt { id = "fd.kingston.1", date = "read 2026-12-06",
  title = "Single Point of Access (SPA) team",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/social-care/single-point-of-access-spa-and",
  text = [[The location of the SPA is Guildhall 2, Kingston.  Call 020 8547 5008 from 8am to 5.15pm, Monday to Thursday, 8am to 5pm Friday, or 020 8770 5000 out of hours.]] }
excerpt { id = "fd.kingston.2", date = "read 2026-12-06",
  title = "Concerned About A Child?",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/practitioners/what-is-child-abuse-and-neglect-113/concerned-about-a-child-129.php",
  text = [[If you are worried about a child in the Royal Borough of Kingston upon Thames or the Royal Borough of Richmond Upon Thames please contact the  Achieving for Children Single Point of Access and fill out the referral form or call on 020 8547 5008 (outside of office hours, please ring 020 8770 5000)]] }
excerpt { id = "fd.kingston.3", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[If you are concerned about a child being at risk, or your referral requires a timely response, you should phone the SPA on 020 8547 5008 for guidance prior to completing this form.]] }
excerpt { id = "fd.kingston.4", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[What happens next

  • A qualified professional will review the information and make a decision within 24 hou]] }

-- Lambeth
excerpt { id = "fd.lambeth.1", date = "2019-01-23",
  title = "Child Protection and Safeguarding Policy (Ethelred Nursery School, Lambeth; 'based on the model child protection and safeguarding policy - Lambeth - Sept 2018')",
  url = "https://ethelrednursery.schudio.com/nursery-school/school-policies/safeguarding-policy",
  text = [[Local Authority Contacts

 

 

 

Lambeth Integrated Referral Hub: 020 7926 3100

 

Out of hours: 020 7926 1000]] }
excerpt { id = "fd.lambeth.2", date = "read 2026-12-06",
  title = "Lambeth Integrated Referral Hub - Multi Agency Referral Form for Early Help or Child Protection (copy on docest.com)",
  url = "https://docest.com/doc/280256/lambeth-integrated-referral-hub",
  text = [[If you wish to make a referral to Children’s Services please call 0207 926 3100or complete this form and email it to]] }
excerpt { id = "fd.lambeth.3", date = "read 2026-12-06",
  title = "Make a Referral to the Integrated Referral Hub (Lambeth Safeguarding Children Partnership)",
  url = "https://www.lambethsaferchildren.org.uk/safeguarding-referral",
  text = [[Professionals should call and follow up with a Multi-agency Referral Form (MARF).]] }
excerpt { id = "fd.lambeth.4", date = "read 2026-12-06",
  title = "Together we can tackle child abuse (Lambeth Council)",
  url = "https://www.lambeth.gov.uk/social-support-and-health/abuse-and-violence/together-we-can-tackle-child-abuse?qt-field_collection_quicktabs=6",
  text = [[If you’re worried about a child, visit GOV.UK's report child abuse page to get the number for your local authority, or for referrals in Lambeth, call 020 7926 5555.]] }
excerpt { id = "fd.lambeth.5", date = "2017-04-21",
  title = "Together, we can tackle child abuse (Love Lambeth)",
  url = "https://love.lambeth.gov.uk/together-tackle-child-abuse/",
  text = [[If you’re worried about a child, visit or call Lambeth Children social care on 020 7926 5555.]] }

-- Lewisham
excerpt { id = "fd.lewisham.1", date = "read 2026-12-06",
  title = "Worried about the safety of a child?",
  url = "https://www.safeguardinglewisham.org.uk/lscp/lscp/parents-carers/worried-about-the-safety-of-a-child",
  text = [[You can contact the MASH during office hours on 020 8314 6660. The out of office hours (5pm -9am weekdays, weekends and Bank Holidays) is: 020 8314 6000 and ask for the emergency duty team.]] }
excerpt { id = "fd.lewisham.2", date = "read 2026-12-06",
  title = "Worried about the safety of a child?",
  url = "https://www.safeguardinglewisham.org.uk/lscp/lscp/parents-carers/worried-about-the-safety-of-a-child",
  text = [[They will decide the most appropriate type of support to offer. Depending on your relationship with the child they may be able to keep you updated.]] }
excerpt { id = "fd.lewisham.3", date = "read 2026-12-06",
  title = "Information for professionals about the MASH",
  url = "https://lewisham.gov.uk/myservices/socialcare/children/keeping-children-safe/multi-agency-safeguarding-hub/information-for-professionals-about-the-mash",
  text = [[Contact the MASH on 020 8314 6660 and ask to speak with a duty social worker. If you think a child or young person may be in immediate danger, call 999 or contact your local police on 101.]] }
excerpt { id = "fd.lewisham.4", date = "2021-03",
  title = "Contacts and Referrals (Lewisham children's social care procedures)",
  url = "http://lewishamchildcare.proceduresonline.com/p_contacts_referral.html",
  text = [[The EDT social worker will create a contact record including the reported concerns and any action taken by EDT, which will be followed up by MASH during core working hours.]] }

-- Merton
excerpt { id = "fd.merton.1", date = "read 2026-12-06",
  title = "Children and Families Hub - Merton Safeguarding Children Partnership",
  url = "https://www.mertonscp.org.uk/working-with-children/children-and-families-hub/",
  text = [[If your referral is urgent, please call on 020 8545 4226 / 4227 and ask to speak to a duty social worker.
The Hub is open between 9am and 5pm Monday to Friday (working days only). Referrals received outside of those hours will not be considered until the next working day. The out of hours Children’s Emergency Duty Team should be contacted on 020 8770 5000, outside of core working hours.]] }
excerpt { id = "fd.merton.2", date = "read 2026-12-06",
  title = "Make a referral to the MASH - Merton Council",
  url = "https://www.merton.gov.uk/social-care/children-young-people-and-families/safeguarding-children/mash/referral",
  text = [[Your information will be passed immediately to the manager who will make a decision on the risk level and acknowledge this with you within one hour. You must follow up your telephone call by sending a completed Child Protection Referral form to the MASH within 24 hours.]] }
excerpt { id = "fd.merton.3", date = "read 2026-12-06",
  title = "Our teams - Merton Council",
  url = "https://www.merton.gov.uk/jobs-and-careers/childrens-services-draft/teams-and-structure-draft",
  text = [[From April 2021 the MASH will be re-launched as the Children and Families Hub and will be our combined front door for Early Help/Prevention and Children's Social Care.]] }

-- Newham
excerpt { id = "fd.newham.1", date = "read 2026-12-06",
  title = "Child protection - Newham Council",
  url = "https://www.newham.gov.uk/Pages/Services/Child-protection.aspx",
  text = [[020 3373 4600 during office hours (Monday to Thursday, 9am to 5.15pm or Friday 9am to 5pm)
  • 020 8430 2000 at any other time.]] }
excerpt { id = "fd.newham.2", date = "read 2026-12-06",
  title = "Child protection - Newham Council",
  url = "https://www.newham.gov.uk/Pages/Services/Child-protection.aspx",
  text = [[We will make this decision in at least:
  • one working day if we think a child is in need of our protection or
  • five working days in all other cases.
We will contact you to tell you we have referred your worries on to one of our teams or the police.]] }
excerpt { id = "fd.newham.3", date = "read 2026-12-06",
  title = "Safeguarding Children & Young People - Newham families directory",
  url = "https://families.newham.gov.uk/kb5/newham/directory/family.page?familychannel=7",
  text = [[If your referral requires urgent attention, please contact Newham Contact Centre on 0208 430 2000 who will transfer you to the social work duty team.]] }
excerpt { id = "fd.newham.4", date = "read 2026-12-06",
  title = "Safeguarding Children & Young People - Newham families directory",
  url = "https://families.newham.gov.uk/kb5/newham/directory/family.page?familychannel=7",
  text = [[If you are a parent/carer or a member of the public and want to make a referral or make an anonymous request,  you can contact the MASH (Multi-Agency Safeguarding Hub) on 0203 373 4600.]] }

-- Redbridge
excerpt { id = "fd.redbridge.1", date = "2020-06-11",
  title = "Safeguarding Children - NHS Redbridge CCG",
  url = "https://www.redbridgeccg.nhs.uk/Our-work/safeguarding-children.htm",
  text = [[Redbridge Multi-Agency Safeguarding Hub (MASH)

Monday to Friday (9am to 5pm) – 020 8708 3885

Out of hours and weekends – 020 8708 5897]] }
excerpt { id = "fd.redbridge.2", date = "read 2026-12-06",
  title = "Child protection - Redbridge Council",
  url = "https://www.redbridge.gov.uk/adult-and-childrens-services/child-protection/",
  text = [[During the evening or at weekends, please call the Emergency Duty Team on 020 8708 5897.]] }
excerpt { id = "fd.redbridge.3", date = "read 2026-12-06",
  title = "Child protection - Redbridge Council",
  url = "https://www.redbridge.gov.uk/adult-and-childrens-services/child-protection/",
  text = [[Your responsibility is to report your concerns.  A Social Worker will follow these up with any necessary investigations or assessment.]] }
excerpt { id = "fd.redbridge.4", date = "read 2026-12-06",
  title = "Multi-Agency Safeguarding Hub - Redbridge Safeguarding Children Partnership",
  url = "https://www.redbridgescp.org.uk/professionals/multi-agency-safeguarding-hub/",
  text = [[The most urgent cases will be turned around within four hours.]] }

-- Richmond upon Thames
excerpt { id = "fd.richmond.2", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access - Richmond Council",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[If you need to speak to someone urgently outside of office hours, please call the Duty Social Worker on 020 8770 5000.]] }
excerpt { id = "fd.richmond.3", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access - Richmond Council",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[A qualified professional will review the information and make a decision within 24 hou]] }
excerpt { id = "fd.richmond.4", date = "read 2026-12-06",
  title = "Single Point of Access (SPA) team - AfC Local Offer",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/social-care/single-point-of-access-spa-and",
  text = [[Call 020 8547 5008 from 8am to 5.15pm, Monday to Thursday, 8am to 5pm Friday, or 020 8770 5000 out of hours.]] }
excerpt { id = "fd.richmond.5", date = "read 2026-12-06",
  title = "Concerned About A Child? - Kingston and Richmond Safeguarding Children Partnership",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/practitioners/what-is-child-abuse-and-neglect-113/concerned-about-a-child-129.php",
  text = [[please contact the  Achieving for Children Single Point of Access and fill out the referral form or call on 020 8547 5008 (outside of office hours, please ring 020 8770 5000)]] }

-- Southwark
excerpt { id = "fd.southwark.1", date = "read 2026-12-06",
  title = "Report a child at risk - Southwark Council",
  url = "https://southwark.gov.uk/children-and-families/childrens-social-care/children-risk/report-child-risk",
  text = [[If you want advice and guidance before making a referral contact a duty social worker on:
- 020 7525 1921 (Mon to Fri, 9am to 5pm)
- 020 7525 5000 at all other times
They will keep your personal details private if you tell them to.]] }
excerpt { id = "fd.southwark.2", date = "2018-02-05",
  title = "Child protection referral and assessment - Southwark Council",
  url = "https://www.southwark.gov.uk/childcare-and-parenting/child-protection/child-protection-referral-and-assessment",
  text = [[during core hours 9am to 5pm - phone 020 7525 1921
  • out of hours - phone 020 7525 5000]] }
excerpt { id = "fd.southwark.3", date = "2023-10-18",
  title = "Multi-Agency Safeguarding Hub (MASH) - Southwark Council",
  url = "https://www.southwark.gov.uk/childcare-and-parenting/children-s-social-care/child-protection/multi-agency-safeguarding-hub-mash?chapter=3&displaypref=contrast",
  text = [[The MASH Manager will use the collected information to decide the most appropriate intervention for the child’s identified needs.]] }
excerpt { id = "fd.southwark.4", date = "2023-10-18",
  title = "Multi-Agency Safeguarding Hub (MASH) - Southwark Council",
  url = "https://www.southwark.gov.uk/childcare-and-parenting/children-s-social-care/child-protection/multi-agency-safeguarding-hub-mash?chapter=3&displaypref=contrast",
  text = [[All decisions will be fed back to the referrer.]] }

-- Sutton
excerpt { id = "fd.sutton.1", date = "read 2026-12-06",
  title = "What to do if you are worried about a child - Children's First Contact Service (CFCS) - Sutton Council",
  url = "https://www.sutton.gov.uk/-/what-to-do-if-you-are-worried-about-a-child-children-s-first-contact-service-cfcs",
  text = [[If you are unsure of the support needed or if needs change and escalate during this time please discuss this with the CFCS team on:

CFCS 020 8770 6001

CFCS Team are available Monday to Friday - 9am - 5pm]] }
excerpt { id = "fd.sutton.2", date = "read 2026-12-06",
  title = "COVID-19 Children and Families - Sutton Council",
  url = "https://www.sutton.gov.uk/info/200588/health_and_wellbeing/2101/covid-19_children_and_families",
  text = [[Our Children’s First Contact Service continues to be the front door for Children’s Services and who you should contact if you need to tell us about a child you are concerned about. To make a referral: CFCS referral form or contact 0208 770 6001 (Mon-Fri, 9am-5pm) or 020 8770 5000 out of hours.]] }
excerpt { id = "fd.sutton.3", date = "read 2026-12-06",
  title = "Early Help - Sutton LSCP",
  url = "http://suttonlscp.org.uk/lscp-early-help.php",
  text = [[contact the Early Help Co-ordinator on childrensfirstcontactservice@sutton.gov.uk or call 0208 770 6001]] }
excerpt { id = "fd.sutton.4", date = "read 2026-12-06",
  title = "Early Help - Sutton LSCP",
  url = "http://suttonlscp.org.uk/lscp-early-help.php",
  text = [[The Children's First Contact Service has now replaced the Multi-Agency Safeguarding Hub (MASH) for safeguarding referrals into Children's Socia]] }

-- Tower Hamlets
excerpt { id = "fd.tower-hamlets.1", date = "read 2026-12-06",
  title = "Multi-Agency Support Team (MAST) - Tower Hamlets Council",
  url = "https://towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx",
  text = [[Contact information
- Phone: 020 7364 5006, Option 2 or 3
- Extension: 5606 / 5601 / 5358 / 7796 / 3342 / 7828 / 6469 / 3181
- Email: MAST@towerhamlets.gov.uk]] }
excerpt { id = "fd.tower-hamlets.2", date = "read 2026-12-06",
  title = "Multi-Agency Support Team (MAST) - Tower Hamlets Council",
  url = "https://towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx",
  text = [[Telephone line hours
Monday to Friday, 9am to 5pm (excluding bank holidays). For urgent concerns outside of office hours, call our Emergency Duty Team at 020 7364 4079 (after 5pm and at weekends)]] }
excerpt { id = "fd.tower-hamlets.3", date = "read 2026-12-06",
  title = "Multi-Agency Support Team (MAST) - Tower Hamlets Council",
  url = "https://towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx",
  text = [[The Multi-Agency Support Team (MAST) is a merger of the Multi-Agency Safeguarding Hub (MASH) and the Early Help Hub (EHH).]] }
excerpt { id = "fd.tower-hamlets.4", date = "read 2026-12-06",
  title = "Multi-Agency Safeguarding Hub (MASH) - Tower Hamlets Council (earlier version)",
  url = "https://www.towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx",
  text = [[Your responsibility is to report your concerns. A Social Worker will follow these up with any necessary investigations or assessment]] }

-- Waltham Forest
excerpt { id = "fd.waltham-forest.1", date = "read 2026-12-06",
  title = "Waltham Forest Safeguarding Children Board (WFSCB) - Waltham Forest directory",
  url = "https://directory.walthamforest.gov.uk/kb5/walthamforest/directory/advice.page?id=5ILArmjPvHo",
  text = [[Telephone: 020 8496 2310 (Monday - Thursday 9am - 5.15pm, Friday 9am - 5pm) or 020 8496 3000 (out of hours).

A social worker from the MASH team will speak to you. They will need to get as much information as possible about the child and the family.]] }
excerpt { id = "fd.waltham-forest.2", date = "read 2026-12-06",
  title = "Multi Agency Safeguarding Hub (MASH) - Waltham Forest Council",
  url = "https://www.walthamforest.gov.uk/content/multi-agency-safeguarding-hub-mash?id=E0djI9yz46Q",
  text = [[All Referrals to Children’s Social Care are first dealt with by the Multi-Agency Safeguarding Hub (MASH).]] }
excerpt { id = "fd.waltham-forest.3", date = "read 2026-12-06",
  title = "Multi Agency Safeguarding Hub (MASH) - Waltham Forest Council",
  url = "https://www.walthamforest.gov.uk/content/multi-agency-safeguarding-hub-mash?id=E0djI9yz46Q",
  text = [[Telephone: 020 8496 2310]] }

-- Wandsworth
excerpt { id = "fd.wandsworth.1", date = "read 2026-12-06",
  title = "Children's Safety and Protection - Wandsworth Family Information Service",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
  text = [[If you feel that a child is at risk of harm you must refer the child to the Children's Services Multi-Agency Safeguarding Hub (MASH) team. All safeguarding concerns must be referred to MASH, using the multi-agency referral form (MARF).]] }
excerpt { id = "fd.wandsworth.2", date = "read 2026-12-06",
  title = "Children's Safety and Protection - Wandsworth Family Information Service",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
  text = [[For any out of hours calls please contact the out of hours team on:
020 8871 6000]] }
excerpt { id = "fd.wandsworth.3", date = "read 2026-12-06",
  title = "Children's Safety and Protection - Early Help Hub - Wandsworth Family Information Service",
  url = "http://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=5600_1",
  text = [[If you feel that a child is at risk of harm you must refer the child to the Children Specialist Services MASH, if you already have an EHA please do this through the EHITS service referral function, if not you will need to phone 020 8871 6622 to make the referral and you will be asked to follow this up within 24 hours with an EHA*.]] }

-- Westminster
excerpt { id = "fd.westminster.2", date = "2022-07-14",
  title = "Child abuse prevention campaign - Westminster City Council",
  url = "https://www.westminster.gov.uk/children-and-families/safeguarding-children/child-abuse-prevention-campaign",
  text = [[By reporting your concerns, Children’s Services will:
- listen to your concerns
- gather information
- assess the whole picture
- decide what action to take]] }
