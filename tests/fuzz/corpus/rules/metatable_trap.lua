-- A decision whose fields are computed by metamethods that never end.
local real = rh_decide
function rh_decide(...)
  local d = real(...)
  return setmetatable({}, { __index = function() while true do end end, __pairs = function() while true do end end })
end
