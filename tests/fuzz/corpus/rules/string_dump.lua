-- Tries to dump bytecode.
local s = string.dump(function() end)
