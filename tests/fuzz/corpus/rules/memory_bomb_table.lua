-- Grows a table until memory runs out.
local t = {}
for i = 1, 1e12 do t[i] = { i, i, i, i } end
