function rh_lint() return PACK.problems end
