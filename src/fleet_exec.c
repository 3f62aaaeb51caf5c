/* fleet_exec.c: 'righthelp sync', 'righthelp fleet' and 'righthelp stats --pg' run righthelp-fleet,
 * the program that holds the fleet commands and the PostgreSQL client, so that the kiosk's own
 * process carries neither (issue 20). It is installed beside righthelp; else it is looked for on PATH. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int cli_fleet_program(int argc, char **argv)
{
    char self[4096], beside[4200];
    const char *prog = "righthelp-fleet";
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = 0;
        char *slash = strrchr(self, '/');
        if (slash) {
            *slash = 0;
            snprintf(beside, sizeof beside, "%s/righthelp-fleet", self);
            if (access(beside, X_OK) == 0) prog = beside;
        }
    }
    char **args = calloc((size_t)argc + 2, sizeof *args);
    if (!args) return 1;
    args[0] = (char *)prog;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    fflush(stdout);
    fflush(stderr);
    if (prog == beside) execv(prog, args);
    else execvp(prog, args);
    fprintf(stderr, "righthelp %s: cannot run righthelp-fleet (%s): install it beside righthelp ('make install')\n",
            argc > 0 ? argv[0] : "", strerror(errno));
    free(args);
    return 1;
}
