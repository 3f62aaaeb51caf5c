-- Tries to swallow the instruction limit's error and keep going.
function rh_decide()
  while true do pcall(function() while true do end end) end
end
