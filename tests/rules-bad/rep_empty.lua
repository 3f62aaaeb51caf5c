-- Repeats the empty string 2^40 times: no allocation and no Lua instruction, so neither the memory cap
-- nor the instruction budget could stop it (found by fuzz_rules). It must be refused at once.
local s = string.rep("", 1 << 40)
