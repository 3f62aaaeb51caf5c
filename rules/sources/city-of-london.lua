-- sources/city-of-london.lua: what public pages say of how to reach the services in rules/areas/city-of-london.lua,
-- a sentence or two each (read 2026-12-06 unless the page gives its own date).

-- col.csc
excerpt { id = "svc.col.csc.1", date = "2021-03-23",
  title = "Referrals (City of London Corporation)",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/referrals",
  text = [[If you are concerned about a child or young person, or wish to refer yourself to Early Help or Safeguarding services, please contact the City of London Corporation Children and Families Team on:]] }
excerpt { id = "svc.col.csc.2", date = "2021-03-23",
  title = "Referrals (City of London Corporation)",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/referrals",
  text = [[If you wish to find out more about the referrals process or the Thresholds of Need, please phone the Children and Families Team on 020 7332 3621.]] }
excerpt { id = "svc.col.csc.3", date = "2021-03-23",
  title = "Referrals (City of London Corporation)",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/referrals",
  text = [[If you need to make a referral outside office hours, please phone the Hackney Emergency Duty Team on 020 8356 2710.]] }
excerpt { id = "svc.col.csc.4", date = "read 2026-12-06",
  title = "Contact the Children and Families team",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/Pages/contact-us.aspx",
  text = [[020 7332 3621 - 9am to 5pm Monday to Friday
children.duty@cityoflondon.gov.uk

Outside office hours - Emergency only

020 8356 2710 or 020 8356 2710
emergency.duty@hackney.gov.uk]] }
excerpt { id = "svc.col.csc.5", date = "read 2026-12-06",
  title = "Worried about a Child in the City?",
  url = "https://www.chscp.org.uk/worried-about-a-child-in-the-city/",
  text = [[Children & Families Team

0207 3323621 / children.duty@cityoflondon.gov.uk

0208 3562710 / Outside 9am-5pm contact the Emergency Duty Team]] }

-- col.fyi
excerpt { id = "svc.col.fyi.1", date = "read 2026-12-06",
  title = "Families in the City",
  url = "https://www.fis.cityoflondon.gov.uk/families-in-the-city",
  text = [[• a virtual information and advice offer will be available on our Family Information Service website. There will be a dedicated Best Start Family Hub space bringing together services for children, young people and their families]] }

-- col.local_offer
excerpt { id = "svc.col.local_offer.1", date = "read 2026-12-06",
  title = "About our Local Offer",
  url = "https://fis.cityoflondon.gov.uk/send-local-offer/about-our-local-offer",
  text = [[The Local Offer is also available by emailing us: eeyservice@cityoflondon.gov.uk]] }
excerpt { id = "svc.col.local_offer.2", date = "read 2026-12-06",
  title = "You said, we did",
  url = "https://fis.cityoflondon.gov.uk/send-local-offer/you-said-we-did",
  text = [[If you would like to get involved with developing the City of London's Local Offer website then please contact us.

Education and Early Years Service

EEYService@cityoflondon.gov.uk]] }

-- col.universal
excerpt { id = "svc.col.universal.1", date = "read 2026-12-06",
  title = "Health: Information and support (City of London Family Information Service)",
  url = "https://www.fis.cityoflondon.gov.uk/send-local-offer/health",
  text = [[It is important that vaccines are given on time for the best protection, but if you or your child missed a vaccine, contact your GP to catch up.]] }
excerpt { id = "svc.col.universal.2", date = "read 2026-12-06",
  title = "Health: Information and support (City of London Family Information Service)",
  url = "https://www.fis.cityoflondon.gov.uk/send-local-offer/health",
  text = [[If you are unsure about your child’s vaccination status, you can contact your GP practice to check and book an appointment.]] }

-- col.marf
excerpt { id = "svc.col.marf.2", date = "2021-03-23",
  title = "Referrals (City of London Corporation)",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/referrals",
  text = [[Multi-Agency Referral Form PDF (200KB)
Date submitted: 12/30/19]] }

-- col.early_help

-- col.lead_professional

-- col.short_breaks
excerpt { id = "svc.col.short_breaks.1", date = "read 2026-12-06",
  title = "Short Breaks",
  url = "https://www.fis.cityoflondon.gov.uk/send-local-offer/short-breaks",
  text = [[If you think you may be eligible, you can apply for a short breaks assessment in which the local authority will review your needs as a carer which will determine your Short Breaks eligibility.]] }
excerpt { id = "svc.col.short_breaks.2", date = "read 2026-12-06",
  title = "Short Breaks (FYi directory)",
  url = "https://www.fyi.cityoflondon.gov.uk/kb5/cityoflondon/fyi/advice.page?id=T3Jk8AU9V-0",
  text = [[A completed Short Breaks application form can be:

  • emailed to the SEND Project Manager or the Early Help Coordinator
  • posted to the SEND Project Manager / Early Help Coordinator
  • given directly to your child’s allocated social worker if they have one.]] }

-- col.cp_advice
