-- Returns a level that does not exist.
local real = rh_decide
function rh_decide(...) local d = real(...) d.continuum_level = 7 return d end
