-- engine.lua: the rule pack's vocabulary and its one decision function.
--
-- The host (src/rules.c) loads this file first, then every other file of the
-- pack in a fixed order, in one sandboxed Lua state. The other files only
-- declare data through the constructors below (level, domain, question,
-- indicator, redflag, strength, area, service, route, strings). The host then
-- calls the rh_* functions at the bottom. Nothing here knows about pixels;
-- nothing here may keep state between calls: every rh_* function is pure.
--
-- Decision semantics (also in rules/README.md):
--   1. Red flags are read from the raw answers, whatever else was answered and
--      whether or not the flow would have asked them: a red flag is never lost.
--   2. Other answers count only when the flow asks their question.
--   3. The level is the highest level any indicator reaches (floor 1).
--   4. Several additional needs are early help (2b); they add up to level 3 only when help already tried
--      has failed, or is refused, while they remain (steps_up indicators).
--   5. Strengths are listed but never lower a level.
-- Each step only ever adds, so answering one more concern never lowers a level.

PACK = {
  levels = {}, domains = {}, domain_list = {},
  questions = {}, question_list = { practitioner = {}, family = {} },
  indicators = {}, indicator_list = {},
  redflags = {}, redflag_list = {},
  strengths = {}, strength_list = {},
  areas = {}, area_list = {},
  services = {}, service_list = {},
  routes = {}, route_list = {},
  strings = {}, languages = {}, language_info = {},
  problems = {},
}

local P = PACK
local MODES = { practitioner = true, family = true }
local AGE_BANDS = { "prebirth", "0-5", "5-11", "11-19", "19-25" }
P.age_bands = AGE_BANDS

-- Where a declaration stands, as "file:line", for messages and the linter.
local function where() return host.where(3) end

local function problem(loc, msg)
  P.problems[#P.problems + 1] = { where = loc, message = msg }
end

local function need(t, field, kind, loc)
  if type(t[field]) ~= kind then
    problem(loc, string.format("field '%s' must be a %s", field, kind))
    return false
  end
  return true
end

local function add(list, map, item, what)
  if map[item.id] ~= nil then
    problem(item.where, string.format("%s '%s' is declared twice (first at %s)",
      what, item.id, map[item.id].where))
    return
  end
  map[item.id] = item
  list[#list + 1] = item
end

function level(t)
  t.where = where()
  if math.type(t.n) ~= "integer" or t.n < 1 or t.n > 4 then
    problem(t.where, "a Continuum level must be a whole number from 1 to 4")
    return
  end
  need(t, "name", "string", t.where)
  need(t, "source", "string", t.where)
  P.levels[t.n] = t
end

function domain(t)
  t.where = where()
  if need(t, "id", "string", t.where) then add(P.domain_list, P.domains, t, "domain") end
end

-- One table for each distinct option, and for each distinct list of them: "No", "Yes", "Not known" and
-- the like answer most of the 224 questions, and a kiosk held 790 copies of 114 options, and 224 lists
-- (with their maps by id) of 47 (0.17 MB in all, issue 20). Options and their lists are read-only.
local option_tables, option_lists = {}, {}
local function option_table(id, label, concern)
  local key = id .. "\0" .. label .. (concern and "\0!" or "")
  local opt = option_tables[key]
  if opt == nil then
    opt = { id = id, label = label, concern = concern }
    option_tables[key] = opt
  end
  return opt, key
end

-- question "practitioner" { id=..., ... } or question "family" { ... }
function question(mode)
  local loc = where()
  return function(t)
    t.where = loc
    if not MODES[mode] then problem(loc, "unknown question set '" .. tostring(mode) .. "'"); return end
    t.mode = mode
    if not need(t, "id", "string", loc) then return end
    need(t, "text", "string", loc)
    need(t, "why", "string", loc)
    if type(t.options) ~= "table" or #t.options == 0 then
      problem(loc, "question '" .. t.id .. "' has no options"); t.options = {}
    end
    local opts, byid, keys = {}, {}, {}
    local function put(id, label, concern)
      local opt, key = option_table(id, label, concern)
      opts[#opts + 1] = opt; byid[id] = opt; keys[#keys + 1] = key
    end
    for i, o in ipairs(t.options) do
      local id, label = o[1] or o.id, o[2] or o.label
      if type(id) ~= "string" or type(label) ~= "string" then
        problem(loc, string.format("question '%s' option %d needs an id and a label", t.id, i))
      elseif byid[id] then
        problem(loc, string.format("question '%s' has option '%s' twice", t.id, id))
      else
        put(id, label, o.concern == true)
      end
    end
    if t.sensitive and not byid.rather_not_say then put("rather_not_say", "I'd rather not say", false) end
    local list = table.concat(keys, "\1")
    local same = option_lists[list]
    if same then opts, byid = same.options, same.option else option_lists[list] = { options = opts, option = byid } end
    t.options, t.option = opts, byid
    if P.questions[t.id] then
      problem(loc, string.format("question '%s' is declared twice (first at %s)", t.id, P.questions[t.id].where))
      return
    end
    P.questions[t.id] = t
    local list = P.question_list[mode]
    list[#list + 1] = t
    t.order = #list
  end
end

function indicator(t)
  t.where = where()
  if not need(t, "id", "string", t.where) then return end
  need(t, "text", "string", t.where)
  need(t, "source", "string", t.where)
  if math.type(t.level) ~= "integer" or t.level < 1 or t.level > 4 then
    problem(t.where, "indicator '" .. t.id .. "' has a level outside 1-4")
  end
  if t.only_above ~= nil and (math.type(t.only_above) ~= "integer" or t.only_above < 2 or t.only_above >= (t.level or 1)) then
    problem(t.where, "indicator '" .. t.id .. "': only_above must be a level from 2 to one below its own")
  end
  add(P.indicator_list, P.indicators, t, "indicator")
end

-- A red flag is level 4 unless it says otherwise: level = 3 for a suspicion, or a need that must be met
-- today (a 16-year-old with nowhere to sleep), that is not yet significant harm; level = 1 for a
-- consultation that raises no level (a same-day question answered "Not known"). Each escalates.
function redflag(t)
  t.where = where()
  if not need(t, "id", "string", t.where) then return end
  need(t, "source", "string", t.where)
  if t.level == nil then t.level = 4 end
  if t.level ~= 1 and t.level ~= 3 and t.level ~= 4 then
    problem(t.where, "red flag '" .. t.id .. "' must be level 1, 3 or 4")
    t.level = 4
  end
  add(P.redflag_list, P.redflags, t, "red flag")
end

function strength(t)
  t.where = where()
  if need(t, "id", "string", t.where) then add(P.strength_list, P.strengths, t, "strength") end
end

function area(t)
  t.where = where()
  if not need(t, "id", "string", t.where) then return end
  need(t, "name", "string", t.where)
  need(t, "source", "string", t.where)
  add(P.area_list, P.areas, t, "area")
end

function service(t)
  t.where = where()
  if not need(t, "id", "string", t.where) then return end
  need(t, "name", "string", t.where)
  add(P.service_list, P.services, t, "service")
end

function route(t)
  t.where = where()
  if not need(t, "id", "string", t.where) then return end
  add(P.route_list, P.routes, t, "route")
end

-- language { code = "ar", name = "العربية", dir = "rtl", review = "unreviewed" }, in lang/languages.lua:
-- a language's own name, direction and review stand apart from its strings, so that the start screen can
-- list the languages while the host loads the catalogues after the first frame (src/rules.c, start_file).
function language(t)
  t.where = where()
  if not need(t, "code", "string", t.where) then return end
  if P.language_info[t.code] then problem(t.where, "language '" .. t.code .. "' is declared twice"); return end
  P.language_info[t.code] = t
  P.languages[#P.languages + 1] = t.code
end

-- strings "ar" { ["ui.back"] = ..., ... }: one language's catalogue, lang/<code>.lua.
function strings(lang)
  local loc = where()
  return function(t)
    if P.strings[lang] then problem(loc, "language '" .. lang .. "' is declared twice"); return end
    t.where = loc
    P.strings[lang] = t
  end
end

---------------------------------------------------------------------------
-- Conditions. A condition is a table { question_id = answer_id | {answer_id, ...} };
-- it holds when every named question has one of the named answers.

-- Conditions are compiled once into lists of { question, set of answers }:
-- a decision checks hundreds of them, under the host's instruction budget.
local compiled = setmetatable({}, { __mode = "k" })
local function compile(cond)
  local c = compiled[cond]
  if c == nil then
    c = {}
    for qid, want in pairs(cond) do
      local set = {}
      if type(want) == "table" then
        for i = 1, #want do set[want[i]] = true end
      else
        set[want] = true
      end
      c[#c + 1] = { q = qid, set = set }
    end
    compiled[cond] = c
  end
  return c
end

-- Does a compiled condition hold for these answers?
local function holds(c, answers)
  for i = 1, #c do
    local a = answers[c[i].q]
    if a == nil or not c[i].set[a] then return false end
  end
  return true
end

local function holds_all(cond, answers)
  return holds(compiled[cond] or compile(cond), answers)
end

-- A 'when' is a list of conditions, any of which raises the rule; a single
-- condition table is accepted too.
local function when_list(when)
  if when == nil then return {} end
  if when[1] == nil then return { when } end
  return when
end

-- The mode a condition belongs to: that of the questions it names (nil when it names none).
local function condition_mode(cond)
  for qid in pairs(cond) do
    local q = P.questions[qid]
    if q then return q.mode end
  end
  return nil
end

-- A rule's conditions for one mode, split and compiled once: a decision never tries the other set's
-- conditions (a rule pack of some 130 rules, each read on every decision).
local function when_by_mode(rule)
  local by = rule.when_by_mode
  if by == nil then
    by = { practitioner = {}, family = {} }
    for _, cond in ipairs(when_list(rule.when)) do
      local m = condition_mode(cond)
      for _, mm in ipairs({ "practitioner", "family" }) do
        if m == nil or m == mm then by[mm][#by[mm] + 1] = { cond = cond, c = compile(cond) } end
      end
    end
    rule.when_by_mode = by
  end
  return by
end

local function fires(rule, answers, mode)
  -- holds(), written out: this loop runs for every rule a decision tries, and a Lua call each time cost
  -- a tenth of the decision (measured: 92 us with the call, 84 us without).
  local list = when_by_mode(rule)[mode]
  for i = 1, #list do
    local c, ok = list[i].c, true
    for j = 1, #c do
      local a = answers[c[j].q]
      if a == nil or not c[j].set[a] then ok = false; break end
    end
    if ok then return list[i].cond end
  end
  return nil
end

-- The rules of a list a decision need try, in list order. A condition holds only when every question
-- it names is answered, so a rule is tried only when the first question of one of its conditions is:
-- a session answers a tenth of the questions, and most of the pack's 300 rules are skipped unread.
-- A rule with a condition that names no question (it always holds), or that fires from other
-- indicators (requires), is always tried. Indexed once per list and mode.
local rule_index = setmetatable({}, { __mode = "k" })
local function index_of(list, mode)
  local per_mode = rule_index[list]
  if per_mode == nil then per_mode = {}; rule_index[list] = per_mode end
  local ix = per_mode[mode]
  if ix == nil then
    ix = { always = {}, by_q = {} }
    for i = 1, #list do
      local conds, keys, always = when_by_mode(list[i])[mode], {}, list[i].requires ~= nil
      for j = 1, #conds do
        if #conds[j].c == 0 then always = true else keys[conds[j].c[1].q] = true end
      end
      if always then
        ix.always[#ix.always + 1] = i
      else
        for q in pairs(keys) do
          local l = ix.by_q[q] or {}
          l[#l + 1] = i
          ix.by_q[q] = l
        end
      end
    end
    per_mode[mode] = ix
  end
  return ix
end

local function candidates(list, mode, answers)
  local ix = index_of(list, mode)
  local mark, out = {}, {}
  for i = 1, #ix.always do mark[ix.always[i]] = true; out[i] = ix.always[i] end
  for qid in pairs(answers) do
    local l = ix.by_q[qid]
    for j = 1, l and #l or 0 do
      local k = l[j]
      if not mark[k] then mark[k] = true; out[#out + 1] = k end
    end
  end
  table.sort(out)
  return out
end

-- A kiosk's host runs a language's catalogue when it is first asked for (src/rules.c, host.load): a
-- kiosk whose families all read English never holds the others. Every other host has run them all.
local function catalogue(lang)
  local cat = P.strings[lang]
  if cat == nil and P.language_info[lang] and host.load then
    host.load("lang/" .. lang .. ".lua")
    cat = P.strings[lang]
  end
  return cat
end

local function tr(lang, key, fallback)
  local cat = P.strings[lang] or catalogue(lang)  -- the call only for a catalogue not loaded yet: tr is hot
  local s = cat and cat[key]
  if type(s) == "string" then return s end
  local en = P.strings.en and P.strings.en[key]
  if type(en) == "string" then return en end
  return fallback
end

-- Every digit of s, in order. Global: the linter checks translated contacts with it too.
function contact_digits(s)
  local d = {}
  for i = 1, #s do
    local b = s:byte(i)
    if b >= 48 and b <= 57 then d[#d + 1] = string.char(b) end
  end
  return table.concat(d)
end

-- A service's contact in the family's language: only its words may change.
-- A translation that would change any digit (a phone number, an hour) is not
-- used: the English contact is shown instead ('check' reports it as an error).
local function contact_of(lang, s)
  local en = s.contact or ""
  local t = tr(lang, "svc." .. s.id .. ".contact", en)
  if t ~= en and contact_digits(t) ~= contact_digits(en) then return en end
  return t
end

-- The questions the flow asks, in order, given the answers so far. Answers to
-- questions the flow does not ask are left out.
-- Each mode's questions with their ask_if compiled, built once: every decision walks them all.
local flow_cache = {}
local function flow_of(mode)
  local f = flow_cache[mode]
  if f == nil then
    f = {}
    for _, q in ipairs(P.question_list[mode]) do
      f[#f + 1] = { id = q.id, c = q.ask_if and compile(q.ask_if) or nil }
    end
    flow_cache[mode] = f
  end
  return f
end

-- Only an answered question can add to eff, so an unanswered one's ask_if is never tried (a full
-- flow is some 150 questions, a session answers a tenth of them).
local function effective_answers(mode, answers)
  local eff, f = {}, flow_of(mode)
  for i = 1, #f do
    local a = answers[f[i].id]
    if a ~= nil and (f[i].c == nil or holds(f[i].c, eff)) then eff[f[i].id] = a end
  end
  return eff
end

local function is_asked(mode, qid, answers)
  local q = P.questions[qid]
  if q == nil or q.mode ~= mode then return false end
  if q.ask_if == nil then return true end
  return holds_all(q.ask_if, effective_answers(mode, answers))
end

local function describe_condition(cond)
  if cond == nil then return nil end
  local parts = {}
  for qid, want in pairs(cond) do
    local w = type(want) == "table" and table.concat(want, " or ") or want
    parts[#parts + 1] = qid .. " = " .. w
  end
  table.sort(parts)
  return table.concat(parts, " and ")
end

-- The question ids a condition reads, sorted: the host shows a family the
-- questions and their own answers that led to the result.
local function condition_questions(cond)
  local out = {}
  for qid in pairs(cond or {}) do
    if P.questions[qid] then out[#out + 1] = qid end
  end
  table.sort(out)
  return out
end

-- The id of the mode's question marked with this context ("age", "siblings"), found once.
local contexts = {}
local function context_question(mode, context)
  local key = mode .. "/" .. context
  if contexts[key] == nil then
    contexts[key] = false
    for _, q in ipairs(P.question_list[mode] or {}) do
      if q.context == context then contexts[key] = q.id; break end
    end
  end
  return contexts[key] or nil
end

-- The child's age band: the answer to the mode's question marked context = "age".
local function age_of(mode, eff)
  local qid = context_question(mode, "age")
  local a = qid and eff[qid]
  for i = 1, #AGE_BANDS do if AGE_BANDS[i] == a then return a end end
  return nil
end

local function fits_age(ages, band)
  if ages == nil or band == nil then return true end
  for i5_ = 1, #ages do local a = ages[i5_] if a == band then return true end end
  return false
end

local function has_need(needs, d)
  if needs == nil then return true end
  for i6_ = 1, #needs do local n = needs[i6_] if d.needs[n] then return true end end
  return false
end

local function fits_level(levels, d)
  if levels == nil then return true end
  for i7_ = 1, #levels do local l = levels[i7_]
    if l == d.continuum_level or l == d.local_level then return true end
  end
  return false
end

-- Does route r serve decision d in this mode and age band? (The linter asks too.)
function route_fits(r, d, mode, band)
  return (r.mode == nil or r.mode == mode) and fits_level(r.levels, d) and fits_age(r.ages, band)
    and has_need(r.needs, d)
end

local function pick_local_level(ar, d)
  for _, ll in ipairs(ar.local_levels or {}) do
    if ll.continuum == d.continuum_level and (ll.when == nil or ll.when(d)) then
      return ll
    end
  end
  return nil
end

-- The area's routes in file order, indexed once: a decision reads only its own area's.
local routes_by_area = {}
local function routes_of(area_id)
  local list = routes_by_area[area_id]
  if list == nil then
    list = {}
    for i = 1, #P.route_list do
      if P.route_list[i].area == area_id then list[#list + 1] = P.route_list[i] end
    end
    routes_by_area[area_id] = list
  end
  return list
end

-- The card for a child's own front door when the child lives in another borough (or outside London).
local function front_door_card(v, lang, now)
  local line = CONTACTS.numbers_line(v.phone, v.hours, v.out_of_hours, lang, now)
  return {
    service = "fd." .. v.id, name = v.service .. (v.id ~= "outside" and (", " .. v.name) or ""),
    what = v.id ~= "outside" and string.format(tr(lang, "fd.card.what", "The front door to children's services for a child who lives in %s."), v.name) or "",
    how = v.next or "",
    contact = v.id ~= "outside" and line
              or tr(lang, "fd.outside.contact", "your own council's children's services; 999 if a child is in danger now"),
    url = v.url, address = "", checked = v.checked_text,
    self_referral = true, professional_only = false, source = v.source[1] or "",
  }
end

-- child_fd: the child's front door when the child lives in another borough (or outside London); own_fd: this
-- area's, whose card says what happens next where its source says.
local function route_entries(ar, mode, d, band, lang, child_fd, own_fd, now)
  local out, seen, route_id = {}, {}, nil
  local routes = routes_of(ar.id)
  for i8_ = 1, #routes do local r = routes[i8_]
    if r.area == ar.id and route_fits(r, d, mode, band) then
      route_id = route_id or r.id
      for _, sid in ipairs(r.services or {}) do
        local s = P.services[sid]
        -- A child who lives elsewhere has that borough's front door instead of this area's.
        if s and child_fd and (sid == ar.front_door or s.front_door) then
          if not seen["fd"] then seen["fd"] = true; out[#out + 1] = front_door_card(child_fd, lang, now) end
        elseif s and not seen[sid] then
          seen[sid] = true
          local reach = CONTACTS.service_reach(s, lang, now)
          out[#out + 1] = {
            service = s.id,
            name = tr(lang, "svc." .. s.id .. ".name", s.name),
            what = tr(lang, "svc." .. s.id .. ".offers", s.offers or ""),
            how = (r.how and tr(lang, "route." .. r.id .. ".how", r.how)
                   or tr(lang, "svc." .. s.id .. ".how", s.how or ""))
                  .. (sid == ar.front_door and own_fd and own_fd.next and (" " .. own_fd.next) or ""),
            -- How to reach it: its own words where it has them (a national line's hours), else its phone
            -- and hours, else who to go through (the child's school); empty: "ask a member of staff".
            contact = s.contact and contact_of(lang, s) or (reach.line ~= "" and reach.line or reach.via),
            url = reach.url, address = reach.address, checked = reach.checked,
            self_referral = s.access == "self",
            professional_only = s.access == "professional",
            source = s.source or "",
          }
        end
      end
    end
  end
  if mode == "family" then
    -- Families see first what they can go to themselves.
    local selfref, rest = {}, {}
    for i9_ = 1, #out do local e = out[i9_]
      if e.self_referral then selfref[#selfref + 1] = e else rest[#rest + 1] = e end
    end
    -- Below social care, a family is not shown a practitioner's forms and panels
    -- (a professional asks for those); at levels 3 and 4 the front door stays.
    local keep_professional = d.continuum_level >= 3 or #selfref == 0
    for i10_ = 1, #rest do local e = rest[i10_]
      if keep_professional or not e.professional_only then selfref[#selfref + 1] = e end
    end
    if #selfref == 0 then selfref = rest end
    out = selfref
  end
  return out, route_id
end

---------------------------------------------------------------------------
-- The host's entry points.

function rh_areas()
  local out = {}
  for i11_ = 1, #P.area_list do local a = P.area_list[i11_]
    local names = {}
    for _, ll in ipairs(a.local_levels or {}) do
      names[#names + 1] = { continuum = ll.continuum, name = ll.name }
    end
    out[#out + 1] = { id = a.id, name = a.name, levels = names }
  end
  return out
end

function rh_languages()
  local out = {}
  for i12_ = 1, #P.languages do local code = P.languages[i12_]
    local c = P.language_info[code]
    out[#out + 1] = { code = code, name = c.name or code, dir = c.dir or "ltr",
                      review = c.review or "unreviewed" }
  end
  return out
end

function rh_string(lang, key)
  return tr(lang, key, nil)
end

function rh_questions(mode, lang)
  local out = {}
  for _, q in ipairs(P.question_list[mode] or {}) do
    local opts = {}
    for i13_ = 1, #q.options do local o = q.options[i13_]
      opts[#opts + 1] = { id = o.id, label = tr(lang, "q." .. q.id .. "." .. o.id, tr(lang, "opt." .. o.id, o.label)) }
    end
    out[#out + 1] = {
      id = q.id, domain = q.domain or "", sensitive = q.sensitive == true,
      text = tr(lang, "q." .. q.id .. ".text", q.text),
      hint = tr(lang, "q." .. q.id .. ".hint", q.hint or ""),
      why = tr(lang, "q." .. q.id .. ".why", q.why),
      options = opts,
      asked_if = describe_condition(q.ask_if) or "always",
    }
  end
  return out
end

-- Is question qid asked, given these answers? The host walks the flow with it.
function rh_asked(mode, qid, answers)
  return is_asked(mode, qid, answers)
end

-- The ids of the questions the flow asks given these answers, in order.
function rh_flow(mode, answers)
  local out, eff = {}, {}
  for _, q in ipairs(P.question_list[mode] or {}) do
    if q.ask_if == nil or holds_all(q.ask_if, eff) then
      out[#out + 1] = q.id
      eff[q.id] = answers[q.id]
    end
  end
  return out
end

-- Checks the answers: every question and answer id must be known to this mode.
local function validate(mode, answers)
  local bad = {}
  for qid, aid in pairs(answers) do
    local q = P.questions[qid]
    if q == nil or q.mode ~= mode then
      bad[#bad + 1] = "unknown question '" .. tostring(qid) .. "'"
    elseif q.option[aid] == nil then
      bad[#bad + 1] = "unknown answer '" .. tostring(aid) .. "' for question '" .. qid .. "'"
    end
  end
  table.sort(bad)
  return bad
end

-- An indicator that fired: its level, domain, needs and flags go into the decision d, and its reason.
local function fire_indicator(d, fired, reasons, lang, ind, cond)
  fired[ind.id] = true
  if ind.level > d.continuum_level then d.continuum_level = ind.level end
  if ind.level >= 2 and ind.domain then
    local dom = P.domains[ind.domain]
    d.domains[dom and dom.adds_up_as or ind.domain] = true  -- a domain may count with others (continuum.lua)
  end
  for _, n in ipairs(ind.needs or { ind.domain }) do d.needs[n] = true end
  for _, f in ipairs(ind.flags or {}) do d.flags[f] = true end
  reasons[#reasons + 1] = { rule = ind.id, level = ind.level,
                            because = tr(lang, "ind." .. ind.id, ind.text),
                            answers = describe_condition(cond), questions = condition_questions(cond) }
end

-- now (optional): { wday = 1 (Monday) .. 7, minute = 0 .. 1439 }, the kiosk's clock, so that outside office
-- hours the front door's out-of-hours number comes first. Without it both numbers show in their usual order.
function rh_decide(area_id, mode, answers, lang, now)
  lang = lang or "en"
  if now ~= nil and (type(now) ~= "table" or math.type(now.wday) ~= "integer" or math.type(now.minute) ~= "integer"
                     or now.wday < 1 or now.wday > 7 or now.minute < 0 or now.minute > 1439) then
    now = nil
  end
  local ar = P.areas[area_id]
  if ar == nil then error("unknown area '" .. tostring(area_id) .. "'", 0) end
  if not MODES[mode] then error("unknown mode '" .. tostring(mode) .. "'", 0) end
  local bad = validate(mode, answers)
  if #bad > 0 then error(table.concat(bad, "; "), 0) end

  local eff = effective_answers(mode, answers)
  local d = { continuum_level = 1, needs = {}, domains = {}, flags = {} }
  local reasons, strengths = {}, {}

  -- 1. Red flags, from the raw answers.
  local esc, esc_rank = nil, 0
  local RANK = { tell_staff = 1, same_day = 2, emergency = 3 }
  local rf_try = candidates(P.redflag_list, mode, answers)
  for i14_ = 1, #rf_try do local rf = P.redflag_list[rf_try[i14_]]
    local cond = fires(rf, answers, mode)
    if cond then
      if rf.level > d.continuum_level then d.continuum_level = rf.level end
      local kind = type(rf.kind) == "table" and rf.kind[mode] or rf.kind
      reasons[#reasons + 1] = { rule = rf.id, level = rf.level, because = tr(lang, "rf." .. rf.id .. ".because", rf.because or rf.text),
                                answers = describe_condition(cond), questions = condition_questions(cond), redflag = true }
      if (RANK[kind] or 0) > esc_rank then
        esc_rank = RANK[kind]
        local text = rf.action and (rf.action[mode] or rf.action.any) or ""
        esc = { kind = kind, text = tr(lang, "rf." .. rf.id .. ".action." .. mode, text), redflag = rf.id,
                then_result = rf.then_result == true }
      end
      for _, n in ipairs(rf.needs or {}) do d.needs[n] = true end
    end
  end

  -- 2-3. Indicators from the answers the flow asks. A steps_up indicator is noted for step 4, with
  -- whether any other need at level 2 or above fired; one marked only_above waits for step 4b.
  local fired, stepped, other_need, held = {}, nil, false, nil
  local ind_try = candidates(P.indicator_list, mode, eff)
  for i15_ = 1, #ind_try do local ind = P.indicator_list[ind_try[i15_]]
    local cond = fires(ind, eff, mode)
    if cond == nil and ind.requires then
      local n = 0
      for i16_ = 1, #ind.requires do local other = ind.requires[i16_] if fired[other] then n = n + 1 end end
      if n >= (ind.min or #ind.requires) then cond = { indicators = table.concat(ind.requires, ", ") } end
    end
    if cond and ind.only_above then
      held = held or {}
      held[#held + 1] = { ind = ind, cond = cond }
    elseif cond then
      if ind.steps_up then stepped = stepped or ind elseif ind.level >= 2 then other_need = true end
      fire_indicator(d, fired, reasons, lang, ind, cond)
    end
  end

  -- 4. Several additional needs. Needs across several areas of the child's life call for early help
  -- from several agencies around a lead professional (Kingston and Richmond's 2b, seed 000 L807-818),
  -- not on their own for children's social care: counting domains sent 20 of 30 published early help
  -- families to level 3 (issue 18), and counting the sides of parenting sent two more. They add up to
  -- level 3 when help already tried has failed, or is refused, while needs remain (an indicator marked
  -- steps_up, with any other need at level 2 or above: indicators/history.lua; continuum.md, What
  -- published outcomes show). The count stays for the local level names (2a or 2b).
  local ndomains = 0
  for _ in pairs(d.domains) do ndomains = ndomains + 1 end
  d.domain_count = ndomains
  if esc then other_need = true end
  if stepped and other_need and d.continuum_level < 3 then
    d.continuum_level = 3
    reasons[#reasons + 1] = { rule = "cumulative.help_failed", level = 3,
      because = tr(lang, "reason.help_failed", "Needs remain after early help, or help is refused: they need a social care assessment"),
      answers = stepped.id }
  end

  -- 4b. An indicator marked only_above counts when the rest already reach that level: a family's doubt
  -- about a level 4 danger is a suspicion only beside serious needs (indicators/redflags.lua). Each
  -- answer that raises the rest can only add it, so the decision stays monotone.
  for i18_ = 1, held and #held or 0 do local h = held[i18_]
    if d.continuum_level >= h.ind.only_above then fire_indicator(d, fired, reasons, lang, h.ind, h.cond) end
  end

  -- 5. Strengths: recorded, never lowering.
  local s_try = candidates(P.strength_list, mode, eff)
  for i17_ = 1, #s_try do local s = P.strength_list[s_try[i17_]]
    if fires(s, eff, mode) then strengths[#strengths + 1] = tr(lang, "str." .. s.id, s.text) end
  end

  -- A level 4 need is child protection even without a red flag: it is never
  -- left to wait (LSCP level 4: "immediate referral to children's social care").
  if esc == nil and d.continuum_level >= 4 then
    if mode == "practitioner" then
      esc = { kind = "same_day", text = tr(lang, "esc.level4.practitioner",
        "Contact the front door today to refer to children's social care. Call 999 if the child is in immediate danger.") }
    else
      esc = { kind = "tell_staff", text = tr(lang, "esc.level4.family",
        "Tell a member of staff now. They will help you get support today.") }
    end
  end
  -- The child's front door: the one for the borough where the child lives (the kiosk's own when not said).
  local borough = CONTACTS.child_borough(ar, eff, mode)
  local fd_view
  if borough == "outside" then
    fd_view = CONTACTS.outside_view(lang)
  else
    local fd = P.front_doors[borough or (ar.boroughs or {})[1] or ""]
    fd_view = fd and CONTACTS.front_door_view(fd, lang, now) or nil
  end
  if esc and fd_view then
    -- Named by the kiosk's area when the child lives here (one front door may serve two boroughs).
    esc.front_door = fd_view.service .. (fd_view.id == "outside" and "" or (", " .. (borough and fd_view.name or ar.name)))
    esc.contact = fd_view.first ~= "" and fd_view.first or ""
    esc.contact_then = fd_view.second or ""
    esc.now = fd_view.now or ""
    esc.next = fd_view.next or ""
  end

  local band = age_of(mode, eff)
  d.age = band
  local ll = pick_local_level(ar, d)
  d.local_level = ll and ll.name or tostring(d.continuum_level)
  local route, route_id = route_entries(ar, mode, d, band, lang, borough and fd_view or nil,
                                         not borough and fd_view or nil, now)
  local lives_elsewhere = ""
  if borough == "outside" then
    lives_elsewhere = tr(lang, "lives.outside", "The child lives outside London: their own council's children's services are the ones to contact. The services below are in this area: ask them whether they can help.")
  elseif borough then
    lives_elsewhere = string.format(tr(lang, "lives.elsewhere", "The child lives in %s: for children's social care and early help, contact %s's front door. The other services below are in %s: ask them whether they can help a family who lives in %s."),
                                    fd_view.name, fd_view.name, ar.name, fd_view.name)
  end

  local consent
  if d.continuum_level >= 4 or esc then
    consent = tr(lang, "consent.4", "A child may be at risk of significant harm: refer now. Seek consent only if asking would not increase the risk to the child; if you refer without consent, record why.")
  elseif d.continuum_level == 3 then
    consent = tr(lang, "consent.3", "Discuss the referral to children's social care with the family and seek their consent, unless doing so would put the child at risk.")
  else
    consent = tr(lang, "consent.early_help", "Early help is voluntary: it is offered with the family's informed consent.")
  end

  -- A family not sure, or who would rather not say, about a child's safety is offered a private word
  -- with staff. Not a red flag (nothing was said), so the level stays; shown only when no escalation
  -- already sends them to staff (docs/case-review.md, open question 7).
  local talk_privately = false
  if mode == "family" and not esc then
    for i18_ = 1, #P.redflag_list do local rf = P.redflag_list[i18_]
      rf.when_list = rf.when_list or when_list(rf.when)
      for i19_ = 1, #rf.when_list do
        for qid in pairs(rf.when_list[i19_]) do
          local a = answers[qid]
          if P.questions[qid] and (a == "unsure" or a == "rather_not_say") then talk_privately = true end
        end
      end
    end
  end

  -- Other children in the household (the mode's question marked context = "siblings"). The think-family
  -- reminder names them; when the same concern applies to them, the result says so.
  local sq = context_question(mode, "siblings")
  local siblings = sq and eff[sq] or nil
  local think_family = nil
  if siblings == "same" and d.continuum_level >= 2 then
    think_family = tr(lang, "think_family.same." .. mode, mode == "family"
      and "You said the same worries apply to the other children at home: tell the service about each of them, so that every child gets help."
      or "The same concern applies to the other children in the household: name each of them in the referral, and consider each child's needs.")
  elseif siblings == "yes" and (d.needs.parent_vulnerability or d.continuum_level >= 3) then
    think_family = tr(lang, "think_family.siblings." .. mode, mode == "family"
      and "There are other children at home: tell the service about them too."
      or "There are other children in the household: consider whether the concern applies to each of them too.")
  elseif d.needs.parent_vulnerability then
    think_family = tr(lang, "think_family", "A parent's needs affect every child in the household: consider the other children too.")
  end

  return {
    area = ar.id, area_name = ar.name, mode = mode,
    continuum_level = d.continuum_level,
    local_level = d.local_level,
    local_level_label = ll and (ll.label or ll.name) or "",
    responds = ll and ll.responds or "",
    escalation = esc,
    route = route, route_id = route_id or "",
    front_door = fd_view, lives_elsewhere = lives_elsewhere,
    reasons = reasons,
    strengths = strengths,
    consent = consent,
    think_family = think_family,
    other_children = siblings == "same" and "same" or siblings == "yes" and "yes" or "",
    talk_privately = talk_privately,
    age = band or "",
    guide_note = tr(lang, "guide_note", "This is a guide, not a decision. It supports, and never replaces, professional judgement."),
  }
end

-- Routes and rules in words, for the statistics (issue 21: never an id on a screen): a route by its first
-- service and its levels, a rule by its reason. Ids of an earlier pack are simply absent.
function rh_names(lang)
  lang = lang or "en"
  local routes, rules = {}, {}
  for _, r in ipairs(P.route_list) do
    local s = r.services and P.services[r.services[1]]
    local name = s and tr(lang, "svc." .. s.id .. ".name", s.name) or r.id
    local levels = {}
    for _, l in ipairs(r.levels or {}) do levels[#levels + 1] = tostring(l) end
    routes[r.id] = name .. (#levels > 0 and (", " .. tr(lang, "ui.result.level", "level") .. " " .. table.concat(levels, "-")) or "")
  end
  for _, ind in ipairs(P.indicator_list) do rules[ind.id] = tr(lang, "ind." .. ind.id, ind.text) end
  for _, rf in ipairs(P.redflag_list) do rules[rf.id] = tr(lang, "rf." .. rf.id .. ".because", rf.because or rf.text) end
  rules["cumulative.help_failed"] = tr(lang, "reason.help_failed", "Needs remain after early help, or help is refused")
  return { routes = routes, rules = rules }
end

-- Problems the declarations found while loading, for 'righthelp check'.
function rh_problems()
  return P.problems
end

---------------------------------------------------------------------------
-- Training (rules/training/): case studies for new practitioners. A case is
-- the facts as a practitioner would hear them and the answers they would give
-- to the practitioner questions; its level is whatever rh_decide makes of
-- those answers (the host decides them through the same path as the kiosk),
-- and 'expect' says what that must be, so a threshold change that moves a case
-- is caught by the tests and by 'righthelp check'.
--
-- training_case { id, title, story, answers = { p_age = ..., ... },
--                 expect = 1-4, contexts = { ... }, teaching = { "...", ... } }
-- training_set  { id, name, cases = { case ids } }

P.training_cases, P.training_case_list = {}, {}
P.training_sets, P.training_set_list = {}, {}

function training_case(t)
  t.where = where()
  if need(t, "id", "string", t.where) then add(P.training_case_list, P.training_cases, t, "training case") end
end

function training_set(t)
  t.where = where()
  if need(t, "id", "string", t.where) then add(P.training_set_list, P.training_sets, t, "training set") end
end

-- The case's answers as a practitioner would tap them through the whole flow:
-- the case's own, and "no" to every other question the flow asks.
function training_answers(c)
  local full = {}
  for _, q in ipairs(P.question_list.practitioner) do
    if q.ask_if == nil or holds_all(q.ask_if, full) then
      local a = c.answers and c.answers[q.id]
      if a == nil and q.option.no then a = "no" end
      if a == nil and q.context == "lives" then a = "here" end  -- a training case happens here
      full[q.id] = a
    end
  end
  return full
end

-- The first action a practitioner should take, from the decision: the fixed
-- list a trainee chooses from.
local TRAINING_ACTIONS = {
  { id = "universal",  label = "Universal services: no referral needed" },
  { id = "early_help", label = "Offer early help, with the family's consent" },
  { id = "front_door", label = "Contact the front door (children's social care)" },
  { id = "call_999",   label = "Call 999 now" },
}

function rh_training_actions(lang)
  local out = {}
  for _, a in ipairs(TRAINING_ACTIONS) do
    out[#out + 1] = { id = a.id, label = tr(lang or "en", "train.action." .. a.id, a.label) }
  end
  return out
end

function rh_training_action(level, escalation_kind)
  if escalation_kind == "emergency" then return "call_999" end
  if escalation_kind ~= nil or level >= 3 then return "front_door" end
  if level == 2 then return "early_help" end
  return "universal"
end

-- The area's own level names, each mapped to the Continuum, for the trainee to pick from.
function rh_training_levels(area_id)
  local ar = P.areas[area_id]
  if ar == nil then error("unknown area '" .. tostring(area_id) .. "'", 0) end
  local out = {}
  for _, ll in ipairs(ar.local_levels or {}) do
    out[#out + 1] = { continuum = ll.continuum, name = ll.name, label = ll.label or ll.name }
  end
  return out
end

-- The training cases, which a kiosk's host runs when staff first start training (src/rules.c, host.load).
local function load_training()
  if host.load then host.load("training/") end
end

local function case_summary(c)
  return { id = c.id, title = c.title, expect = c.expect }
end

-- The sets a trainer can pick: a mixed set of up to ten (a round of the four
-- levels, starting where 'seed' says, so that each session differs), every
-- case, then the sets declared in rules/training/.
function rh_training_sets(seed, lang)
  load_training()
  lang = lang or "en"
  seed = math.tointeger(seed) or 0
  local by_level = { {}, {}, {}, {} }
  for _, c in ipairs(P.training_case_list) do
    local l = by_level[c.expect]
    if l then l[#l + 1] = c end
  end
  local mixed, taken = {}, 0
  for round = 0, 9 do
    for lv = 1, 4 do
      local l = by_level[lv]
      if #l > round and taken < 10 then
        mixed[#mixed + 1] = l[(seed + round) % #l + 1].id
        taken = taken + 1
      end
    end
  end
  -- Shuffled, so that the levels do not come round in order (math.random is
  -- withheld from the sandbox: a small generator on the seed).
  local x = seed % 2147483647 + 1
  for i = #mixed, 2, -1 do
    x = (x * 48271) % 2147483647
    local j = x % i + 1
    mixed[i], mixed[j] = mixed[j], mixed[i]
  end
  local all = {}
  for _, c in ipairs(P.training_case_list) do all[#all + 1] = c.id end
  local out = {
    { id = "mixed", name = tr(lang, "train.set.mixed", "Mixed: up to ten cases across the levels"), cases = mixed },
    { id = "all", name = tr(lang, "train.set.all", "Every case in the library"), cases = all },
  }
  for _, s in ipairs(P.training_set_list) do
    out[#out + 1] = { id = s.id, name = tr(lang, "train.set." .. s.id, s.name or s.id), cases = s.cases or {} }
  end
  return out
end

function rh_training_case(id, lang)
  load_training()
  local c = P.training_cases[id]
  if c == nil then error("unknown training case '" .. tostring(id) .. "'", 0) end
  lang = lang or "en"
  local teaching = {}
  for i, t in ipairs(c.teaching or {}) do teaching[i] = tr(lang, "train.case." .. id .. ".teaching." .. i, t) end
  return {
    id = c.id, expect = c.expect, contexts = c.contexts or {},
    title = tr(lang, "train.case." .. id .. ".title", c.title),
    story = tr(lang, "train.case." .. id .. ".story", c.story),
    teaching = teaching,
    answers = training_answers(c),
  }
end

function rh_training_list()
  load_training()
  local out = {}
  for _, c in ipairs(P.training_case_list) do out[#out + 1] = case_summary(c) end
  return out
end
