/* pgtest.h: a real PostgreSQL 15 for tests and the bench, in a temporary
 * folder, on a unix socket only (listen_addresses=''), stopped afterwards.
 *
 * initdb refuses root: as root, the server runs as 'nobody' (runuser). The
 * binaries are found by path, not PATH. A missing server is a failure. A
 * watchdog process stops the server and removes the folder if the test dies
 * without doing so (a crash, an abort), so no server outlives its test. */
#ifndef PGTEST_H
#define PGTEST_H

#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libpq-fe.h>

#define PGTEST_BIN "/usr/lib/postgresql/15/bin"

typedef struct pgtest {
    char dir[128];       /* the temporary folder: data/, the socket, the log */
    int port;
    bool up;
    pid_t watchdog;
    char conninfo[512];  /* as the superuser 'postgres', database 'righthelp' */
} pgtest;

static inline int pgtest_sh(const char *fmt, ...)
{
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    fflush(stdout);
    fflush(stderr);
    return system(cmd);
}

/* "runuser -u nobody -- " when root, else nothing. */
static inline const char *pgtest_as(void) { return geteuid() == 0 ? "runuser -u nobody -- " : ""; }

static inline int pgtest_up(pgtest *p)
{
    int rc = pgtest_sh("%s%s/pg_ctl -D '%s/data' -l '%s/log' -w -t 60 -s start", pgtest_as(), PGTEST_BIN, p->dir, p->dir);
    p->up = rc == 0;
    if (rc) pgtest_sh("tail -20 '%s/log' >&2", p->dir);
    return rc;
}

/* mode: "fast" (a clean stop) or "immediate" (as if the power went). */
static inline int pgtest_down(pgtest *p, const char *mode)
{
    int rc = pgtest_sh("%s%s/pg_ctl -D '%s/data' -m %s -w -t 60 -s stop", pgtest_as(), PGTEST_BIN, p->dir, mode);
    if (rc == 0) p->up = false;
    return rc;
}

/* Runs in its own process: waits for the test to end however it ends. */
static inline void pgtest_watch(const char *dir, int fd)
{
    char c;
    while (read(fd, &c, 1) != 0) {}
    pgtest_sh("%s%s/pg_ctl -D '%s/data' -m immediate -s stop >/dev/null 2>&1", pgtest_as(), PGTEST_BIN, dir);
    pgtest_sh("rm -rf '%s'", dir);
    _exit(0);
}

/* Creates and starts a cluster with database 'righthelp'; extra is more
 * server settings ("wal_level = logical"). A second cluster is made faster
 * by copying the first one's fresh data folder (template, or NULL for initdb),
 * which the first keeps in DIR/template when keep_template is set.
 * 0 on success, else a message on stderr. */
static inline int pgtest_start_from(pgtest *p, int port, const char *extra, const char *template, bool keep_template)
{
    memset(p, 0, sizeof *p);
    p->port = port;
    if (access(PGTEST_BIN "/initdb", X_OK) != 0 || access(PGTEST_BIN "/pg_ctl", X_OK) != 0) {
        fprintf(stderr, "pgtest: PostgreSQL 15 is not installed (%s/initdb): install postgresql-15 "
                        "(kiosk/install-deps.sh does)\n", PGTEST_BIN);
        return -1;
    }
    snprintf(p->dir, sizeof p->dir, "/tmp/righthelp-test-pg-XXXXXX");
    if (!mkdtemp(p->dir)) return -1;
    if (geteuid() == 0 && pgtest_sh("chown nobody '%s'", p->dir) != 0) return -1;
    int fds[2];
    if (pipe(fds) != 0 || fcntl(fds[1], F_SETFD, FD_CLOEXEC) != 0) return -1;
    fflush(stdout);
    fflush(stderr);
    p->watchdog = fork();
    if (p->watchdog == 0) {
        close(fds[1]);
        setsid(); /* a Ctrl-C to the test is not a Ctrl-C to the watchdog */
        pgtest_watch(p->dir, fds[0]);
    }
    close(fds[0]); /* fds[1] stays open, unseen by exec'd children, until we exit */
    if (template) {
        if (pgtest_sh("cp -a '%s' '%s/data'", template, p->dir) != 0) return -1;
    } else if (pgtest_sh("%s%s/initdb -D '%s/data' -U postgres -A trust -E UTF8 --no-locale --no-sync "
                         ">'%s/initdb.log' 2>&1", pgtest_as(), PGTEST_BIN, p->dir, p->dir) != 0) {
        pgtest_sh("cat '%s/initdb.log' >&2", p->dir);
        return -1;
    }
    /* A pristine copy for a second cluster, before this one first starts. */
    if (keep_template && pgtest_sh("cp -a '%s/data' '%s/template'", p->dir, p->dir) != 0) return -1;
    char conf[512];
    snprintf(conf, sizeof conf, "%s/data/postgresql.auto.conf", p->dir);
    FILE *f = fopen(conf, "a");
    if (!f) return -1;
    fprintf(f, "listen_addresses = ''\nunix_socket_directories = '%s'\nport = %d\nfsync = off\n"
               "shared_buffers = 16MB\nmax_connections = 40\n", p->dir, port);
    if (extra) fprintf(f, "%s\n", extra);
    fclose(f);
    if (pgtest_up(p) != 0) return -1;
    if (pgtest_sh("%s/psql -X -q -h '%s' -p %d -U postgres -d postgres -c 'CREATE DATABASE righthelp' >/dev/null",
                  PGTEST_BIN, p->dir, port) != 0)
        return -1;
    snprintf(p->conninfo, sizeof p->conninfo, "host=%s port=%d dbname=righthelp user=postgres", p->dir, port);
    return 0;
}

static inline int pgtest_start(pgtest *p, int port, const char *extra)
{
    return pgtest_start_from(p, port, extra, NULL, false);
}

/* The conninfo for a login role instead of the superuser. */
static inline void pgtest_conninfo_as(const pgtest *p, const char *user, char *out, size_t n)
{
    snprintf(out, n, "host=%s port=%d dbname=righthelp user=%s", p->dir, p->port, user);
}

static inline void pgtest_stop(pgtest *p)
{
    if (!p->dir[0]) return;
    if (p->up) pgtest_down(p, "fast");
    pgtest_sh("rm -rf '%s'", p->dir);
    p->dir[0] = 0;
}

/* One value from a query, or -1 (with the error on stderr). */
static inline long pgtest_long(const char *conninfo, const char *sql)
{
    PGconn *c = PQconnectdb(conninfo);
    long v = -1;
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
        v = atol(PQgetvalue(r, 0, 0));
    else fprintf(stderr, "pgtest: %s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    return v;
}

/* Runs sql; returns the SQLSTATE ("00000" on success) in state. */
static inline void pgtest_exec(const char *conninfo, const char *sql, char state[6])
{
    PGconn *c = PQconnectdb(conninfo);
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    const char *s = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    snprintf(state, 6, "%s", st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? "00000" : s ? s : "?????");
    PQclear(r);
    PQfinish(c);
}

#endif
