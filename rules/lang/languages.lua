-- lang/languages.lua: the languages the kiosk offers, each in its own name, its direction and whether a
-- native speaker has reviewed its catalogue (lang/<code>.lua). Apart from the catalogues so that the start
-- screen can list them before the catalogues load (src/rules.c loads this file and lang/en.lua first).
-- In the order the start screen shows them.
language { code = "ar", name = "العربية", dir = "rtl", review = "unreviewed" }
language { code = "en", name = "English", dir = "ltr", review = "reviewed" }
language { code = "es", name = "Español", dir = "ltr", review = "unreviewed" }
language { code = "fr", name = "Français", dir = "ltr", review = "unreviewed" }
