-- A finaliser that never ends, run when the collector gets to it.
function rh_decide(...)
  for i = 1, 1000 do setmetatable({}, { __gc = function() while true do end end }) end
  local t = {}
  for i = 1, 200000 do t[i] = {} end
  return nil
end
