/* config.h: the kiosk's config file (/etc/righthelp/righthelp.conf), INI read
 * with libinih. Command-line flags override it; a mistake names its line. */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>

#include "options.h"

#define CONFIG_DEFAULT_PATH "/etc/righthelp/righthelp.conf"

/* Reads path into o. 0 on success (or when path is absent and optional),
 * -1 with "path:line: message" in err. */
int config_read(const char *path, int optional, options *o, char *err, size_t errlen);

#endif
