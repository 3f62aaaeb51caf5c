-- Returns a decision of the wrong shape.
function rh_decide() return { continuum_level = "high", route = 7 } end
