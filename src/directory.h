/* directory.h: an Open Referral UK services export turned into an area's
 * directory for the rule pack: Lua 'service { ... }' entries in the shape of
 * the files in rules/areas, each with the export file and its date as its source.
 *
 * Both shapes met in the wild are read: the older API (a list, or a page with
 * "content"; ages in "eligibilitys"; phones in "contacts[].phones") and the v3
 * UK profile (a page with "contents"; "minimum_age"/"maximum_age" and "phones"
 * on the service). Only active services are taken; descriptions lose their HTML.
 * Nothing is invented: a service without a phone says "ask a member of staff".
 * The directory travels inside the signed pack; the kiosk never calls an API. */
#ifndef DIRECTORY_H
#define DIRECTORY_H

#include <stddef.h>
#include <cjson/cJSON.h>

/* Converts the export in json (len bytes) for area. source names the file
 * and date names its date (YYYY-MM-DD). On success returns the Lua text (caller
 * frees) and adds "services" (how many) and "skipped" ([{id, name, reason}]) to
 * report. NULL with one line in err when the file is not a usable export. */
char *directory_import(const char *json, size_t len, const char *area, const char *source, const char *date,
                       cJSON *report, char *err, size_t errlen);

#endif
