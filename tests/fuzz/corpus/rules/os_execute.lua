-- Tries to run a shell command.
os.execute("touch /tmp/righthelp-pwned")
