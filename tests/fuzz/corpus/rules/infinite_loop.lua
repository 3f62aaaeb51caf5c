-- Never returns at load time.
while true do end
