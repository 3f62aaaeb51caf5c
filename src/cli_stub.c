#include "cli.h"
int cli_stats(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cli_play(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cli_run(int argc, char **argv) { (void)argc; (void)argv; return 2; }
