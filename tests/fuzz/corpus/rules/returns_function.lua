-- Returns something that is not a table.
function rh_decide() return function() end end
