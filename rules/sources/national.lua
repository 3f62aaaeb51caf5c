-- sources/national.lua: what the NSPCC's pages say of the national lines in rules/areas/national.lua
-- (read 2026-11-23 and again 2026-12-06).

excerpt { id = "nat.nspcc.report", date = "read 2026-12-06",
  title = "Report child abuse",
  url = "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/",
  text = [[Our telephone lines are open Monday to Friday 8am – 10pm or 9am – 6pm at the weekends. You can contact us online or by email 24 hours a day, 365 days a year.

Call 0808 800 5000

If a child is in immediate danger, call the police on 999 straight away.]] }

excerpt { id = "nat.nspcc.abuse", date = "read 2026-12-06",
  title = "What is child abuse?",
  url = "https://www.nspcc.org.uk/what-is-child-abuse/",
  text = [[You can contact the NSPCC Helpline by calling 0808 800 5000, emailing [email protected] or completing our report abuse online form.
Children can call Childline any time on 0800 1111 or find advice and support on the Childline website.]] }

-- Childline's own column in a newspaper, written by Childline's staff.
excerpt { id = "nat.childline.column", date = "2021-11-01",
  title = "Childline advice: thirty-five years on and sadly children still need our help (Hartlepool Mail)",
  url = "https://www.hartlepoolmail.co.uk/health/childline-advice-thirty-five-years-on-and-sadly-children-still-need-our-help-3434667",
  text = [[We're here 24 hours a day, every day of the year, to offer help, advice and somewhere to turn whenever children need it.]] }
