-- Tries to reach the loaders.
local f = load("return 1") or require("os") or dofile("/etc/passwd")
