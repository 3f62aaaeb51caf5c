/* version.h: the program's own version, which a signed rule pack may require
 * ("min_app_version" in its manifest). Raise it when the pack host changes. */
#ifndef VERSION_H
#define VERSION_H

#define RIGHTHELP_VERSION "1.0.0"

#endif
