-- sources/sutton.lua: what public pages say of how to reach the services in rules/areas/sutton.lua,
-- a sentence or two each (read 2026-12-06 unless the page gives its own date).

-- su.cfcs
excerpt { id = "svc.su.cfcs.1", date = "read 2026-12-06",
  title = "What to do if you are worried about a child - Children's First Contact Service (CFCS) | Sutton Council",
  url = "https://www.sutton.gov.uk/-/what-to-do-if-you-are-worried-about-a-child-children-s-first-contact-service-cfcs",
  text = [[If you are unsure of the support needed or if needs change and escalate during this time please discuss this with the CFCS team on:

CFCS 020 8770 6001

CFCS Team are available Monday to Friday - 9am - 5pm]] }
excerpt { id = "svc.su.cfcs.2", date = "read 2026-12-06",
  title = "COVID-19 Children and Families | Sutton Council",
  url = "https://www.sutton.gov.uk/info/200588/health_and_wellbeing/2101/covid-19_children_and_families",
  text = [[Our Children’s First Contact Service continues to be the front door for Children’s Services and who you should contact if you need to tell us about a child you are concerned about. To make a referral: CFCS referral form or contact 0208 770 6001 (Mon-Fri, 9am-5pm) or 020 8770 5000 out of hours.]] }
excerpt { id = "svc.su.cfcs.3", date = "read 2026-12-06",
  title = "Early Help | Sutton Local Safeguarding Children Partnership",
  url = "http://suttonlscp.org.uk/lscp-early-help.php",
  text = [[Before undertaking a new early help assessment it is important to find out if one has already been completed or started and if there is a Lead Professional, or if Social Services are involved. To do this, or for any other query, contact the Early Help Co-ordinator on childrensfirstcontactservice@sutton.gov.uk or call 0208 770 6001]] }

-- su.ehat
excerpt { id = "svc.su.ehat.1", date = "read 2026-12-06",
  title = "Early Help and LSCP Thresholds for Referral and Assessment (Sutton Children's Services procedures)",
  url = "https://suttoncs.trixonline.co.uk/chapter/early-help-and-lscp-thresholds-for-referral-and-assessment",
  text = [[To do this, or for any other query, contact the childrensfirstcontactservice@sutton.gov.uk or call 0208 770 6001
A copy of the completed EHAT should always be sent to childrensfirstcontactservice@sutton.gov.uk.]] }
excerpt { id = "svc.su.ehat.2", date = "read 2026-12-06",
  title = "Early Help and LSCP Thresholds for Referral and Assessment (Sutton Children's Services procedures)",
  url = "https://suttoncs.trixonline.co.uk/chapter/early-help-and-lscp-thresholds-for-referral-and-assessment",
  text = [[For any queries, please contact the Early Help Co-ordinator on 020 8770 6001.]] }
excerpt { id = "svc.su.ehat.4", date = "read 2026-12-06",
  title = "Early Help Assessment Tool (EHAT) for professionals | Sutton Council",
  url = "https://www.sutton.gov.uk/-/early-help-assessment-tool-ehat-for-professionals",
  text = [[EHATs are usually started at Level 2 of the LSCP Threshold.]] }

-- su.targeted_eh
excerpt { id = "svc.su.targeted_eh.1", date = "read 2026-12-06",
  title = "Early help information for professionals | Sutton Council",
  url = "https://sutton.gov.uk/w/early-help-information-for-professionals",
  text = [[If you need support with your referral or are not sure if it is appropriate for Targeted Early Help please contact us and ask to speak to an Early Help Coordinator.
Phone
020 8770 6001]] }
excerpt { id = "svc.su.targeted_eh.2", date = "read 2026-12-06",
  title = "Early help information for professionals | Sutton Council",
  url = "https://sutton.gov.uk/w/early-help-information-for-professionals",
  text = [[An Early Help Coordinator will review the referral once it has been received by CFCS and then talk to you and the family about the information you have shared. If the level of need is Tier 2, and at least 3 of the criteria has been met, the case will be allocated to a Specialist Support Worker.]] }

-- su.fis
excerpt { id = "svc.su.fis.1", date = "read 2026-12-06",
  title = "COVID-19 Children and Families | Sutton Council",
  url = "https://www.sutton.gov.uk/info/200588/health_and_wellbeing/2101/covid-19_children_and_families",
  text = [[For family information and advice call The Family Information Service on: 020 8770 6000]] }
excerpt { id = "svc.su.fis.2", date = "read 2026-12-06",
  title = "Childcare Funding | Sutton Council",
  url = "https://www.sutton.gov.uk/info/200243/childcare/1627/childcare_funding/7",
  text = [[If you are not satisfied with their response and you still have concerns that the childcare provider is not offering the free entitlement appropriately, please contact Sutton Family Information Service (FIS) on 020 8770 6000 for advice.]] }

-- su.midwife
excerpt { id = "svc.su.midwife.1", date = "read 2026-12-06",
  title = "Maternity | Epsom and St Helier University Hospitals NHS Trust",
  url = "https://www.epsom-sthelier.nhs.uk/maternity-services",
  text = [[The dedicated maternity advice line will continue to run as normal. A midwife is at the end of the phone 24 hours a day to answer any questions that you may have, and can be reached on 0300 123 5473]] }

-- su.gp
excerpt { id = "svc.su.gp.1", date = "read 2026-12-06",
  title = "There's now 111 number to call for urgent medical help in Sutton & Merton",
  url = "https://carshaltoncentral.mycouncillor.org.uk/page/93",
  text = [[If you live in the London Boroughs of Sutton and Merton, you can now call 111 when you need medical help fast, but it isn’t a 999 emergency. For less urgent health needs, you should still contact your GP or local pharmacist in the normal way.]] }

-- su.free_childcare

-- su.homestart
excerpt { id = "svc.su.homestart.1", date = "read 2026-12-06",
  title = "Home-Start UK (home page)",
  url = "http://www.home-start.org.uk/",
  text = [[Find Support

We support families
struggling to cope

Find local support]] }
excerpt { id = "svc.su.homestart.2", date = "read 2026-12-06",
  title = "Family charity Home-Start Sutton faces closure (Sutton Guardian)",
  url = "http://www.suttonguardian.co.uk/news/10668985.Family_charity_Home_Start_Sutton_faces_closure/?ref=rl",
  text = [[A charity which has supported families with problems for almost 30 years faces closure after the council pulled its funding.]] }

-- su.cap
excerpt { id = "svc.su.cap.1", date = "read 2026-12-06",
  title = "Wallington church opens new debt centre amid Covid-19 | Your Local Guardian",
  url = "https://www.yourlocalguardian.co.uk/news/18987281.wallington-church-opens-new-debt-centre-amid-covid-19/",
  text = [[The new branch will join the busy debt centres in Sutton and Croydon gearing up to meet the expected increase in demand due to the pandemic.]] }
excerpt { id = "svc.su.cap.2", date = "read 2026-12-06",
  title = "Wallington church opens new debt centre amid Covid-19 | Your Local Guardian",
  url = "https://www.yourlocalguardian.co.uk/news/18987281.wallington-church-opens-new-debt-centre-amid-covid-19/",
  text = [[For more information on their services, contact 0800 328 0006 or visit capuk.org.]] }

-- su.citizens_advice
excerpt { id = "svc.su.citizens_advice.1", date = "read 2026-12-06",
  title = "Local Citizens' Help and Advice (Carshalton Central councillors' site)",
  url = "https://carshaltoncentral.mycouncillor.org.uk/page/13",
  text = [[Citizens Advice Sutton is the lead agency for Advice Link Partnership Sutton (ALPS).]] }
excerpt { id = "svc.su.citizens_advice.2", date = "read 2026-12-06",
  title = "Local Citizens' Help and Advice (Carshalton Central councillors' site)",
  url = "https://carshaltoncentral.mycouncillor.org.uk/page/13",
  text = [[By Telephone call 020 8254 2616   between   9.00 and 5.00 Monday to Friday.]] }

-- su.homelessness_prevention
excerpt { id = "svc.su.homelessness_prevention.1", date = "read 2026-12-06",
  title = "Homelessness | Sutton Council",
  url = "https://sutton.gov.uk/-/homelessness",
  text = [[If you are homeless or think you will be soon, you can contact us by:
- calling us on 0208 770 5000
- sending an email to our Housing Advice team
If your situation is an emergency, you should call us and we will respond within 4 hours. We will respond to emails within 2 working days.]] }
excerpt { id = "svc.su.homelessness_prevention.2", date = "read 2026-12-06",
  title = "Homelessness | Sutton Council",
  url = "https://sutton.gov.uk/-/homelessness",
  text = [[If we agree that you’re homeless or threatened with homelessness within 56 days, we will draw up a Personalised Housing Plan with you.]] }

-- su.school_nurse
excerpt { id = "svc.su.school_nurse.1", date = "read 2026-12-06",
  title = "Secondary school drop in's (Sutton child health, 12-19)",
  url = "http://12-19.suttonchildhealth.co.uk/schoolservices.html",
  text = [[Every secondary school in Sutton has a named school nurse and schools are offered the opportunity to have a school nurse ‘drop in’ session for students once a week.]] }

-- su.senco
excerpt { id = "svc.su.senco.1", date = "read 2026-12-06",
  title = "Special educational needs support (SEND): screening and interventions | Sutton Council",
  url = "https://www.sutton.gov.uk/w/special-educational-needs-support-send-screening-and-interventions",
  text = [[If it is suspected that a child or young person has (or may have) special educational needs, then the parent/carer and child or young person will be invited by the school to meet and share their thoughts about their aspirations, strengths and areas of difficulty. Alternatively, parents/carers or a young person can approach the school.]] }

-- su.young_carers
excerpt { id = "svc.su.young_carers.1", date = "read 2026-12-06",
  title = "Young carers - are you a young carer? | Sutton Council",
  url = "https://www.sutton.gov.uk/w/young-carers-are-you-a-young-carer",
  text = [[If you are looking after a person over the age of 18 you are entitled to a an assessment under S.17ZA of the Children's Act 1989 - this will aim to find ways in which you can be supported in your caring role. To have an assessment contact the Children's First Contact Service on 0208 770 6001, or access the CFCS referral form (DOC).]] }

-- su.mhst
excerpt { id = "svc.su.mhst.1", date = "read 2026-12-06",
  title = "Schools (South West London and St George's Mental Health NHS Trust, CAMHS)",
  url = "https://www.swlstg.nhs.uk/2-uncategorised",
  text = [[CAMHS teams work very closely with schools across the 5 boroughs.  We have a range of Mental Health Support Teams, which consist of Clinical Psychologists and Educational Wellbeing Practitioners (EWP).]] }
excerpt { id = "svc.su.mhst.2", date = "read 2026-12-06",
  title = "Schools (South West London and St George's Mental Health NHS Trust, CAMHS)",
  url = "https://www.swlstg.nhs.uk/2-uncategorised",
  text = [[If you have concerns about a child or young person's mental health you can contact your local CAMHS team or ask to speak with the Psychologist linked to the school.]] }
excerpt { id = "svc.su.mhst.3", date = "read 2026-12-06",
  title = "Embedding a mental health support team in the educational psychology service (LGA case study, Sutton)",
  url = "https://www.local.gov.uk/case-studies/embedding-mental-health-support-team-educational-psychology-service",
  text = [[Sutton was part of one of the first trailblazers for mental health support teams in schools (MHSTs).]] }

-- su.off_the_record
excerpt { id = "svc.su.off_the_record.1", date = "read 2026-12-06",
  title = "Your questions about counselling | Off the Record",
  url = "https://www.talkofftherecord.org/get-info/faq-counselling/",
  text = [[Our counselling services in Merton and Sutton also accepts self-referrals. If you’re aged 11-13, we will need your parent/carer to consent to your referral. All self-referrals can be made through our website: www.talkofftherecord.org/sign-up]] }
excerpt { id = "svc.su.off_the_record.2", date = "read 2026-12-06",
  title = "Your questions about counselling | Off the Record",
  url = "https://www.talkofftherecord.org/get-info/faq-counselling/",
  text = [[If you refer yourself, then we will contact you to attend an initial assessment (this is likely to be with someone different from the person who will be your regular counsellor). There may be a wait for a regular counselling space, to check waiting times or ask anything, please call or email us.]] }
excerpt { id = "svc.su.off_the_record.3", date = "read 2026-12-06",
  title = "What is online counselling? | Off the Record online",
  url = "https://talkofftherecordonline.org/what-is-counselling",
  text = [[If you are a young person aged between 11 and 26 from Croydon, Sutton or Merton, then the online counselling service is here to provide you with online counselling to help you through tough times.]] }

-- su.camhs
excerpt { id = "svc.su.camhs.1", date = "read 2026-12-06",
  title = "Transition to Adult Services and Mental Health | Sutton Council",
  url = "https://www.sutton.gov.uk/-/preparing-for-adulthood-managing-your-health-mental-health-transition-to-adult-services",
  text = [[CAMHS is not an emergency service and you would need to be referred to the service by a GP, other healthcare professional, school, or others via the single point of referral.]] }
excerpt { id = "svc.su.camhs.2", date = "read 2026-12-06",
  title = "COVID-19 Children and Families | Sutton Council",
  url = "https://www.sutton.gov.uk/info/200588/health_and_wellbeing/2101/covid-19_children_and_families",
  text = [[There are also urgent helplines parents or a young person can call to talk about their mental health 24 hours a day:

    •          Mon to Fri 9am to 5pm - 020 3513 3800
    •          24 hours, 7 days a week - 0800 028 8000]] }

-- su.transform
excerpt { id = "svc.su.transform.1", date = "read 2026-12-06",
  title = "Safeguarding, Domestic Violence and Abuse | Sutton Safeguarding Adults Board",
  url = "https://www.suttonsab.org.uk/safeguarding-domestic-violence-and-abuse.php",
  text = [[If you are a resident in Sutton and are looking for specialist support or advice about domestic abuse, please contact our TRANSFORM service as follows:



Phone: 020 8092 7569

Visit: One Stop Shop, every Wednesday 9.30am-11.30am, at Sutton Baptist Church, 21 Cheam Road, Sutton. SM1 1SN]] }

-- su.relate
excerpt { id = "svc.su.relate.1", date = "read 2026-12-06",
  title = "Managing your appointments and payments | Relate",
  url = "https://www.relate.org.uk/managing-your-appointments-and-payments",
  text = [[How do I get in touch with you about anything else?
Is there something else you need to talk to us about? We can help out Monday-Thursday, 9am - 7pm or Friday - Sunday, 9am-5pm.
Call us on 0300 100 1234 Email us at NatEnquiries@relate.org.uk]] }

-- su.fgc
excerpt { id = "svc.su.fgc.1", date = "read 2026-12-06",
  title = "Early Help Family Group Conference (EHFGC) | Sutton Council",
  url = "https://www.sutton.gov.uk/info/200242/families_and_childcare/1935/early_help_family_group_conference_ehfgc",
  text = [[Also known as a 'family meeting', an EHFGC is a voluntary process led by family members and is an opportunity for the wider family to come together to talk about any issues or concerns.]] }
excerpt { id = "svc.su.fgc.2", date = "read 2026-12-06",
  title = "Early Help Family Conferences - London Borough of Sutton | Local Government Association",
  url = "https://www.local.gov.uk/early-help-family-conferences-london-borough-sutton",
  text = [[EH FGC’s are be offered to every eligible family referred to the Single Point of Access (MASH) where it is safe and appropriate to do so, as well as being offered to families already involved within social care to prevent further escalation or to step cases down.]] }
excerpt { id = "svc.su.fgc.3", date = "read 2026-12-06",
  title = "Early Help | Sutton Local Safeguarding Children Partnership",
  url = "http://suttonlscp.org.uk/lscp-early-help.php",
  text = [[The Children's First Contact Service has now replaced the Multi-Agency Safeguarding Hub (MASH)]] }
