-- london/front_doors.lua: the children's services front door of each of the 33 London local
-- authorities (issue 19). A child's front door is the one for the borough where the child lives.
-- Every number comes from an excerpt in rules/sources/front-doors.lua (its id in evidence), which
-- 'righthelp check' holds it to. hours are the day line's office hours ("24/7" when always answered);
-- outside them the out-of-hours number comes first. Where pages disagreed, the note says which won.

front_door { id = "barking-dagenham", name = "Barking and Dagenham",
  service = "Multi Agency Safeguarding Hub (MASH)",
  phone = "020 8227 3811",
  hours = "Mon-Fri 09:00-16:45",
  out_of_hours = "0208 215 3000",
  url = "https://www.lbbd.gov.uk/safeguarding-at-risk-children",
  note = "No conflicting number found. Caution: the hours and the out-of-hours number come only from a third-party copy (lovelyturks.com) of LBBD's 'Report a serious concern about a child (MARF) for professionals' page; the lbbd.gov.uk original was not in the stored pages. Its daytime number matches lbbd.gov.uk. Verify 0208 215 3000 on lbbd.gov.uk before display.",
  evidence = { "fd.barking-dagenham.1", "fd.barking-dagenham.2" }, checked = "2026-12-06" }

front_door { id = "barnet", name = "Barnet",
  service = "Barnet Multi Agency Safeguarding Hub (MASH)",
  phone = "020 8359 4066",
  hours = "Mon-Thu 09:00-17:15; Fri 09:00-17:00",
  url = "https://wwc.barnet.gov.uk/wwc/working-children-barnet/practitioner-guidance/multi-agency-safeguarding-hub-mash",
  out_of_hours_not_found = "No public page found gives Barnet's children's emergency duty team number: an NHS page gives 020 8359 2000 for adult social care out of hours only.",
  evidence = { "fd.barnet.1", "fd.barnet.2", "fd.barnet.3", "fd.barnet.4", "fd.barnet.5" }, checked = "2026-12-06" }

front_door { id = "bexley", name = "Bexley",
  service = "Children's Services Multi-Agency Safeguarding Hub (MASH)",
  phone = "020 3045 5440",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "0208 303 7777",
  url = "https://www.bexley.gov.uk/services/children-young-people-and-families/family-wellbeing-service/referrals-family-wellbeing-service",
  decides_within = { working_days = 1 },
  note = "Not a conflict but a caution: the bexley.gov.uk page's own out-of-hours line is cut off in the stored copy ('Out of hours 020 83...'); the out-of-hours number given here comes from the older Bexley LSCB page (board since replaced by the partnership), which says 0208 303 7777 works at any time and connects to the Emergency Duty Service out of hours.",
  evidence = { "fd.bexley.1", "fd.bexley.2", "fd.bexley.3" }, checked = "2026-12-06" }

front_door { id = "brent", name = "Brent",
  service = "Brent Family Front Door",
  phone = "020 8937 4300",
  phone_professional = "0208 937 2228",
  url = "https://www-prod.brent.gov.uk/children-young-people-and-families/safeguarding-children/safeguarding-for-professionals",
  note = "Out-of-hours number WITHHELD on purpose. Brent's professionals page gives its 'Emergency Duty Team' as 020 8359 2000, but the North Central London ICB page lists 020 8359 2000 as Barnet Council's out-of-hours line (Social Care Direct), next to Barnet's 020 8359 5000; Barnet MASH is 020 8359 4066. So the number on Brent's page is very probably Barnet's, copied in error. It is left out of out_of_hours (not corrected, not replaced) until a human checks brent.gov.uk. Brent's own EDT number was not found on any stored page (searched 'Brent emergency duty team out of hours', 'Brent Family Front Door 020 8937 4300 out of hours', brentsafeguardingpartnerships 'worried about a child', 'Brent Council out of hours emergency social services'). Family Front Door daytime hours also not found.",
  out_of_hours_not_found = "Brent's professionals page gives 020 8359 2000 for its emergency duty team, but an NHS North Central London page shows that is Barnet's out-of-hours line: not used until Brent confirms it.",
  evidence = { "fd.brent.1", "fd.brent.2", "fd.brent.3", "fd.barnet.5", "fd.brent.5" }, checked = "2026-12-06" }

front_door { id = "bromley", name = "Bromley",
  service = "Bromley Multi-Agency Safeguarding Hub (MASH) / Children's Services",
  phone = "020 8461 7373",
  hours = "Mon-Fri 08:30-17:00",
  out_of_hours = "0300 303 8671",
  url = "https://www.bromley.gov.uk/children-families/reporting-child-abuse",
  evidence = { "fd.bromley.1", "fd.bromley.2" }, checked = "2026-12-06" }

front_door { id = "camden", name = "Camden",
  service = "Children and Families Contact Service (incorporating the Multi-agency Safeguarding Hub, MASH)",
  phone = "020 7974 3317",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 7974 4444",
  url = "https://www.camden.gov.uk/are-you-worried-about-a-child",
  note = "Hours are put together from two pages, none states them whole: the NCL ICB page gives the line as '9am to 5pm', and Camden's own Camden Rise page defines out of office hours as 'after 5pm, weekends and bank holidays' (so the day line is weekdays, bank holidays excepted). No page gives an opening time other than 9am.",
  evidence = { "fd.camden.1", "fd.camden.2", "fd.camden.3", "fd.camden.4", "fd.camden.5" }, checked = "2026-12-06" }

front_door { id = "city-of-london", name = "City of London",
  service = "Children and Families Team (Children's Duty), City of London",
  phone = "020 7332 3621",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8356 2710",
  url = "https://www.cityoflondon.gov.uk/services/children-and-families/child-protection",
  evidence = { "fd.city-of-london.1", "fd.city-of-london.2", "fd.city-of-london.3" }, checked = "2026-12-06" }

front_door { id = "croydon", name = "Croydon",
  service = "Single Point of Contact (SPOC)",
  phone = "020 8255 2888",
  phone_professional = "020 8726 6464",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "0208 726 6400",
  url = "https://www.croydon.gov.uk/children-young-people-and-families/child-protection-and-safeguarding/report-concern-about-child",
  note = "Two Croydon pages give different Emergency Duty Team numbers. The public 'Report a concern about a child' page says 0208 726 6400, and the SPOC referral form (my.croydon.gov.uk) also gives 0208 726 6400 for out of hours. The professionals' 'Make a referral' page says 0208 726 6000 and mentions telephony problems. Neither page is dated. 0208 726 6400 was kept because it is on the public page and confirmed by a second page.",
  evidence = { "fd.croydon.1", "fd.croydon.2", "fd.croydon.3", "fd.croydon.4" }, checked = "2026-12-06" }

front_door { id = "ealing", name = "Ealing",
  service = "Ealing Children's Integrated Response Service (ECIRS), incorporating the MASH",
  phone = "020 8825 8000",
  phone_professional = "020 8825 5236",
  out_of_hours = "020 8825 8000",
  url = "https://www.egfl.org.uk/services-children/safeguarding-and-child-protection/making-referral-ecirs/ecirs-referral-guide",
  evidence = { "fd.ealing.1", "fd.ealing.2", "fd.ealing.3" }, checked = "2026-12-06" }

front_door { id = "enfield", name = "Enfield",
  service = "Enfield Children's MASH (Multi-Agency Safeguarding Hub)",
  phone = "020 8379 5555",
  out_of_hours = "020 8379 1000",
  url = "https://enfield.gov.uk/childcare-information-service/childcare-providers/safeguarding",
  evidence = { "fd.enfield.1", "fd.enfield.2" }, checked = "2026-12-06" }

front_door { id = "greenwich", name = "Greenwich",
  service = "Royal Borough of Greenwich Children's Services (MASH referrals)",
  phone = "020 8921 3172",
  out_of_hours = "020 8854 8888",
  url = "https://greenwich-cvs.org.uk/services/children-and-young-people/safeguarding",
  note = "Not a conflict but a caution: the only source is Greenwich CVS (the local voluntary-sector council), not a royalgreenwich.gov.uk or Greenwich Safeguarding Children Partnership page; no council page with these numbers was in the stored pages. The page also gives an advice and guidance line, 020 8921 2267. Hours were not found.",
  evidence = { "fd.greenwich.1" }, checked = "2026-12-06" }

front_door { id = "hackney", name = "Hackney",
  service = "Multi-Agency Safeguarding Hub (MASH)",
  phone = "020 8356 5500",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8356 2710",
  url = "https://education.hackney.gov.uk/content/child-protection",
  evidence = { "fd.hackney.1", "fd.hackney.2", "fd.hackney.3" }, checked = "2026-12-06" }

front_door { id = "hammersmith-fulham", name = "Hammersmith and Fulham",
  service = "Initial Consultation and Advice Team (ICAT)",
  phone = "020 8753 6600",
  phone_professional = "020 8753 6610",
  out_of_hours = "020 8748 8588",
  url = "https://www.lbhf.gov.uk/children-and-young-people/children-and-family-care/child-protection",
  evidence = { "fd.hammersmith-fulham.1", "fd.hammersmith-fulham.2" }, checked = "2026-12-06" }

front_door { id = "haringey", name = "Haringey",
  service = "Multi-Agency Safeguarding Hub (MASH)",
  phone = "020 8489 4470",
  phone_professional = "020 8489 4533",
  hours = "Mon-Thu 08:45-17:00; Fri 08:45-16:45",
  out_of_hours = "020 8489 0000",
  url = "https://www.haringey.gov.uk/children-and-families/childrens-social-care/child-protection",
  note = "Out-of-hours number: the old Haringey LSCB page (haringeylscb.org/node/54, undated, 'First Response Service' era) gives 020 8348 0000; the council's current child-protection page, its emergencies page (new.haringey.gov.uk/contact/emergencies) and the NCL ICB safeguarding page all give 020 8489 0000. None is dated; the council's own current page was preferred: 020 8489 0000.",
  evidence = { "fd.haringey.1", "fd.haringey.2", "fd.haringey.3" }, checked = "2026-12-06" }

front_door { id = "harrow", name = "Harrow",
  service = "Children's Access Team (Multi Agency Safeguarding Hub, MASH)",
  phone = "020 8901 2690",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8424 0999",
  url = "https://www.harrowscb.co.uk/report-a-concern/general-referral-form-for-practitioners/",
  evidence = { "fd.harrow.1", "fd.harrow.2" }, checked = "2026-12-06" }

front_door { id = "havering", name = "Havering",
  service = "Multi-Agency Safeguarding Hub (MASH)",
  not_found = "Searched the pages corpus (and docs) for 'Havering MASH', 'Havering MASH telephone out of hours', 'Havering children's social care emergency duty team', 'havering.gov.uk worried about a child', 'safeguardinghavering.org.uk report a concern', 'Havering MASH can be contacted'. The stored havering.gov.uk MASH page (https://www.havering.gov.uk/children-families/multi-agency-safeguarding-hub-mash) and the Havering procedures chapter (https://haveringcs.trixonline.co.uk/chapter/contacts-and-referrals) describe the MASH as the single point of contact that 'Members of the public can contact ... directly', but no stored excerpt gives its phone number, hours, out-of-hours (EDT) number or email. No number recorded rather than guessing.",
  evidence = {  }, checked = "2026-12-06" }

front_door { id = "hillingdon", name = "Hillingdon",
  service = "Stronger Families Hub",
  phone = "01895 556006",
  hours = "24/7",
  out_of_hours = "01895 556006",
  url = "https://hillingdonsafeguardingpartnership.org.uk/parents/what-we-do/",
  note = "No separate emergency duty team number exists on any page found (searched 'Hillingdon children's social care out of hours emergency duty team', 'Stronger Families Hub 01895 556006 out of hours', 'hillingdon.gov.uk worried about a child ... 24 hours'). The partnership's professionals page gives the Hub number and says the Hub gives access to support 'around the clock'; Cabinet papers describe a '24/7 Hub model' whose staff cover 'the out-of-hours service'. So the Hub number is recorded for both daytime and out of hours. The page with the number does not itself say 'call this number at night', so a human check is still worthwhile.",
  evidence = { "fd.hillingdon.1", "fd.hillingdon.2", "fd.hillingdon.3", "fd.hillingdon.4", "fd.hillingdon.5" }, checked = "2026-12-06" }

front_door { id = "hounslow", name = "Hounslow",
  service = "Early Help Hounslow (Early Help team)",
  phone = "020 8583 6600 (option 2)",
  out_of_hours = "020 8583 2222",
  url = "https://www.hounslow.gov.uk/info/20075/child_protection",
  note = "An older NHS page (westlondoncamhs.nhs.uk, undated, cites Working Together 2013) lists Hounslow Children's Social Care as 020 8583 3300; the council's own child-protection page and the Hounslow Safeguarding Children Partnership both give 020 8583 6600 (option 2 on the council page). None is dated; the council page was preferred. Daytime opening time is not stated (only that out of hours starts after 5pm weekdays), so hours are omitted.",
  evidence = { "fd.hounslow.1", "fd.hounslow.2", "fd.hounslow.3" }, checked = "2026-12-06" }

front_door { id = "islington", name = "Islington",
  service = "Children's Services Contact Team (CSCT)",
  phone = "020 7527 7400",
  out_of_hours = "020 7226 0992",
  url = "http://www.islingtonscb.org.uk/Pages/Are%20you%20worried%20about%20a%20child.aspx",
  note = "Out-of-hours: 020 7226 0992 (Islington SCB page; Islington GP page dated 23 Apr 2020) vs 020 7527 7400 (NCL ICB public safeguarding page, undated, lists the daytime number again under 'Out of hours'). No islington.gov.uk page was found to settle it. Kept 020 7226 0992 because (1) it is on the newest dated page and (2) the NCL ICB 'Duty Social Worker (Islington)' GP page (review date 24 Feb 2023) still gives the out-of-hours duty line as '020 226 0992' - the same number with the '7' missing, a typo on that page, not used here. The NCL public page's 'Out of hours 020 7527 7400' may mean the CSCT line diverts out of hours, but no page says so. CSCT daytime hours are not stated anywhere; the procedures manual and NCL page only say the EDT covers weekdays 17:00-09:00 and 24 hours at weekends and bank holidays, so hours are omitted. Needs a human check.",
  evidence = { "fd.islington.1", "fd.islington.2", "fd.islington.3", "fd.islington.4", "fd.islington.5", "fd.islington.6", "fd.islington.7" }, checked = "2026-12-06" }

front_door { id = "kensington-chelsea", name = "Kensington and Chelsea",
  service = "Social Services Line / Assessment and Access Team (Kensington and Chelsea Family Services)",
  phone = "020 7361 3013",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 7373 2227",
  url = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo",
  note = "Out-of-hours number: Westminster's campaign page (last updated 14 July 2022) gives RBKC out of hours as 020 7373 3227; RBKC's own pages give 020 7373 2227, one of them last reviewed 14/06/2024. The newer RBKC page wins: 020 7373 2227. Note the 2024 page is on a 'webtest.rbkc.gov.uk' host; the live www.rbkc.gov.uk professionals page (undated) agrees on 2227.",
  evidence = { "fd.kensington-chelsea.1", "fd.kensington-chelsea.2", "fd.kensington-chelsea.3" }, checked = "2026-12-06" }

front_door { id = "kingston", name = "Kingston upon Thames",
  service = "Achieving for Children Single Point of Access (SPA)",
  phone = "020 8547 5008",
  hours = "Mon-Thu 08:00-17:15; Fri 08:00-17:00",
  out_of_hours = "020 8770 5000",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  decides_within = { hours = 24 },
  note = "An old Richmond page (richmond.gov.uk child_protection.htm, 'Updated: 16 March 2015') and Richmond CVS give SPA 020 8891 7969 / 0208 891 7961 and out of hours 020 8744 2442. These are superseded by the current Kingston & Richmond Safeguarding Children Partnership page, the AfC SPA page and Richmond's SPA referral form, which all give 020 8547 5008 and 020 8770 5000.",
  evidence = { "fd.kingston.1", "fd.kingston.2", "fd.kingston.3", "fd.kingston.4" }, checked = "2026-12-06" }

front_door { id = "lambeth", name = "Lambeth",
  service = "Lambeth Integrated Referral Hub (IRH)",
  phone = "020 7926 3100",
  out_of_hours = "020 7926 1000",
  url = "https://www.lambethsaferchildren.org.uk/safeguarding-referral",
  note = "Two numbers in use on public pages. (a) 020 7926 3100 = 'Lambeth Integrated Referral Hub' with out of hours 020 7926 1000: Ethelred Nursery School policy updated 23 Jan 2019, copied from Lambeth's Sept 2018 model policy, and an undated copy of Lambeth's IRH referral form (0207 926 3100). (b) 020 7926 5555 for 'referrals in Lambeth' / 'Lambeth Children social care': lambeth.gov.uk campaign page (undated) and Love Lambeth post of 21 Apr 2017 (pass 1 also had it from the old LSCB young-people page, '24 hours'). Newest dated source wins: 020 7926 3100 / 020 7926 1000. CAUTION: both sources for it are secondary (a nursery school's policy, a docest.com copy of the form) and date from 2018-19; the current lambeth.gov.uk and LSCP pages name the IRH but their stored copies drop the number. Out-of-hours hours not stated. Verify against lambeth.gov.uk before display.",
  evidence = { "fd.lambeth.1", "fd.lambeth.2", "fd.lambeth.3", "fd.lambeth.4", "fd.lambeth.5" }, checked = "2026-12-06" }

front_door { id = "lewisham", name = "Lewisham",
  service = "Lewisham Multi Agency Safeguarding Hub (MASH)",
  phone = "020 8314 6660",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8314 6000",
  url = "https://www.safeguardinglewisham.org.uk/lscp/lscp/parents-carers/worried-about-the-safety-of-a-child",
  note = "Hours are not stated directly: the LSCP page defines out of hours as '5pm -9am weekdays, weekends and Bank Holidays', so office hours were read as Mon-Fri 09:00-17:00. Professionals can use the online MASH request form on the lewisham.gov.uk professionals page.",
  evidence = { "fd.lewisham.1", "fd.lewisham.2", "fd.lewisham.3", "fd.lewisham.4" }, checked = "2026-12-06" }

front_door { id = "merton", name = "Merton",
  service = "Children and Families Hub (formerly the Multi-Agency Safeguarding Hub, MASH)",
  phone = "020 8545 4226",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8770 5000",
  url = "https://www.mertonscp.org.uk/working-with-children/children-and-families-hub/",
  note = "A second daytime line, 020 8545 4227, is given on the same pages. The older www2.merton.gov.uk MASH page gives the same numbers (020 8545 4226 or 020 8545 4227; out of hours 020 8770 5000) plus mash@merton.gov.uk. That email is left out because the service has since been renamed.",
  evidence = { "fd.merton.1", "fd.merton.2", "fd.merton.3" }, checked = "2026-12-06" }

front_door { id = "newham", name = "Newham",
  service = "Multi-Agency Safeguarding Hub (MASH)",
  phone = "020 3373 4600",
  hours = "Mon-Thu 09:00-17:15; Fri 09:00-17:00",
  out_of_hours = "020 8430 2000",
  url = "https://families.newham.gov.uk/kb5/newham/directory/family.page?familychannel=7",
  note = "The out-of-hours number, 020 8430 2000, is Newham's Contact Centre, which puts callers through to the social work duty team. Professionals are asked to use the online 'Request support or protection of a child' form.",
  evidence = { "fd.newham.1", "fd.newham.2", "fd.newham.3", "fd.newham.4" }, checked = "2026-12-06" }

front_door { id = "redbridge", name = "Redbridge",
  service = "Redbridge Multi-Agency Safeguarding Hub (MASH) / Children's Social Care",
  phone = "020 8708 3885",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8708 5897",
  url = "https://www.redbridge.gov.uk/adult-and-childrens-services/child-protection/",
  note = "The council page lists 'Tel:  020 8708 3885' for Children's Social Care, and the old LSCB page gives the same two numbers (9am-5pm, and after 5pm and weekends). Professionals complete a Multi-Agency Referral Form (MARF).",
  evidence = { "fd.redbridge.1", "fd.redbridge.2", "fd.redbridge.3", "fd.redbridge.4" }, checked = "2026-12-06" }

front_door { id = "richmond", name = "Richmond upon Thames",
  service = "Achieving for Children Single Point of Access (SPA)",
  phone = "020 8547 5008",
  hours = "Mon-Thu 08:00-17:15; Fri 08:00-17:00",
  out_of_hours = "020 8770 5000",
  url = "https://www.richmond.gov.uk/make_a_referral_to_spa",
  decides_within = { hours = 24 },
  note = "An older Richmond Council page (richmond.gov.uk/home/health_and_social_care/children_and_family_care/child_protection.htm, 'Updated: 16 March 2015') gives the SPA as 020 8891 7969 and out of hours as 020 8744 2442. Richmond CVS gives 0208 891 7961 and 0208 744 2442. That 2015 page is the only dated one, but 020 8547 5008 / 020 8770 5000 appear on the current referral form page, the AfC Local Offer page and the Kingston and Richmond Safeguarding Children Partnership page. Safeguarding partnerships replaced LSCBs in 2019, so that page is newer than 2015, and those numbers were chosen.",
  evidence = { "fd.kingston.3", "fd.richmond.2", "fd.richmond.3", "fd.richmond.4", "fd.richmond.5" }, checked = "2026-12-06" }

front_door { id = "southwark", name = "Southwark",
  service = "Multi-agency Safeguarding Hub (MASH)",
  phone = "020 7525 1921",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 7525 5000",
  url = "https://southwark.gov.uk/children-and-families/childrens-social-care/children-risk/report-child-risk",
  evidence = { "fd.southwark.1", "fd.southwark.2", "fd.southwark.3", "fd.southwark.4" }, checked = "2026-12-06" }

front_door { id = "sutton", name = "Sutton",
  service = "Children's First Contact Service (CFCS)",
  phone = "020 8770 6001",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 8770 5000",
  url = "https://www.sutton.gov.uk/-/what-to-do-if-you-are-worried-about-a-child-children-s-first-contact-service-cfcs",
  note = "Older pages (suttonlscb.org.uk and sutton.gov.uk/index.aspx?articleid=9433) give the old Sutton MASH number, 020 8649 0418 (out of hours 020 8770 5000). The CFCS has replaced the MASH, so 020 8770 6001 was used. The out-of-hours number is quoted only on the council's COVID-19 children and families page (the dedicated CFCS page gives none). The email is quoted on the LSCP Early Help page.",
  evidence = { "fd.sutton.1", "fd.sutton.2", "fd.sutton.3", "fd.sutton.4" }, checked = "2026-12-06" }

front_door { id = "tower-hamlets", name = "Tower Hamlets",
  service = "Multi-Agency Support Team (MAST)",
  phone = "020 7364 5006",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 7364 4079",
  url = "https://towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx",
  note = "On the phone line, choose Option 2 or 3. An earlier version of the same page (the www. host) named the service the MASH, gave 020 7364 5006 option 3, email Mash@towerhamlets.gov.uk and the same out-of-hours number, 020 7364 4079. The current MAST version was used. Professionals complete the MAST request for support form.",
  evidence = { "fd.tower-hamlets.1", "fd.tower-hamlets.2", "fd.tower-hamlets.3", "fd.tower-hamlets.4" }, checked = "2026-12-06" }

front_door { id = "waltham-forest", name = "Waltham Forest",
  service = "Waltham Forest Multi Agency Safeguarding Hub (MASH)",
  phone = "020 8496 2310",
  hours = "Mon-Thu 09:00-17:15; Fri 09:00-17:00",
  out_of_hours = "020 8496 3000",
  url = "https://www.walthamforest.gov.uk/content/multi-agency-safeguarding-hub-mash?id=E0djI9yz46Q",
  note = "No address is given: the council page lists Willow House, 869 Forest Road, E17 4UH, while the procedures manual (updated March 2018) gives Juniper House, 221 Hoe Street, E17 9PH, and neither is a place the public is asked to visit. Professionals follow up phone referrals with a MARF within 24 hours (procedures manual).",
  evidence = { "fd.waltham-forest.1", "fd.waltham-forest.2", "fd.waltham-forest.3" }, checked = "2026-12-06" }

front_door { id = "wandsworth", name = "Wandsworth",
  service = "Children's Services Multi-Agency Safeguarding Hub (MASH)",
  phone = "020 8871 6622",
  out_of_hours = "020 8871 6000",
  url = "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
  note = "No wandsworth.gov.uk or WSCP page with the MASH daytime number was found. 020 8871 6622 comes only from Family Information Service pages written for practitioners; one (thrive.wandsworth.gov.uk) calls the team the 'Initial Point of Contact (IPOC)'. On the familychannel=6 page, the stored text shows no number after 'For safeguarding concerns, please contact'. No hours were found.",
  evidence = { "fd.wandsworth.1", "fd.wandsworth.2", "fd.wandsworth.3" }, checked = "2026-12-06" }

front_door { id = "westminster", name = "Westminster",
  service = "Westminster Children's Services",
  phone = "020 7641 4000",
  hours = "Mon-Fri 09:00-17:00",
  out_of_hours = "020 7641 6000",
  url = "https://www.westminster.gov.uk/children-and-families/safeguarding-children/child-abuse-prevention-campaign",
  note = "No dedicated Westminster front-door page (e.g. 'Access to Children's Services') was found; the numbers come from the council's child abuse prevention campaign page. A third-party safeguarding policy (grandjunction.org.uk) gives the same numbers, '0207 641 4000 – day time' and '0207 641 6000'.",
  evidence = { "fd.kensington-chelsea.3", "fd.westminster.2" }, checked = "2026-12-06" }
