-- Loads fine, then hangs every decision.
function rh_decide() while true do end end
