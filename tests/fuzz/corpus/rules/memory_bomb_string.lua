-- One string far larger than the cap.
local s = string.rep("x", 1 << 40)
