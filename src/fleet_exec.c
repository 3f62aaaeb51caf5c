/* fleet_exec.c: 'righthelp sync', 'righthelp fleet' and 'righthelp stats --pg' run righthelp-fleet,
 * the program that holds the fleet commands and the PostgreSQL client, so that the kiosk's own
 * process carries neither (issue 20). It is installed beside righthelp; else it is looked for on PATH. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* righthelp-fleet beside this program, else NULL (then it is looked for on PATH). */
const char *fleet_program_beside(char *out, size_t n)
{
    char self[4096];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0) return NULL;
    self[len] = 0;
    char *slash = strrchr(self, '/');
    if (!slash) return NULL;
    *slash = 0;
    snprintf(out, n, "%s/righthelp-fleet", self);
    return access(out, X_OK) == 0 ? out : NULL;
}

int cli_fleet_program(int argc, char **argv)
{
    char beside[4200];
    const char *prog = fleet_program_beside(beside, sizeof beside);
    if (!prog) prog = "righthelp-fleet";
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
