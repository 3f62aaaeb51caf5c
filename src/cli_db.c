/* cli_db.c: what a command checks before it opens a kiosk's database. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "cli.h"

/* NULL when the file passes SQLite's quick check, else why not. Read-only:
 * the kiosk, not a command, moves a damaged database aside, so a command
 * never pulls a file from under a running kiosk. */
static const char *damaged(const char *path, char *why, size_t n)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    const char *verdict = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        verdict = (const char *)sqlite3_column_text(st, 0);
    int ok = verdict && !strcmp(verdict, "ok");
    if (!ok) snprintf(why, n, "%s", verdict ? verdict : sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok ? NULL : why;
}

int cli_check_db(const char *cmd, const char *path)
{
    /* A wrong path must not quietly become a new, empty database. */
    if (access(path, F_OK) != 0) {
        fprintf(stderr, "righthelp %s: no database at %s\n", cmd, path);
        return 1;
    }
    char why[512];
    if (damaged(path, why, sizeof why)) {
        fprintf(stderr, "righthelp %s: %s fails its integrity check (%s); nothing done, the kiosk will move it aside\n",
                cmd, path, why);
        return 1;
    }
    return 0;
}
