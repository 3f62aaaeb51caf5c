-- Moves 2^40 elements: a loop in C the instruction budget cannot see.
local t = table.move({}, 1, 1 << 40, 2)
