-- contacts.lua: how to reach a service or a front door, and the evidence for it.
--
-- Loaded after engine.lua. Every phone number, address and web address a card shows comes from a short
-- excerpt of a public page (rules/sources/*.lua), and 'righthelp check' refuses one whose digits are not in
-- an excerpt it cites (assets/lint.lua). A service with no sourced contact shows "ask a member of staff".
-- The London front doors (rules/london/front_doors.lua) are the children's services of the 33 London
-- local authorities: a child's front door is the one for the borough where the child lives.
-- Office hours are written as "Mon-Thu 08:00-17:15; Fri 08:00-17:00" or "24/7"; outside them the
-- out-of-hours number comes first. Bank holidays are not known to the kiosk: both numbers always show.

local P = PACK
P.excerpts, P.excerpt_list = {}, {}
P.front_doors, P.front_door_list = {}, {}
CONTACTS = {}
local C = CONTACTS

local function where() return host.where(3) end

local function problem(loc, msg)
  P.problems[#P.problems + 1] = { where = loc, message = msg }
end

-- excerpt { id = ..., url = ..., title = ..., date = "2024-06-14" or "read 2026-12-06", text = [[...]] }
function excerpt(t)
  t.where = where()
  for _, f in ipairs({ "id", "url", "title", "date", "text" }) do
    if type(t[f]) ~= "string" or t[f] == "" then
      problem(t.where, string.format("excerpt '%s' needs a '%s'", tostring(t.id), f)); return
    end
  end
  if P.excerpts[t.id] then problem(t.where, "excerpt '" .. t.id .. "' is declared twice"); return end
  -- A kiosk (host.staged: a pack opened for a kiosk's start) shows only where a contact comes from, never
  -- the excerpt's words: it keeps the address alone (0.11 MB less, issue 20). 'check', 'front-doors' and
  -- every other whole load keep every field.
  if host.staged then t = { id = t.id, url = t.url } end
  P.excerpts[t.id] = t
  P.excerpt_list[#P.excerpt_list + 1] = t
end

-- front_door { id = "croydon", name = "Croydon", service = "...", phone = ..., hours = ..., out_of_hours = ...,
--              url = ..., decides_within = { hours = 24 } or { working_days = 1 }, evidence = { excerpt ids },
--              checked = "2026-12-06", note = "where pages disagreed" }
function front_door(t)
  t.where = where()
  for _, f in ipairs({ "id", "name", "service", "checked" }) do
    if type(t[f]) ~= "string" or t[f] == "" then
      problem(t.where, string.format("front door '%s' needs a '%s'", tostring(t.id), f)); return
    end
  end
  if P.front_doors[t.id] then problem(t.where, "front door '" .. t.id .. "' is declared twice"); return end
  P.front_doors[t.id] = t
  P.front_door_list[#P.front_door_list + 1] = t
end

-- The named boroughs as a question's options, with their names as front_doors.lua gives them.
function borough_options(ids)
  local out = {}
  for _, id in ipairs(ids) do
    local fd = P.front_doors[id]
    if fd == nil then problem(where(), "borough '" .. tostring(id) .. "' has no front door (rules/london/front_doors.lua)")
    else out[#out + 1] = { id, fd.name } end
  end
  return out
end

-- Which London borough, for a question set whose "where does the child live?" is PREFIX_lives: the first
-- letter of its name (at most eight answers fit on a screen), then the borough. Both sets ask the same.
local BY_LETTER = {
  { "a_b", "A or B", { "barking-dagenham", "barnet", "bexley", "brent", "bromley" } },
  { "c_e", "C, D or E", { "camden", "city-of-london", "croydon", "ealing", "enfield" } },
  { "g_h", "G or H", { "greenwich", "hackney", "hammersmith-fulham", "haringey", "harrow", "havering", "hillingdon", "hounslow" } },
  { "i_l", "I, J, K or L", { "islington", "kensington-chelsea", "kingston", "lambeth", "lewisham" } },
  { "m_s", "M to S", { "merton", "newham", "redbridge", "richmond", "southwark", "sutton" } },
  { "t_w", "T to W", { "tower-hamlets", "waltham-forest", "wandsworth", "westminster" } },
}

function borough_questions(mode, prefix)
  question(mode) { id = prefix .. "_lives_letter", ask_if = { [prefix .. "_lives"] = "elsewhere" },
    text = "Which London borough? Its name starts with:",
    why = "So that we can show the list of boroughs on one screen.",
    options = (function()
      local o = {}
      for _, g in ipairs(BY_LETTER) do o[#o + 1] = { g[1], g[2] } end
      return o
    end)() }
  for _, g in ipairs(BY_LETTER) do
    question(mode) { id = prefix .. "_borough_" .. g[1], context = "borough",
      ask_if = { [prefix .. "_lives_letter"] = g[1] },
      text = "Which London borough does the child live in?",
      why = "Its children's services are the ones to contact.",
      options = borough_options(g[3]) }
  end
end

---------------------------------------------------------------------------
-- Office hours.

local DAYS = { Mon = 1, Tue = 2, Wed = 3, Thu = 4, Fri = 5, Sat = 6, Sun = 7 }
local DAY_NAMES = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }

-- The sandbox has no string patterns (their backtracking is unbounded): the hours are read by hand.
local function split(str, sep)
  local out, start = {}, 1
  for i = 1, #str + 1 do
    if i > #str or str:sub(i, i) == sep then out[#out + 1] = str:sub(start, i - 1); start = i + 1 end
  end
  return out
end

local function trim(str)
  local a, b = 1, #str
  while a <= b and str:sub(a, a) == " " do a = a + 1 end
  while b >= a and str:sub(b, b) == " " do b = b - 1 end
  return str:sub(a, b)
end

-- "08:00" -> 480, or nil.
local function minutes(hhmm)
  if #hhmm ~= 5 or hhmm:sub(3, 3) ~= ":" then return nil end
  local h, m = tonumber(hhmm:sub(1, 2)), tonumber(hhmm:sub(4, 5))
  if math.type(h) ~= "integer" or math.type(m) ~= "integer" or m > 59 then return nil end
  return h * 60 + m
end

-- "Mon-Thu 08:00-17:15; Fri 08:00-17:00" -> { { from = 1, to = 4, open = 480, close = 1035 }, ... },
-- "24/7" -> { always = true }. nil and a reason when it cannot be read.
local function read_hours_(spec)
  if type(spec) ~= "string" then return nil, "hours must be a string" end
  if spec == "24/7" then return { always = true } end
  local out = {}
  for _, raw in ipairs(split(spec, ";")) do
    local part = trim(raw)
    local from, to, rest = DAYS[part:sub(1, 3)], nil, nil
    if part:sub(4, 4) == "-" then to, rest = DAYS[part:sub(5, 7)], trim(part:sub(8)) else to, rest = from, trim(part:sub(4)) end
    local open, close = minutes(rest:sub(1, 5)), minutes(rest:sub(7, 11))
    if not from or not to or from > to or #rest ~= 11 or rest:sub(6, 6) ~= "-" or not open or not close then
      return nil, "cannot read '" .. part .. "' (write it as 'Mon-Fri 09:00-17:00')"
    end
    if open >= close or close > 24 * 60 then return nil, "opening after closing in '" .. part .. "'" end
    out[#out + 1] = { from = from, to = to, open = open, close = close }
  end
  return out
end

local parsed = {}  -- spec -> its reading: a decision reads the same few specs many times

function C.parse_hours(spec)
  local got = parsed[spec]
  if got then return got[1], got[2] end
  local h, why = read_hours_(spec)
  if type(spec) == "string" then parsed[spec] = { h, why } end
  return h, why
end

-- Is the line answered at this time? now = { wday = 1 (Monday) .. 7, minute = 0 .. 1439 }.
function C.open_at(spec, now)
  local h = spec and C.parse_hours(spec)
  if not h or not now then return nil end
  if h.always then return true end
  for _, r in ipairs(h) do
    if now.wday >= r.from and now.wday <= r.to and now.minute >= r.open and now.minute < r.close then return true end
  end
  return false
end

local function tr(lang, key, fallback) return rh_string(lang, key) or fallback end

local function clock(m) return string.format("%d:%02d", m // 60, m % 60) end

-- "Monday to Thursday 8:00 to 17:15, Friday 8:00 to 17:00", in the reader's language.
local function hours_text_(spec, lang)
  local h = spec and C.parse_hours(spec)
  if not h then return "" end
  if h.always then return tr(lang, "contact.always", "24 hours a day, every day") end
  local to = tr(lang, "contact.to", "to")
  local parts = {}
  for _, r in ipairs(h) do
    local days = tr(lang, "day." .. r.from, DAY_NAMES[r.from])
    if r.to ~= r.from then days = days .. " " .. to .. " " .. tr(lang, "day." .. r.to, DAY_NAMES[r.to]) end
    parts[#parts + 1] = days .. " " .. clock(r.open) .. " " .. to .. " " .. clock(r.close)
  end
  return table.concat(parts, ", ")
end

local hours_texts = {}  -- (language, spec) -> its words, made once

function C.hours_text(spec, lang)
  if spec == nil then return "" end
  local key = lang .. "\0" .. spec
  local t = hours_texts[key]
  if t == nil then t = hours_text_(spec, lang); hours_texts[key] = t end
  return t
end

local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December" }

-- "checked December 2026" from "2026-12-06".
local function checked_text_(date, lang)
  date = tostring(date or "")
  local y, m = tonumber(date:sub(1, 4)), tonumber(date:sub(6, 7))
  if #date < 7 or date:sub(5, 5) ~= "-" or math.type(y) ~= "integer" or math.type(m) ~= "integer" or m < 1 or m > 12 then
    return ""
  end
  return tr(lang, "contact.checked", "checked") .. " " .. tr(lang, "month." .. m, MONTHS[m]) .. " " .. y
end

local checked_texts = {}

function C.checked_text(date, lang)
  local key = lang .. "\0" .. tostring(date)
  local t = checked_texts[key]
  if t == nil then t = checked_text_(date, lang); checked_texts[key] = t end
  return t
end


---------------------------------------------------------------------------
-- A service's contact.

-- A service a family reaches through someone they already have.
local VIA = { school = "Ask at the child's school.", gp = "Ask at your GP surgery.",
              health_visitor = "Ask your health visitor.", page = "" }
C.VIA = VIA

-- What a card shows of a service: its phone and hours, web address, address, and the month it was checked.
-- A service that names a front door (front_door = "kingston") is reached as that front door is.
local function service_reach_(src, lang, now)
  local phone, ooh = src.phone or "", src.out_of_hours or ""
  return {
    phone = phone, line = C.numbers_line(phone, src.hours, ooh, lang, now),
    out_of_hours = ooh,
    url = src.url or "", email = src.email or "", address = src.address or "",
    via = src.via and tr(lang, "contact.via." .. src.via, VIA[src.via] or "") or "",
    checked = C.checked_text(src.checked, lang),
    sourced = src.evidence ~= nil and #src.evidence > 0,
  }
end

local reaches = {}  -- (service, language, office open or not) -> what its card shows, made once

function C.service_reach(s, lang, now)
  local src = s
  if s.front_door and P.front_doors[s.front_door] then src = P.front_doors[s.front_door] end
  local open = C.open_at(src.hours, now)
  local key = s.id .. "\0" .. lang .. "\0" .. tostring(open)
  local r = reaches[key]
  if r == nil then r = service_reach_(src, lang, now); reaches[key] = r end
  return r
end


-- "020 8547 5008 (Monday to Friday 9:00 to 17:00); out of hours 020 8770 5000", with the out-of-hours line
-- first when the office is closed at now: the number a card's take-away QR code dials is the one to call.
function C.numbers_line(phone, hours, ooh, lang, now)
  local h = C.hours_text(hours, lang)
  local day = phone
  if phone ~= "" and h ~= "" then day = phone .. " (" .. h .. ")" end
  if ooh == "" or ooh == phone then return day end
  local night = tr(lang, "contact.out_of_hours", "out of hours")
  if C.open_at(hours, now) == false then
    return ooh .. " (" .. night .. ")" .. (day ~= "" and ("; " .. day) or "")
  end
  return day ~= "" and (day .. "; " .. night .. " " .. ooh) or ooh
end

---------------------------------------------------------------------------
-- The child's front door.

-- The borough the child lives in: the answers to the mode's question marked context = "lives" (here, another
-- London borough, outside London) and to whichever question marked "borough" was asked. nil means here
-- (or not said): the kiosk's own front door. "outside" means outside London.
local where_questions = {}  -- mode -> { lives = id, boroughs = { ids } }, found once

local function where_questions_of(mode)
  local w = where_questions[mode]
  if w == nil then
    w = { boroughs = {} }
    for _, q in ipairs(P.question_list[mode]) do
      if q.context == "lives" then w.lives = q.id end
      if q.context == "borough" then w.boroughs[#w.boroughs + 1] = q.id end
    end
    where_questions[mode] = w
  end
  return w
end

function C.child_borough(ar, eff, mode)
  local w = where_questions_of(mode)
  local lives = w.lives and eff[w.lives]
  if lives == "outside_london" then return "outside" end
  if lives ~= "elsewhere" then return nil end
  for i = 1, #w.boroughs do
    local b = eff[w.boroughs[i]]
    if b and P.front_doors[b] then
      for _, mine in ipairs(ar.boroughs or {}) do if mine == b then return nil end end
      return b
    end
  end
  return nil
end

-- The day by which the front door will have decided, counted from now: { hours = 24 } or { working_days = 1 }.
local function decided_by(now, within, lang)
  if not now or not within then return nil end
  local wday = now.wday
  if within.hours then
    wday = (wday - 1 + math.max(1, math.ceil(within.hours / 24))) % 7 + 1
  else
    local left = within.working_days or 1
    while left > 0 do
      wday = wday % 7 + 1
      if wday <= 5 then left = left - 1 end
    end
  end
  return tr(lang, "day." .. wday, DAY_NAMES[wday])
end

-- The front door as the decision carries it (and 'righthelp front-doors' prints it). With the time,
-- 'first' is the number to call now: the day line in office hours, the out-of-hours line outside them.
local function front_door_view_(fd, lang, now)
  local open = C.open_at(fd.hours, now)
  local v = {
    id = fd.id, name = fd.name, service = tr(lang, "fd." .. fd.id .. ".service", fd.service),
    phone = fd.phone or "", out_of_hours = fd.out_of_hours or "", hours = fd.hours or "",
    hours_text = C.hours_text(fd.hours, lang), url = fd.url or "",
    checked = fd.checked, checked_text = C.checked_text(fd.checked, lang),
    source = {},
  }
  -- The pages it comes from, each once ('righthelp front-doors' adds the excerpts themselves).
  local seen = {}
  for _, id in ipairs(fd.evidence or {}) do
    local e = P.excerpts[id]
    if e and not seen[e.url] then seen[e.url] = true; v.source[#v.source + 1] = e.url end
  end
  if open == false and v.out_of_hours ~= "" then
    v.first, v.second = v.out_of_hours, v.phone
    v.now = tr(lang, "contact.closed_now", "The office is closed now: call the out-of-hours line.")
  elseif open == false then
    v.first, v.second = v.phone, ""
    v.now = tr(lang, "contact.closed_no_line", "The office is closed now and no out-of-hours number is known: if a child is in danger, call 999.")
  else
    v.first, v.second = v.phone ~= "" and v.phone or v.out_of_hours, v.phone ~= "" and v.out_of_hours or ""
  end
  if open ~= nil then v.open_now = open end
  local within = fd.decides_within
  if within and v.phone ~= "" then
    v.next = within.hours
      and string.format(tr(lang, "contact.decides_hours", "The front door decides what happens next within %d hours."), within.hours)
      or string.format(tr(lang, "contact.decides_days", "The front door decides what happens next within %d working day(s)."),
                       within.working_days or 1)
    local day = decided_by(now, within, lang)
    if day then
      v.next = v.next .. " " .. string.format(tr(lang, "contact.if_nobody", "If nobody has contacted you by the end of %s, call %s."),
                                              day, v.phone)
    end
  end
  return v
end

local views = {}  -- (front door, language, office open or not, weekday) -> its view, made once

function C.front_door_view(fd, lang, now)
  local key = fd.id .. "\0" .. lang .. "\0" .. tostring(C.open_at(fd.hours, now)) .. "\0" .. (now and now.wday or "")
  local v = views[key]
  if v == nil then v = front_door_view_(fd, lang, now); views[key] = v end
  return v
end

-- Between sessions (src/app.c, app_wipe): what was made for the last one goes. Kept, it grows with every
-- service, front door, language and office state a kiosk has shown (some 0.5 MB over test_storm).
function rh_forget()
  hours_texts, reaches, views = {}, {}, {}
  return true
end


-- Outside London: no front door the kiosk knows.
function C.outside_view(lang)
  return {
    id = "outside", name = tr(lang, "fd.outside.name", "Outside London"),
    service = tr(lang, "fd.outside.service", "Children's services of the council where the child lives"),
    phone = "", out_of_hours = "", hours = "", hours_text = "", url = "", checked = "", checked_text = "",
    source = {}, first = "",
    next = tr(lang, "fd.outside.next", "Call the children's services of the council where the child lives. If a child is in danger now, call 999."),
  }
end

-- 'righthelp front-doors': the 33 London front doors, as a decision carries them.
function rh_front_doors(lang, now)
  local out = {}
  for _, fd in ipairs(P.front_door_list) do
    local v = {}
    for k2, x in pairs(C.front_door_view(fd, lang or "en", now)) do v[k2] = x end  -- views are shared: a copy
    v.excerpts = {}
    for _, id in ipairs(fd.evidence or {}) do
      local e = P.excerpts[id]
      if e then v.excerpts[#v.excerpts + 1] = { url = e.url, title = e.title, date = e.date, text = e.text } end
    end
    v.note = fd.note
    out[#out + 1] = v
  end
  return out
end

-- The contacts checked longer ago than months before today ("YYYY-MM-DD"), for the staff screen: how many,
-- and the oldest month, so a partnership knows what to re-check before it signs a pack.
function rh_stale_contacts(today, months)
  local count, oldest = 0, nil
  local ty, tm = tonumber(tostring(today):sub(1, 4)), tonumber(tostring(today):sub(6, 7))
  if math.type(ty) ~= "integer" or math.type(tm) ~= "integer" then return { count = 0 } end
  local function age(date)
    local y, m = tonumber(tostring(date or ""):sub(1, 4)), tonumber(tostring(date or ""):sub(6, 7))
    if math.type(y) ~= "integer" or math.type(m) ~= "integer" then return nil end
    return (ty - y) * 12 + tm - m
  end
  local function look(item)
    local a = item.checked and age(item.checked)
    if a and a > months then
      count = count + 1
      if oldest == nil or item.checked < oldest then oldest = item.checked end
    end
  end
  for _, fd in ipairs(P.front_door_list) do look(fd) end
  for _, sv in ipairs(P.service_list) do look(sv) end
  return { count = count, oldest = oldest and C.checked_text(oldest, "en") or "" }
end
