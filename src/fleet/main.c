/* fleet/main.c: righthelp-fleet, the partnership's PostgreSQL commands: 'righthelp sync', 'righthelp
 * fleet' and 'righthelp stats --pg' run it. They live in a program of their own so that the kiosk
 * process links no PostgreSQL client (issue 20); the README's commands stay the same. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "fleet")) return cli_fleet(argc - 1, argv + 1);
    if (argc >= 2 && !strcmp(argv[1], "sync")) return cli_sync(argc - 1, argv + 1);
    if (argc >= 2 && !strcmp(argv[1], "stats")) return cli_stats_pg(argc - 1, argv + 1);
    if (argc >= 2 && !strcmp(argv[1], "alert")) return cli_alert(argc - 1, argv + 1);
    if (argc >= 2 && !strcmp(argv[1], "alerts")) return cli_alerts(argc - 1, argv + 1);
    fprintf(stderr, "righthelp-fleet: run it as 'righthelp sync', 'righthelp fleet' or 'righthelp stats --pg'\n");
    return 2;
}
