-- sources/kingston-richmond.lua: what public pages say of how to reach the services in rules/areas/kingston-richmond.lua,
-- a sentence or two each (read 2026-12-06 unless the page gives its own date).

-- kr.spa
excerpt { id = "svc.kr.spa.1", date = "read 2026-12-06",
  title = "Single Point of Access (SPA) team - Achieving for Children local offer",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/social-care/single-point-of-access-spa-and",
  text = [[The location of the SPA is Guildhall 2, Kingston.  Call 020 8547 5008 from 8am to 5.15pm, Monday to Thursday, 8am to 5pm Friday, or 020 8770 5000 out of hours.]] }
excerpt { id = "svc.kr.spa.2", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access - Richmond.gov.uk",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[If you are concerned about a child being at risk, or your referral requires a timely response, you should phone the SPA on 020 8547 5008 for guidance prior to completing this form.]] }
excerpt { id = "svc.kr.spa.3", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access - Richmond.gov.uk",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[If you need to speak to someone urgently outside of office hours, please call the Duty Social Worker on 020 8770 5000.]] }
excerpt { id = "svc.kr.spa.4", date = "read 2026-12-06",
  title = "Make a referral to the Single Point of Access - Richmond.gov.uk",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  text = [[A qualified professional will review the information and make a decision within 24]] }
excerpt { id = "svc.kr.spa.5", date = "read 2026-12-06",
  title = "Concerned About A Child? - KRSCP",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/practitioners/what-is-child-abuse-and-neglect-113/concerned-about-a-child-129.php",
  text = [[please contact the  Achieving for Children Single Point of Access and fill out the referral form or call on 020 8547 5008 (outside of office hours, please ring 020 8770 5000)]] }

-- kr.rn_0_5
excerpt { id = "svc.kr.rn_0_5.1", date = "read 2026-12-06",
  title = "Threshold - Kingston & Richmond Safeguarding Children Partnership",
  url = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold/",
  text = [[Level 2a: Low risk to vulnerable: Early Help Resilience Networks - Early Help Resilience Networks to support them, their family, and the universal services they access, in order to address the vulnerability and stop their needs escalating. Networks are held monthly. Bookings are via the AfC's Learning portal]] }

-- kr.rn_5_11

-- kr.rn_11_19

-- kr.eht: reached through the front door, as this page says
excerpt { id = "svc.kr.eht.1", date = "read 2026-12-06",
  title = "Single Point of Access (SPA) team",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/social-care/single-point-of-access-spa-and",
  text = [[Achieving for Children's Single Point of Access (SPA) allows professionals and/or families to refer a child, young person or parent/carer that needs support in some way by contacting our SPA Team.]] }

-- kr.childrens_centres
excerpt { id = "svc.kr.childrens_centres.1", date = "read 2026-12-06",
  title = "Kingston Hill Children's Centre Consultation - Kingston Council",
  url = "https://www.kingston.gov.uk/news/article/171/kingston_hill_childrens_centre_consultation",
  text = [[These Centres are:

  • Kingston Town Children’s Centre, Villiers Road Kingston KT1 3AR]] }
excerpt { id = "svc.kr.childrens_centres.2", date = "read 2026-12-06",
  title = "RBK says services will be moved to established community hubs - Surrey Comet",
  url = "https://www.surreycomet.co.uk/news/17530323.rbk-says-services-will-be-moved-to-established-community-hubs/",
  text = [[Chessington, Kingston Town, Old Malden and Tolworth children's centres will continue to provide the same services.]] }

-- kr.health_visitors
excerpt { id = "svc.kr.health_visitors.1", date = "read 2026-12-06",
  title = "Health visiting - Your Healthcare",
  url = "https://yourhealthcare.org/services/health-visiting/",
  text = [[In short, health visitors in Kingston are essential to improving the health of the population.]] }
excerpt { id = "svc.kr.health_visitors.2", date = "read 2026-12-06",
  title = "Health visiting - Your Healthcare",
  url = "https://yourhealthcare.org/services/health-visiting/",
  text = [[The teams are well supported by administration staff, who may answer your call and take a message if the teams are out visiting.]] }

-- kr.senco
excerpt { id = "svc.kr.senco.1", date = "read 2026-12-06",
  title = "Education - SEND Local Offer, Achieving for Children (Kingston and Richmond)",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/education",
  text = [[All schools are required to have a named Special Educational Needs Co-ordinator (SENCO) who is responsible for coordinating the school’s support programme for SEN and disabilities.  When difficulties are first identified, they put in place extra help, known as SEN Support.]] }
excerpt { id = "svc.kr.senco.2", date = "read 2026-12-06",
  title = "New to SEND? - SEND Local Offer, Achieving for Children (Kingston and Richmond)",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/new-to-send",
  text = [[If you think your child has special educational needs, you can speak to the professionals already working with your child, such as your child’s teacher or GP.]] }

-- kr.pcna
excerpt { id = "svc.kr.pcna.1", date = "read 2026-12-06",
  title = "Parent Carer Needs Assessments - Achieving for Children local offer",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/information-for-carers/parent-carer-needs-assessments",
  text = [[Achieving for Children (AfC) has the responsibility for doing the assessment for parent carers of children under the age of 18 in Kingston and Richmond. AfC may then provide a personal support plan which signposts support available within the Local Offer area.]] }
excerpt { id = "svc.kr.pcna.2", date = "read 2026-12-06",
  title = "Parent Carer Needs Assessments - Achieving for Children local offer",
  url = "https://kr.afcinfo.org.uk/pages/local-offer/information-and-advice/information-for-carers/parent-carer-needs-assessments",
  text = [[The Local Authority in which the child lives must carry out an assessment of the parent/carers needs if it appears to them that they may have needs as a carer for support or if a parent carer requests one.]] }

-- kr.debt_advice
excerpt { id = "svc.kr.debt_advice.1", date = "read 2026-12-06",
  title = "What does the new government guidance mean for you and for us? - Citizens Advice Kingston",
  url = "https://www.citizensadvicekingston.org.uk/what-does-the-new-government-guidance-mean-for-you-and-for-us/",
  text = [[If you need our help you may find the information on our website, or you can phone us on 02031660953 or email us for help]] }

-- kr.parenting: reached through the front door, as this page says

-- kr.early_education
excerpt { id = "svc.kr.early_education.1", date = "read 2026-12-06",
  title = "Two year olds - free childcare and early education - Achieving for Children",
  url = "https://kr.afcinfo.org.uk/pages/community-information/information-and-advice/where-to-apply-for-childcare/two-year-olds-free-childcare-and-early-education",
  text = [[If you are unsure whether you are eligible for free childcare, please call Family Information Service on 020 8547 5215 or email]] }
excerpt { id = "svc.kr.early_education.2", date = "read 2026-12-06",
  title = "Free early education (2, 3 and 4 year olds) - Kingston Council",
  url = "https://www.kingston.gov.uk/info/200130/education_schools_and_nurseries/1121/free_early_education_2_3_and_4_year_olds/2",
  text = [[You can apply by picking up an application form at your local children's centre or completing our online application.]] }

-- kr.youth_service: reached through the front door, as this page says

-- kr.camhs
excerpt { id = "svc.kr.camhs.1", date = "read 2026-12-06",
  title = "Kingston and Richmond CAMHS Single Point of Access - SWLStG",
  url = "https://swlstg.nhs.uk/service-detail/service/kingston-and-richmond-child-and-adolescent-mental-health-service-camhs-single-point-of-access-166",
  text = [[- Service Contact: camhsspaadmin@swlstg.nhs.uk – for referral queries only
- Service Category: Community
- Disabled access: Yes
- Address: Woodroffe House, Tolworth Hospital, Red Lion Road, Surbiton, KT6 7QU
- Reception hours: Monday to Friday, 9am-5pm
- Reception phone number: 020 3513 4499]] }
excerpt { id = "svc.kr.camhs.2", date = "read 2026-12-06",
  title = "Kingston and Richmond CAMHS Single Point of Access - SWLStG",
  url = "https://swlstg.nhs.uk/service-detail/service/kingston-and-richmond-child-and-adolescent-mental-health-service-camhs-single-point-of-access-166",
  text = [[The CAMHS SPA team receives and screens referrals to ensure that children / young people are accepted through to the most appropriate service for their needs. This may include the CAMHS SPA offering a telephone, online or face to face initial assessment appointment with the family and / or relevant professionals as deemed appropriate.]] }

-- kr.youth_justice
excerpt { id = "svc.kr.youth_justice.1", date = "read 2026-12-06",
  title = "About the Youth Offending Service - Richmond.gov.uk",
  url = "https://www.richmond.gov.uk/services/children_and_family_care/youth/youth_offending/about_the_youth_offending_service",
  text = [[Kingston upon Thames Youth Offending Service and Richmond upon Thames Youth Offending Team formally merged into a shared service in June 2013.]] }
excerpt { id = "svc.kr.youth_justice.2", date = "read 2026-12-06",
  title = "Privacy Notice for the Youth Justice Service, Kingston and Richmond - Achieving for Children",
  url = "https://www.achievingforchildren.org.uk/pages/privacy-and-data-protection/privacy-notices-list/privacy-notice-kr-youth-justice-service",
  text = [[Kingston and Richmond’s Youth Justice Service at Achieving for Children has a statutory duty under the Crime and Disorder Act 1998 to prevent offending.]] }
