-- lint.lua: 'righthelp check': what can be wrong with a rule pack.
--
-- Part of the program, not of the pack: it is loaded into the pack's sandbox
-- after the pack and reads PACK. Each problem is { where = "file:line",
-- message = "...", warning = true|nil }; errors make 'check' exit 1.
-- Checks: declarations (schema), references between questions, indicators,
-- red flags, areas, services and routes, the flow (every question reachable),
-- the decision tables (every level and escalation kind reachable, no gaps in
-- the areas' levels and routes, no overlaps that hide a row), the red flags
-- (each escalates whatever else is answered), and the language catalogues
-- (missing family service texts are warnings; a contact's digits must not change).

local P = PACK
local out = {}

local function err(where, fmt, ...) out[#out + 1] = { where = where or "?", message = string.format(fmt, ...) } end
local function warn(where, fmt, ...)
  out[#out + 1] = { where = where or "?", message = string.format(fmt, ...), warning = true }
end

local MODES = { "practitioner", "family" }
local KINDS = { emergency = true, same_day = true, tell_staff = true }
local NEEDS = {}
for _, d in ipairs(P.domain_list) do NEEDS[d.id] = true end
for _, n in ipairs({ "parent_vulnerability", "mental_health", "substance", "domestic_abuse", "exploitation",
  "youth_violence", "radicalisation", "missing", "send", "young_carer", "early_years", "perinatal",
  "attendance", "debt", "private_fostering", "unaccompanied", "stepdown", "parenting",
  -- A parent's own needs, kept apart from the child's "mental_health" and "substance" (rules/indicators/parents.lua).
  "parent_mental_health", "parent_substance",
  -- The second wave (issue 18): young parents, a family open to social care, help tried before, a parent's illness.
  "young_parent", "open_case", "history", "parent_health" }) do NEEDS[n] = true end
local AGES = {}
for _, b in ipairs(P.age_bands) do AGES[b] = true end
-- string.find is withheld from the sandbox (patterns can run unbounded): look
-- for a four-digit year by hand.
local function has_year(s)
  local run = 0
  for i = 1, #s do
    local b = s:byte(i)
    if b >= 48 and b <= 57 then run = run + 1; if run == 4 then return true end else run = 0 end
  end
  return false
end

-- The file of a declaration's "file:line".
local function file_of(where)
  local file = tostring(where)
  local colon = #file
  while colon > 0 and file:sub(colon, colon) ~= ":" do colon = colon - 1 end
  return colon > 0 and file:sub(1, colon - 1) or file
end

-- Whether a declaration's "file:line" stands in the pack file rel (e.g. "lang/en.lua").
local function declared_in(where, rel)
  local file = file_of(where)
  return file == rel or file:sub(-(#rel + 1)) == "/" .. rel
end

-- Whether it stands in the pack's folder (e.g. "training").
local function declared_under(where, folder)
  local file, key = file_of(where), "/" .. folder .. "/"
  if file:sub(1, #folder + 1) == folder .. "/" then return true end
  for i = 1, #file - #key + 1 do
    if file:sub(i, i + #key - 1) == key then return true end
  end
  return false
end

local NEUTRAL = { no = true, unknown = true, unsure = true, rather_not_say = true }

local function list_of(when)
  if when == nil then return {} end
  if type(when) ~= "table" then return nil end
  if when[1] == nil then return { when } end
  return when
end

-- Checks one condition { qid = aid | {aid...} }; mode limits the questions it may name.
local function check_condition(where, what, cond, mode)
  if type(cond) ~= "table" then err(where, "%s: a condition must be a table", what); return end
  for qid, want in pairs(cond) do
    local q = P.questions[qid]
    if q == nil then
      err(where, "%s names unknown question '%s'", what, tostring(qid))
    elseif mode and q.mode ~= mode then
      err(where, "%s names question '%s' of the %s set", what, qid, q.mode)
    else
      local wants = type(want) == "table" and want or { want }
      for _, a in ipairs(wants) do
        if q.option[a] == nil then err(where, "%s names unknown answer '%s' of question '%s'", what, tostring(a), qid) end
      end
    end
  end
end

local read = {}   -- read[qid][aid] = true when some rule or condition reads it
local function mark_read(cond)
  for qid, want in pairs(cond) do
    read[qid] = read[qid] or {}
    for _, a in ipairs(type(want) == "table" and want or { want }) do read[qid][a] = true end
  end
end

local function check_rule_conditions(r, what)
  local l = list_of(r.when)
  if l == nil then err(r.where, "%s '%s': 'when' must be a table", what, r.id); return end
  for _, cond in ipairs(l) do check_condition(r.where, what .. " '" .. r.id .. "'", cond); mark_read(cond) end
  return l
end

---------------------------------------------------------------------------
-- Schema and references.

local function check_schema()
  for n = 1, 4 do
    if P.levels[n] == nil then err("continuum.lua", "Continuum level %d is not declared", n) end
  end
  -- Limits of the screen and of the host's fixed arrays (src/flow.h, src/ui.h).
  for _, mode in ipairs(MODES) do
    if #P.question_list[mode] > 160 then err(nil, "the %s set has %d questions: at most 160", mode, #P.question_list[mode]) end
    for _, q in ipairs(P.question_list[mode]) do
      if #q.id > 47 then err(q.where, "question id '%s' is longer than 47 characters", q.id) end
      if #q.options > 8 then err(q.where, "question '%s' has %d answers: at most 8 fit on a screen", q.id, #q.options) end
      for _, o in ipairs(q.options) do
        if #o.id > 47 then err(q.where, "answer id '%s' is longer than 47 characters", o.id) end
      end
    end
  end
  for _, mode in ipairs(MODES) do
    local seen_age = false
    for i, q in ipairs(P.question_list[mode]) do
      if q.context == "age" then
        seen_age = true
        for _, o in ipairs(q.options) do
          if not AGES[o.id] and o.id ~= "rather_not_say" then err(q.where, "age question '%s': option '%s' is not an age band", q.id, o.id) end
        end
      elseif q.domain and P.domains[q.domain] == nil then
        err(q.where, "question '%s' names unknown domain '%s'", q.id, tostring(q.domain))
      end
      if q.ask_if ~= nil then
        check_condition(q.where, "question '" .. q.id .. "' ask_if", q.ask_if, mode)
        mark_read(q.ask_if)
        for qid, want in pairs(q.ask_if) do
          local other = P.questions[qid]
          if other and other.mode == mode and other.order >= q.order then
            err(q.where, "question '%s' depends on '%s', which comes later in the flow", q.id, qid)
          end
          if other and other.context ~= "age" then
            for _, a in ipairs(type(want) == "table" and want or { want }) do
              if NEUTRAL[a] then
                err(q.where, "question '%s' is asked only when '%s' is '%s': a concern must never close questions (monotonicity)", q.id, qid, a)
              end
            end
          end
        end
      end
      if not q.why or q.why == "" then err(q.where, "question '%s' has no 'why' line", q.id) end
    end
    if not seen_age then err(nil, "the %s questions have no age question (context = \"age\")", mode) end
  end
  for _, ind in ipairs(P.indicator_list) do
    if not ind.source or ind.source == "" then err(ind.where, "indicator '%s' has no source", ind.id) end
    if ind.domain and P.domains[ind.domain] == nil then err(ind.where, "indicator '%s' names unknown domain '%s'", ind.id, tostring(ind.domain)) end
    check_rule_conditions(ind, "indicator")
    for _, other in ipairs(ind.requires or {}) do
      local o = P.indicators[other]
      if o == nil then err(ind.where, "indicator '%s' requires unknown indicator '%s'", ind.id, other)
      elseif o.order and ind.order and o.order > ind.order then err(ind.where, "indicator '%s' requires '%s', declared after it", ind.id, other) end
    end
    if ind.when == nil and ind.requires == nil then err(ind.where, "indicator '%s' has neither 'when' nor 'requires': nothing raises it", ind.id) end
    for _, n in ipairs(ind.needs or {}) do
      if not NEEDS[n] then err(ind.where, "indicator '%s': unknown need tag '%s'", ind.id, n) end
    end
  end
  for _, rf in ipairs(P.redflag_list) do
    check_rule_conditions(rf, "red flag")
    for _, mode in ipairs(MODES) do
      local kind = type(rf.kind) == "table" and rf.kind[mode] or rf.kind
      if not KINDS[kind] then err(rf.where, "red flag '%s': escalation kind for %s must be emergency, same_day or tell_staff", rf.id, mode) end
      local action = type(rf.action) == "table" and (rf.action[mode] or rf.action.any)
      if type(action) ~= "string" or action == "" then err(rf.where, "red flag '%s' has no action text for %s", rf.id, mode) end
    end
  end
  for _, s in ipairs(P.strength_list) do check_rule_conditions(s, "strength") end
  for _, s in ipairs(P.service_list) do
    if not s.source or s.source == "" then err(s.where, "service '%s' has no source", s.id) end
    if s.area ~= "national" and P.areas[s.area] == nil then err(s.where, "service '%s' names unknown area '%s'", s.id, tostring(s.area)) end
    if s.access ~= nil and s.access ~= "self" and s.access ~= "professional" and s.access ~= "unknown" then
      err(s.where, "service '%s': access must be self, professional or unknown", s.id)
    end
    if (s.contact and s.contact ~= "") and not has_year(tostring(s.source)) then
      warn(s.where, "service '%s' has a contact: its source should carry the date it was read", s.id)
    end
  end
  for _, a in ipairs(P.area_list) do
    local covered = {}
    for _, ll in ipairs(a.local_levels or {}) do
      if math.type(ll.continuum) ~= "integer" or ll.continuum < 1 or ll.continuum > 4 then
        err(a.where, "area '%s': local level '%s' maps to a level outside 1-4", a.id, tostring(ll.name))
      else
        if covered[ll.continuum] and covered[ll.continuum].when == nil then
          warn(a.where, "area '%s': local level '%s' can never be chosen: '%s' before it has no condition (overlap)", a.id, tostring(ll.name), covered[ll.continuum].name)
        end
        covered[ll.continuum] = covered[ll.continuum] or ll
        if ll.when == nil then covered[ll.continuum] = ll end
      end
      if type(ll.name) ~= "string" then err(a.where, "area '%s' has a local level without a name", a.id) end
      if not ll.source then err(a.where, "area '%s': local level '%s' has no source", a.id, tostring(ll.name)) end
    end
    for n = 1, 4 do
      local ok = false
      for _, ll in ipairs(a.local_levels or {}) do if ll.continuum == n and ll.when == nil then ok = true end end
      if not ok then err(a.where, "area '%s': Continuum level %d has no local level that always applies (gap)", a.id, n) end
    end
    if a.front_door then
      local fd = P.services[a.front_door]
      if fd == nil or fd.area ~= a.id then err(a.where, "area '%s': front door '%s' is not a service of this area", a.id, a.front_door) end
    end
  end
  for _, r in ipairs(P.route_list) do
    local a = P.areas[r.area]
    if a == nil then err(r.where, "route '%s' names unknown area '%s'", r.id, tostring(r.area)) end
    if type(r.services) ~= "table" or #r.services == 0 then err(r.where, "route '%s' has no services", r.id) end
    for _, sid in ipairs(r.services or {}) do
      local s = P.services[sid]
      if s == nil then err(r.where, "route '%s' names missing service '%s'", r.id, tostring(sid))
      elseif s.area ~= r.area and s.area ~= "national" then err(r.where, "route '%s' names service '%s' of another area", r.id, sid) end
    end
    for _, l in ipairs(r.levels or {}) do
      local ok = l == 1 or l == 2 or l == 3 or l == 4
      for _, ll in ipairs(a and a.local_levels or {}) do if ll.name == l then ok = true end end
      if not ok then err(r.where, "route '%s' names level '%s', which area '%s' does not have", r.id, tostring(l), tostring(r.area)) end
    end
    for _, b in ipairs(r.ages or {}) do if not AGES[b] then err(r.where, "route '%s': unknown age band '%s'", r.id, tostring(b)) end end
    for _, n in ipairs(r.needs or {}) do if not NEEDS[n] then err(r.where, "route '%s': unknown need tag '%s'", r.id, tostring(n)) end end
    if r.mode ~= nil and r.mode ~= "family" and r.mode ~= "practitioner" then err(r.where, "route '%s': mode must be family or practitioner", r.id) end
  end
end

---------------------------------------------------------------------------
-- The flow: reachability of questions, levels and escalation kinds.

-- Answers that reach question q: its ask_if chain, each named question given
-- an answer that every condition on the chain accepts (an age question may be
-- constrained at several depths).
local function as_list(want) return type(want) == "table" and want or { want } end

local function collect(q, wants)
  if q.ask_if then
    for qid, want in pairs(q.ask_if) do
      wants[qid] = wants[qid] or {}
      table.insert(wants[qid], as_list(want))
      local other = P.questions[qid]
      if other then collect(other, wants) end
    end
  end
  return wants
end

local function pick(lists)
  for _, cand in ipairs(lists[1]) do
    local ok = true
    for i = 2, #lists do
      local found = false
      for _, v in ipairs(lists[i]) do if v == cand then found = true end end
      ok = ok and found
    end
    if ok then return cand end
  end
  return lists[1][1]
end

local function path_to(q, acc, wants)
  acc = acc or {}
  wants = collect(q, wants or {})
  for qid, lists in pairs(wants) do acc[qid] = pick(lists) end
  return acc
end

local function reachable(mode, q)
  local ans = path_to(q)
  for _, id in ipairs(rh_flow(mode, ans)) do if id == q.id then return true end end
  return false
end

-- Answers that satisfy a condition, plus what opens each question it names.
local function answers_for(cond)
  local wants = {}
  for qid, want in pairs(cond) do
    wants[qid] = { as_list(want) }
    local q = P.questions[qid]
    if q then collect(q, wants) end
  end
  local ans = {}
  for qid, lists in pairs(wants) do ans[qid] = pick(lists) end
  return ans
end

local function mode_of(cond)
  for qid in pairs(cond) do local q = P.questions[qid]; if q then return q.mode end end
end

local function has_reason(d, id)
  for _, reason in ipairs(d.reasons) do if reason.rule == id then return true end end
  return false
end

-- Does an only_above indicator fire once another indicator's answers, asked beside its own, reach the level
-- it waits for?
local function fires_beside(area, mode, ind, cond)
  local own = answers_for(cond)
  for _, other in ipairs(P.indicator_list) do
    if other ~= ind and not other.only_above and other.level >= ind.only_above then
      for _, oc in ipairs(list_of(other.when) or {}) do
        if mode_of(oc) == mode then
          local both, clash = answers_for(oc), false
          for qid, a in pairs(own) do
            if both[qid] ~= nil and both[qid] ~= a then clash = true end
            both[qid] = a
          end
          if not clash then
            local r = rh_decide(area.id, mode, both, "en")
            if r.continuum_level >= ind.only_above and has_reason(r, ind.id) then return true end
          end
        end
      end
    end
  end
  return false
end

local function check_flow()
  local area = P.area_list[1]
  if area == nil then err(nil, "the pack declares no area"); return end
  for _, mode in ipairs(MODES) do
    for _, q in ipairs(P.question_list[mode]) do
      if not reachable(mode, q) then err(q.where, "question '%s' is never asked: no answers open it", q.id) end
    end
    local levels, kinds = { [1] = true }, {}
    local d = rh_decide(area.id, mode, {}, "en")
    if d.continuum_level ~= 1 then err(nil, "%s: with no answers the level is %d, not 1", mode, d.continuum_level) end
    for _, ind in ipairs(P.indicator_list) do
      for _, cond in ipairs(list_of(ind.when) or {}) do
        if mode_of(cond) == mode then
          local r = rh_decide(area.id, mode, answers_for(cond), "en")
          levels[r.continuum_level] = true
          if ind.only_above then
            if not has_reason(r, ind.id) and not fires_beside(area, mode, ind, cond) then
              err(ind.where, "indicator '%s' does not fire beside any answer that reaches level %d (%s)", ind.id, ind.only_above, mode)
            end
          elseif not has_reason(r, ind.id) then
            err(ind.where, "indicator '%s' does not fire on its own condition (%s)", ind.id, mode)
          end
        end
      end
    end
    for _, rf in ipairs(P.redflag_list) do
      for _, cond in ipairs(list_of(rf.when) or {}) do
        if mode_of(cond) == mode then
          local r = rh_decide(area.id, mode, answers_for(cond), "en")
          levels[r.continuum_level] = true
          if r.escalation then kinds[r.escalation.kind] = true end
        end
      end
    end
    for n = 1, 4 do
      if not levels[n] then err(nil, "%s questions: Continuum level %d is never reached", mode, n) end
    end
    if not kinds.emergency then err(nil, "%s questions: no answer leads to a 999 (emergency) escalation", mode) end
    if mode == "practitioner" and not kinds.same_day then err(nil, "practitioner questions: no answer leads to a same-day escalation") end
    if mode == "family" and not kinds.tell_staff then err(nil, "family questions: no answer leads to 'tell a member of staff'") end
  end
end

---------------------------------------------------------------------------
-- Red flags: each escalates whatever else is answered. A deterministic
-- pseudo-random walk fills every other question with any of its answers.

local seed = 12345
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end

local function random_answers(mode)
  local ans = {}
  for _, q in ipairs(P.question_list[mode]) do
    if rnd(4) > 1 then ans[q.id] = q.options[rnd(#q.options)].id end
  end
  return ans
end

local RANK = { tell_staff = 1, same_day = 2, emergency = 3 }
local function check_redflags(samples)
  for _, a in ipairs(P.area_list) do
    for _, rf in ipairs(P.redflag_list) do
      for _, cond in ipairs(list_of(rf.when) or {}) do
        local mode = mode_of(cond)
        if mode then
          local want = type(rf.kind) == "table" and rf.kind[mode] or rf.kind
          for i = 1, samples do
            local ans = random_answers(mode)
            for qid, w in pairs(cond) do ans[qid] = type(w) == "table" and w[1] or w end
            local d = rh_decide(a.id, mode, ans, "en")
            if d.escalation == nil or (RANK[d.escalation.kind] or 0) < (RANK[want] or 0) or d.continuum_level < rf.level then
              err(rf.where, "red flag '%s' did not escalate (%s, %s) when other answers were given", rf.id, a.id, mode)
              break
            end
          end
        end
      end
    end
  end
end

-- Level 4 red flags before level 3 ones (rules/README.md): a red flag ends the questions at once, so a level 3
-- one answered first hides a level 4 one asked after it. Warn where every way a level 4 red flag can fire in
-- a mode comes after a level 3 one that can fire with it (a family's child protection plan, asked only at
-- home, once came after a family's level 3 safety answers: published case hb-007).
local function check_redflag_order()
  for _, mode in ipairs(MODES) do
    local order = {}
    for i, q in ipairs(P.question_list[mode]) do order[q.id] = i end
    local function last(cond)
      local m = 0
      for qid in pairs(cond) do if (order[qid] or 0) > m then m = order[qid] end end
      return m
    end
    local function together(a, b) -- no question asked of both with answers that exclude each other
      for qid, w in pairs(a) do
        if b[qid] ~= nil then
          local set, any = {}, false
          for _, x in ipairs(as_list(w)) do set[x] = true end
          for _, x in ipairs(as_list(b[qid])) do any = any or set[x] == true end
          if not any then return false end
        end
      end
      return true
    end
    local function conds(rf)
      local list = {}
      for _, c in ipairs(list_of(rf.when) or {}) do if mode_of(c) == mode then list[#list + 1] = c end end
      return list
    end
    for _, r4 in ipairs(P.redflag_list) do
      local c4s, before = r4.level == 4 and conds(r4) or {}, {}
      for _, r3 in ipairs(#c4s > 0 and P.redflag_list or {}) do
        if r3.level == 3 and not r3.then_result then
          for _, c3 in ipairs(conds(r3)) do
            -- Hidden when every way r4 fires ends on a later question than c3 (on the same one both fire).
            local hidden, with = true, false
            for _, c4 in ipairs(c4s) do
              if last(c4) <= last(c3) then hidden = false end
              with = with or together(c3, c4)
            end
            if hidden and with then before[#before + 1] = r3.id; break end
          end
        end
      end
      if #before > 0 then
        warn(r4.where, "red flag '%s' (level 4) is asked only after level 3 red flags that end the questions first, %s mode: %s",
             r4.id, mode, table.concat(before, ", "))
      end
    end
  end
end

---------------------------------------------------------------------------
-- Routes: every area gives a route at every level, age band and mode (no gaps).

local function check_route_gaps()
  for _, a in ipairs(P.area_list) do
    for _, mode in ipairs(MODES) do
      for _, ll in ipairs(a.local_levels or {}) do
        for _, band in ipairs(P.age_bands) do
          local d = { continuum_level = ll.continuum, local_level = ll.name, needs = {}, flags = {}, age = band }
          local found = false
          for _, r in ipairs(P.route_list) do
            if r.area == a.id and route_fits(r, d, mode, band) then found = true; break end
          end
          if not found then
            err(a.where, "area '%s': no route for level '%s', age %s, %s mode (gap)", a.id, ll.name, band, mode)
          end
        end
      end
    end
  end
end

---------------------------------------------------------------------------
-- A kiosk runs lang/ (but for languages.lua and en.lua) and training/ only when they are first asked for
-- (src/rules.c, host.load): what a decision reads must not be declared there, or a kiosk would decide
-- without it; and a training case or set anywhere else would be in every kiosk's memory.

local function check_deferred_folders()
  local lists = { P.question_list.practitioner, P.question_list.family, P.indicator_list, P.redflag_list,
                  P.strength_list, P.area_list, P.service_list, P.route_list, P.domain_list, P.excerpt_list,
                  P.front_door_list }
  for _, list in ipairs(lists) do
    for _, t in ipairs(list or {}) do
      local lang = declared_under(t.where, "lang") and not declared_in(t.where, "lang/en.lua")
        and not declared_in(t.where, "lang/languages.lua")
      if lang or declared_under(t.where, "training") then
        err(t.where, "'%s' is declared in %s, which a kiosk runs only when it is first asked for: declare it with its kind",
            tostring(t.id), lang and "lang/" or "training/")
      end
    end
  end
  for _, list in ipairs({ P.training_case_list or {}, P.training_set_list or {} }) do
    for _, t in ipairs(list) do
      if not declared_under(t.where, "training") then
        err(t.where, "training case or set '%s' must be in training/ (a kiosk loads it only for training)", tostring(t.id))
      end
    end
  end
end

---------------------------------------------------------------------------
-- Language catalogues: every key English has, and every family question.

local function check_strings()
  local en = P.strings.en
  if en == nil then err(nil, "there is no English catalogue (lang/en.lua)"); return end
  -- The host loads lang/languages.lua and lang/en.lua before the first frame, and a kiosk each other
  -- catalogue by its file name when it is first asked for (src/rules.c): a language declared elsewhere,
  -- or a catalogue in another file, would be missing there.
  for lang, cat in pairs(P.strings) do
    if not P.language_info[lang] then
      err(cat.where, "catalogue '%s' has no language declaration in lang/languages.lua", lang)
    end
    if not declared_in(cat.where, "lang/" .. lang .. ".lua") then
      err(cat.where, "catalogue '%s' must be in lang/%s.lua", lang, lang)
    end
  end
  for _, lang in ipairs(P.languages) do
    local info = P.language_info[lang]
    if not declared_in(info.where, "lang/languages.lua") then
      err(info.where, "language '%s' must be declared in lang/languages.lua", lang)
    end
  end
  for _, lang in ipairs(P.languages) do
    local info, cat = P.language_info[lang], P.strings[lang]
    if type(info.name) ~= "string" then err(info.where, "language '%s' has no name (the language's own name)", lang) end
    if info.dir ~= "ltr" and info.dir ~= "rtl" then err(info.where, "language '%s': dir must be \"ltr\" or \"rtl\"", lang) end
    if cat == nil then
      err(info.where, "language '%s' has no catalogue (lang/%s.lua)", lang, lang)
    elseif lang ~= "en" then
      if info.review ~= "reviewed" and info.review ~= "unreviewed" then
        err(info.where, "language '%s': review must be \"reviewed\" or \"unreviewed\"", lang)
      elseif info.review == "unreviewed" then
        warn(cat.where, "catalogue '%s' (%s) is not yet reviewed by a native speaker", lang, tostring(info.name))
      end
      for key, v in pairs(en) do
        if type(v) == "string" and key:sub(1, 3) == "ui." and cat[key] == nil then
          err(cat.where, "catalogue '%s' is missing '%s'", lang, key)
        end
      end
      for _, rf in ipairs(P.redflag_list) do
        local key = "rf." .. rf.id .. ".action.family"
        if type(rf.action) == "table" and rf.action.family and cat[key] == nil then
          err(cat.where, "catalogue '%s' is missing '%s' (a family escalation would show in English)", lang, key)
        end
      end
      for _, q in ipairs(P.question_list.family) do
        for _, k in ipairs({ "text", "why" }) do
          if cat["q." .. q.id .. "." .. k] == nil then err(cat.where, "catalogue '%s' is missing 'q.%s.%s'", lang, q.id, k) end
        end
        for _, o in ipairs(q.options) do
          if cat["q." .. q.id .. "." .. o.id] == nil and cat["opt." .. o.id] == nil then
            err(cat.where, "catalogue '%s' is missing the label of '%s' answer '%s'", lang, q.id, o.id)
          end
        end
      end
    end
  end
end

---------------------------------------------------------------------------
-- Service texts a family can see: every service of a route open to families
-- (its offers, its how or the route's own how, the words of its contact), and
-- each area's front door (the escalation screen). A missing one shows in
-- English: a warning per language, listing the keys, not an error (the
-- English text is still true and still safe to show).

-- Does a contact hold words to translate, not only digits and spaces?
local function has_words(s)
  for i = 1, #s do
    local b = s:byte(i)
    if (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then return true end
  end
  return false
end

local function family_keys()
  local keys, seen = {}, {}
  local function need(key, english)
    if english ~= nil and english ~= "" and not seen[key] then seen[key] = true; keys[#keys + 1] = key end
  end
  local function service_keys(s)
    need("svc." .. s.id .. ".offers", s.offers)
    if s.contact and has_words(s.contact) then need("svc." .. s.id .. ".contact", s.contact) end
  end
  for _, a in ipairs(P.area_list) do
    local fd = a.front_door and P.services[a.front_door]
    if fd and fd.contact and has_words(fd.contact) then need("svc." .. fd.id .. ".contact", fd.contact) end
  end
  -- As the engine (route_entries): below level 3 a family is not shown a
  -- professional-only service when the result holds one it can go to itself,
  -- which is sure when a route that needs no particular need offers one.
  local every_need = {}
  for n in pairs(NEEDS) do every_need[n] = true end
  local bands = { false }
  for _, b in ipairs(P.age_bands) do bands[#bands + 1] = b end
  for _, a in ipairs(P.area_list) do
    for _, ll in ipairs(a.local_levels or {}) do
      for _, b in ipairs(bands) do
        local band = b or nil
        local plain = { continuum_level = ll.continuum, local_level = ll.name, needs = {} }
        local any = { continuum_level = ll.continuum, local_level = ll.name, needs = every_need }
        local self_sure = false
        for _, r in ipairs(P.route_list) do
          if r.area == a.id and route_fits(r, plain, "family", band) then
            for _, sid in ipairs(r.services or {}) do
              local s = P.services[sid]
              if s and s.access == "self" then self_sure = true end
            end
          end
        end
        for _, r in ipairs(P.route_list) do
          if r.area == a.id and route_fits(r, any, "family", band) then
            for _, sid in ipairs(r.services or {}) do
              local s = P.services[sid]
              if s and not (s.access == "professional" and ll.continuum < 3 and self_sure) then
                service_keys(s)
                if r.how then need("route." .. r.id .. ".how", r.how) else need("svc." .. s.id .. ".how", s.how) end
              end
            end
          end
        end
      end
    end
  end
  table.sort(keys)
  return keys
end


local function check_family_strings()
  local keys = family_keys()
  for _, lang in ipairs(P.languages) do
    local cat = P.strings[lang]
    if cat and lang ~= "en" then
      local missing = {}
      for _, key in ipairs(keys) do if cat[key] == nil then missing[#missing + 1] = key end end
      -- A message holds at most 400 bytes (src/lint.h): long lists go in parts.
      local i, part = 1, 0
      while i <= #missing do
        part = part + 1
        local list = missing[i]
        i = i + 1
        while i <= #missing and #list + #missing[i] < 250 do list = list .. ", " .. missing[i]; i = i + 1 end
        warn(cat.where, "catalogue '%s' lacks %d service text(s) a family can see, shown in English (part %d): %s",
             lang, #missing, part, list)
      end
    end
    for _, s in ipairs(P.service_list) do
      local t = cat["svc." .. s.id .. ".contact"]
      if t ~= nil and (type(t) ~= "string" or contact_digits(t) ~= contact_digits(s.contact or "")) then
        err(cat.where, "catalogue '%s': 'svc.%s.contact' must keep every digit of the English contact, in order", lang, s.id)
      end
    end
  end
end

---------------------------------------------------------------------------
-- Answer options that no rule reads (neutral answers and ages aside).

local function check_unread()
  for _, mode in ipairs(MODES) do
    for _, q in ipairs(P.question_list[mode]) do
      -- The age, the other children and where the child lives are read by the engine itself (engine.lua,
      -- contacts.lua, by context).
      if q.context ~= "age" and q.context ~= "siblings" and q.context ~= "lives" and q.context ~= "borough" then
        for _, o in ipairs(q.options) do
          if not NEUTRAL[o.id] and not (read[q.id] and read[q.id][o.id]) then
            warn(q.where, "answer '%s' of question '%s' is read by no rule", o.id, q.id)
          end
        end
      end
    end
  end
end

---------------------------------------------------------------------------
-- Training cases (rules/training/): known questions and answers, each answer
-- one the flow asks, teaching points present, and the level the rules give
-- equal to the case's 'expect' (a threshold change that moves a case is caught).

local function check_training()
  local area = P.area_list[1]
  for _, c in ipairs(P.training_case_list or {}) do
    local what = "training case '" .. c.id .. "'"
    for _, f in ipairs({ "title", "story" }) do
      if type(c[f]) ~= "string" or c[f] == "" then err(c.where, "%s has no %s", what, f) end
    end
    if math.type(c.expect) ~= "integer" or c.expect < 1 or c.expect > 4 then
      err(c.where, "%s: expect must be a Continuum level from 1 to 4", what)
    end
    local points = 0
    if type(c.teaching) == "table" then
      for _, t in ipairs(c.teaching) do
        if type(t) == "string" and t ~= "" then points = points + 1 else err(c.where, "%s: a teaching point must be text", what) end
      end
    end
    if points == 0 then err(c.where, "%s has no teaching points", what) end
    if #c.id > 47 then err(c.where, "%s: the id is longer than 47 characters", what) end
    local ok = type(c.answers) == "table"
    if not ok then err(c.where, "%s has no answers", what) end
    if ok then
      for qid, aid in pairs(c.answers) do
        local q = P.questions[qid]
        if q == nil or q.mode ~= "practitioner" then
          err(c.where, "%s answers unknown practitioner question '%s'", what, tostring(qid)); ok = false
        elseif q.option[aid] == nil then
          err(c.where, "%s gives unknown answer '%s' to question '%s'", what, tostring(aid), qid); ok = false
        end
      end
    end
    if ok then
      local full = training_answers(c)
      for qid in pairs(c.answers) do
        if full[qid] == nil then err(c.where, "%s answers '%s', which the flow does not ask with these answers", what, qid) end
      end
      for _, qid in ipairs(rh_flow("practitioner", full)) do
        if full[qid] == nil then err(c.where, "%s leaves question '%s' unanswered (it has no 'no')", what, qid) end
      end
      if area and math.type(c.expect) == "integer" then
        local d = rh_decide(area.id, "practitioner", full, "en")
        if d.continuum_level ~= c.expect then
          err(c.where, "%s expects level %d but the rules give %d", what, c.expect, d.continuum_level)
        end
      end
    end
  end
  for _, s in ipairs(P.training_set_list or {}) do
    if type(s.name) ~= "string" or s.name == "" then err(s.where, "training set '%s' has no name", s.id) end
    if type(s.cases) ~= "table" or #s.cases == 0 then err(s.where, "training set '%s' has no cases", s.id) end
    for _, id in ipairs(type(s.cases) == "table" and s.cases or {}) do
      if P.training_cases[id] == nil then err(s.where, "training set '%s' names unknown case '%s'", s.id, tostring(id)) end
    end
  end
end

---------------------------------------------------------------------------
-- Contacts (issue 19): every phone number, address, email and web address a card or a front door shows
-- is found in a short excerpt of a public page it cites (rules/sources/). Digits are compared in groups
-- ("020 8547 5008" is one group, spaces, hyphens and brackets aside); hours are the rules' reading of the
-- excerpt and are checked for form only.

local function digit_groups(s)
  local groups, cur, gap = {}, {}, 0
  for i = 1, #s + 1 do
    local ch = i <= #s and s:sub(i, i) or ""
    if ch ~= "" and ch:byte() >= 48 and ch:byte() <= 57 then
      cur[#cur + 1] = ch; gap = 0
    elseif (ch == " " or ch == "-" or ch == "(" or ch == ")") and #cur > 0 and gap < 2 then
      gap = gap + 1  -- a space, a hyphen or a bracket ("(020) 8825") joins the parts of a phone number
    else
      if #cur > 0 then groups[#groups + 1] = table.concat(cur) end
      cur, gap = {}, 0
    end
  end
  return groups
end

-- Is every group of digits in value inside one group of digits of one of the excerpts?
local function digits_in(value, texts)
  local have = {}
  for _, t in ipairs(texts) do
    for _, g in ipairs(digit_groups(t)) do have[#have + 1] = g end
  end
  for _, g in ipairs(digit_groups(value)) do
    local found = false
    for _, h in ipairs(have) do
      if #h >= #g then
        for i = 1, #h - #g + 1 do if h:sub(i, i + #g - 1) == g then found = true; break end end
      end
      if found then break end
    end
    if not found then return false, g end
  end
  return true
end

local function lower_plain(u)
  u = u:lower()
  for _, pre in ipairs({ "https://", "http://" }) do if u:sub(1, #pre) == pre then u = u:sub(#pre + 1) end end
  if u:sub(1, 4) == "www." then u = u:sub(5) end
  while u:sub(-1) == "/" do u = u:sub(1, -2) end
  return u
end

local function contains(hay, needle)
  if #needle == 0 then return true end
  for i = 1, #hay - #needle + 1 do if hay:sub(i, i + #needle - 1) == needle then return true end end
  return false
end

local function valid_date(d)
  d = tostring(d or "")
  if d:sub(1, 5) == "read " then d = d:sub(6) end
  local y, m, day = tonumber(d:sub(1, 4)), tonumber(d:sub(6, 7)), tonumber(d:sub(9, 10))
  return #d == 10 and d:sub(5, 5) == "-" and d:sub(8, 8) == "-" and math.type(y) == "integer"
    and math.type(m) == "integer" and m >= 1 and m <= 12 and math.type(day) == "integer" and day >= 1 and day <= 31
end

local function months_between(from, to)
  return (tonumber(to:sub(1, 4)) - tonumber(from:sub(1, 4))) * 12 + tonumber(to:sub(6, 7)) - tonumber(from:sub(6, 7))
end

-- Checks the contact fields of a service or front door e against the excerpts it cites.
local function check_evidence(e, what, settings)
  local fields = { "phone", "phone_professional", "out_of_hours", "contact", "address", "email", "url" }
  local any = false
  for _, f in ipairs(fields) do if type(e[f]) == "string" and e[f] ~= "" then any = true end end
  if not any then return false end
  if type(e.evidence) ~= "table" or #e.evidence == 0 then
    err(e.where, "%s has a contact but cites no excerpt (evidence = { ... } in rules/sources/)", what); return true
  end
  local texts, urls = {}, {}
  for _, id in ipairs(e.evidence) do
    local x = P.excerpts[id]
    if x == nil then err(e.where, "%s cites a missing excerpt '%s'", what, tostring(id))
    else texts[#texts + 1] = x.text; urls[#urls + 1] = lower_plain(x.url) end
  end
  if #texts == 0 then return true end
  for _, f in ipairs({ "phone", "phone_professional", "out_of_hours", "contact", "address" }) do
    if type(e[f]) == "string" and e[f] ~= "" then
      local ok, g = digits_in(e[f], texts)
      if not ok then err(e.where, "%s: %s '%s': the digits %s are not in the excerpts it cites", what, f, e[f], g) end
    end
  end
  if type(e.email) == "string" and e.email ~= "" then
    local found = false
    for _, t in ipairs(texts) do if contains(t:lower(), e.email:lower()) then found = true end end
    if not found then err(e.where, "%s: email '%s' is not in the excerpts it cites", what, e.email) end
  end
  if type(e.url) == "string" and e.url ~= "" then
    local u, found = lower_plain(e.url), false
    for i, x in ipairs(urls) do if x == u or contains(texts[i]:lower(), u) then found = true end end
    if not found then err(e.where, "%s: web address '%s' is neither an excerpt's page nor in its text", what, e.url) end
  end
  if e.hours ~= nil then
    local _, why = CONTACTS.parse_hours(e.hours)
    if why then err(e.where, "%s: hours: %s", what, why) end
  end
  if not valid_date(e.checked) then
    err(e.where, "%s: checked must be the date the contact was read, as YYYY-MM-DD", what)
  elseif valid_date(settings.today) then
    local age = months_between(e.checked, settings.today)
    if age > (settings.max_age_months or 12) then
      warn(e.where, "%s: contact checked %s, %d months ago: re-check it before signing the pack", what, e.checked, age)
    end
  end
  return true
end

local contact_report = { services = 0, with_contact = 0, without = {} }

local function check_contacts(settings)
  for _, x in ipairs(P.excerpt_list) do
    if not valid_date(x.date) and not has_year(x.date) then
      err(x.where, "excerpt '%s': date must be the page's own date or 'read YYYY-MM-DD'", x.id)
    end
    if #x.text > 700 then err(x.where, "excerpt '%s' is %d characters: keep the sentence or two that holds the contact", x.id, #x.text) end
  end
  for _, fd in ipairs(P.front_door_list) do
    local what = "front door '" .. fd.id .. "'"
    local has = check_evidence(fd, what, settings)
    if (fd.phone or "") ~= "" and (fd.out_of_hours or "") == "" then
      -- Only a search that found none excuses it (out_of_hours_not_found says what was searched); out of
      -- office hours the kiosk then says that the office is closed and to call 999 in danger.
      if type(fd.out_of_hours_not_found) == "string" and fd.out_of_hours_not_found ~= "" then
        warn(fd.where, "%s has no out-of-hours line: %s", what, fd.out_of_hours_not_found)
      else
        err(fd.where, "%s has no out-of-hours line: a child at risk at night must have a number to call", what)
      end
    end
    if not has then warn(fd.where, "%s has no sourced contact: it shows 'ask a member of staff'", what) end
    if fd.decides_within ~= nil then
      local w = fd.decides_within
      local word = w.hours and tostring(w.hours) .. " hou" or "working day"
      local found = false
      for _, id in ipairs(fd.evidence or {}) do
        local x = P.excerpts[id]
        if x and contains(x.text:lower(), word) then found = true end
      end
      if not found then err(fd.where, "%s: decides_within is not said by any excerpt it cites ('%s')", what, word) end
    end
  end
  -- Services: those a route can show are counted for the report.
  local shown = {}
  for _, r in ipairs(P.route_list) do for _, sid in ipairs(r.services or {}) do shown[sid] = true end end
  contact_report = { services = 0, with_contact = 0, without = {} }
  for _, s in ipairs(P.service_list) do
    local what = "service '" .. s.id .. "'"
    local has = check_evidence(s, what, settings)
    if s.front_door ~= nil then
      if P.front_doors[s.front_door] == nil then err(s.where, "%s names unknown front door '%s'", what, tostring(s.front_door))
      else has = true end
    end
    if s.via ~= nil then
      if CONTACTS.VIA[s.via] == nil then err(s.where, "%s: via must be school, gp, health_visitor or page", what) end
      if type(s.evidence) ~= "table" or #s.evidence == 0 then err(s.where, "%s: via '%s' cites no excerpt", what, tostring(s.via))
      else has = true end
    end
    if shown[s.id] then
      contact_report.services = contact_report.services + 1
      if has then contact_report.with_contact = contact_report.with_contact + 1
      else contact_report.without[#contact_report.without + 1] = { id = s.id, name = s.name, area = s.area or "",
                                                                   why = s.not_found or "" } end
    end
  end
end

-- What 'check --report' lists: the cards a route can show, and those without a sourced contact.
function rh_contact_report()
  return contact_report
end

function rh_lint(settings)
  settings = type(settings) == "table" and settings or {}
  for _, p in ipairs(P.problems) do err(p.where, "%s", p.message) end
  for i, ind in ipairs(P.indicator_list) do ind.order = i end
  check_schema()
  local errors = #out
  if errors == 0 then
    check_flow()
    -- Twelve random answer sets per red flag, area and mode: the pack's second wave has some thirty red
    -- flags, and 'check' runs under the load budget (test_properties tries a hundred of each).
    check_redflags(12)
    check_redflag_order()
    check_route_gaps()
    check_training()
  end
  check_contacts(settings)
  check_deferred_folders()
  check_strings()
  check_family_strings()
  check_unread()
  return out
end

-- Everything a case can exercise, for the coverage report of 'check --cases'.
function rh_inventory()
  local rules, options = {}, {}
  for _, ind in ipairs(P.indicator_list) do rules[#rules + 1] = ind.id end
  for _, rf in ipairs(P.redflag_list) do rules[#rules + 1] = rf.id end
  for _, r in ipairs(P.route_list) do rules[#rules + 1] = "route:" .. r.id end
  for _, mode in ipairs(MODES) do
    for _, q in ipairs(P.question_list[mode]) do
      for _, o in ipairs(q.options) do options[#options + 1] = q.id .. "=" .. o.id end
    end
  end
  return { rules = rules, options = options }
end

-- Every red flag's conditions, each as the answers that meet it (with what
-- opens its questions): for the property tests.
function rh_redflag_conditions()
  local list = {}
  for _, rf in ipairs(P.redflag_list) do
    for _, cond in ipairs(list_of(rf.when) or {}) do
      local mode = mode_of(cond)
      if mode then list[#list + 1] = { id = rf.id, mode = mode, answers = answers_for(cond), level = rf.level } end
    end
  end
  return list
end
