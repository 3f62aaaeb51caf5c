/* cli.h: the command line: one function per command. Output is JSON on stdout,
 * errors on stderr; exit 0 on success, 1 on a problem found, 2 on bad usage. */
#ifndef CLI_H
#define CLI_H

struct cJSON;

int cli_areas(int argc, char **argv);
int cli_front_doors(int argc, char **argv);
int cli_questions(int argc, char **argv);
int cli_decide(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_stats(int argc, char **argv);
int cli_play(int argc, char **argv);
int cli_run(int argc, char **argv);
/* Signed rule packs (cli_pack.c) and the Open Referral UK directory (cli_directory.c). */
int cli_pack(int argc, char **argv);
int cli_directory(int argc, char **argv);
/* The partnership's PostgreSQL: commands of righthelp-fleet (src/fleet/cli_fleet.c), which the
 * kiosk's program runs for them (fleet_exec.c; argv[0] is the command's name). */
int cli_fleet(int argc, char **argv);
int cli_sync(int argc, char **argv);
int cli_stats_pg(int argc, char **argv);
int cli_fleet_program(int argc, char **argv);
/* The path of righthelp-fleet installed beside this program, written into out; NULL when it is not there. */
const char *fleet_program_beside(char *out, size_t n);
/* 'righthelp alert' (the kiosk hands an alert to the fleet) and 'righthelp alerts' (a reception's
 * listener, and --ack): src/fleet/cli_alerts.c. */
int cli_alert(int argc, char **argv);
int cli_alerts(int argc, char **argv);
/* 0 when path is an existing database that passes SQLite's quick check;
 * otherwise says why on stderr (as "righthelp CMD: ...") and returns 1. */
int cli_check_db(const char *cmd, const char *path);
/* Prints j as JSON on stdout and frees it; returns 0. */
int cli_print_json(struct cJSON *j);
void cli_usage(void);

#endif
