/* main.c: righthelp's entry point: picks the command and hands over. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
        { "areas", cli_areas }, { "questions", cli_questions }, { "decide", cli_decide },
        { "check", cli_check }, { "stats", cli_stats },         { "play", cli_play },
        { "pack", cli_pack },   { "directory", cli_directory },
        { "fleet", cli_fleet_program }, { "sync", cli_fleet_program }, { "alert", cli_fleet_program },
        { "alerts", cli_fleet_program },           { "front-doors", cli_front_doors },
    };
    if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help"))) {
        cli_usage();
        return 0;
    }
    if (argc >= 2 && argv[1][0] != '-') {
        for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
            if (!strcmp(argv[1], cmds[i].name)) return cmds[i].fn(argc - 1, argv + 1);
        fprintf(stderr, "righthelp: unknown command '%s'\n", argv[1]);
        cli_usage();
        return 2;
    }
    return cli_run(argc, argv);
}
