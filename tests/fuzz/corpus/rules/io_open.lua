-- Tries to read a file.
local f = io.open("/etc/passwd")
