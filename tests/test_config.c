/* test_config.c: the config file: read into options, and a mistake names its line. */
#include "testutil.h"

#include "config.h"
#include "util.h"

#include <stdlib.h>
#include <sys/stat.h>

static char dir[256];
static int setup(void **s) { (void)s; tu_tmpdir(dir, sizeof dir, "config"); return 0; }
static int teardown(void **s) { (void)s; tu_rmrf(dir); return 0; }

static int read_text(const char *text, options *o, char *err, size_t n)
{
    char path[400];
    snprintf(path, sizeof path, "%s/righthelp.conf", dir);
    tu_write(path, text);
    options_defaults(o);
    return config_read(path, 0, o, err, n);
}

static void test_reads_settings(void **state)
{
    (void)state;
    options o;
    char err[512] = "";
    assert_int_equal(read_text("# a reception kiosk\n[kiosk]\narea = sutton\nmode = family\nlang = ar\nidle = 120\n"
                               "size = 1920x1080\nkiosk = yes\ndb = /var/lib/righthelp/righthelp.db\n"
                               "rules = /usr/local/share/righthelp/rules\nretention_months = 12\n",
                               &o, err, sizeof err), 0);
    assert_string_equal(o.area, "sutton");
    assert_string_equal(o.lang, "ar");
    assert_int_equal(o.idle_seconds, 120);
    assert_int_equal(o.width, 1920);
    assert_true(o.kiosk && o.fullscreen);
    assert_string_equal(o.db, "/var/lib/righthelp/righthelp.db");
    assert_int_equal(o.retention_months, 12);
}

/* Read aloud (issue 22): off unless set; "yes" is every screen; a wrong value names itself. */
static void test_read_aloud_setting(void **state)
{
    (void)state;
    options o;
    char err[512] = "";
    options_defaults(&o);
    assert_string_equal(o.read_aloud, "off");
    assert_int_equal(read_text("[kiosk]\nread_aloud = yes\n", &o, err, sizeof err), 0);
    assert_string_equal(o.read_aloud, "both");
    assert_int_equal(read_text("[kiosk]\nread_aloud = family\n", &o, err, sizeof err), 0);
    assert_string_equal(o.read_aloud, "family");
    assert_int_equal(read_text("[kiosk]\nread_aloud = no\n", &o, err, sizeof err), 0);
    assert_string_equal(o.read_aloud, "off");
    assert_int_equal(read_text("[kiosk]\nread_aloud = loud\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "read_aloud must be"));
}

static void test_mistakes_name_their_line(void **state)
{
    (void)state;
    options o;
    char err[512] = "";
    assert_int_equal(read_text("[kiosk]\narea = sutton\nidle = soon\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "righthelp.conf:3: --idle must be seconds"));
    assert_int_equal(read_text("[kiosk]\n\ncolour = red\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, ":3: unknown setting 'colour'"));
    assert_int_equal(read_text("[kiosk]\nmode = everyone\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, ":2: --mode must be"));
    assert_int_equal(read_text("area = sutton\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, ":1: unknown section"));
    assert_int_equal(read_text("[kiosk]\nthis line has no equals sign\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, ":2:"));
    /* An absent optional file is fine; an absent named one is not. */
    assert_int_equal(config_read("/nonexistent/righthelp.conf", 1, &o, err, sizeof err), 0);
    assert_int_equal(config_read("/nonexistent/righthelp.conf", 0, &o, err, sizeof err), -1);
}

/* Signing keys for rule packs: the base64 line of a minisign public key; a bad one names its line. */
static void test_pack_keys(void **state)
{
    (void)state;
    options o;
    char err[512] = "";
    const char *key = "RWQR3mI9oaLa/mtUv/G9HyjwjLYYWQ5Rd29DdSWkLhN45yFJRcJa6wzs";
    char text[300];
    snprintf(text, sizeof text, "[kiosk]\npack_key_next = %s\n", key);
    assert_int_equal(read_text(text, &o, err, sizeof err), 0);
    assert_int_equal(o.npack_keys, 1);
    assert_string_equal(o.pack_keys[1], key);
    assert_int_equal(read_text("[kiosk]\narea = sutton\npack_key = not-a-key\n", &o, err, sizeof err), -1);
    assert_non_null(strstr(err, ":3: pack_key: not a minisign public key"));
}

/* With no --db and no config, the database and the last good rules go to the user's state folder
 * (XDG_STATE_HOME, else ~/.local/state), never the working folder; the folder is made on first use. */
static void test_default_database_in_state_folder(void **state)
{
    (void)state;
    options o;
    char want[600], db[600];
    snprintf(want, sizeof want, "%s/state/righthelp/righthelp.db", dir);
    snprintf(db, sizeof db, "%s/state", dir);
    setenv("XDG_STATE_HOME", db, 1);
    options_defaults(&o);
    assert_string_equal(o.db, want);
    unsetenv("XDG_STATE_HOME");
    setenv("HOME", dir, 1);
    options_defaults(&o);
    snprintf(want, sizeof want, "%s/.local/state/righthelp/righthelp.db", dir);
    assert_string_equal(o.db, want);
    options_prepare_db(&o);
    snprintf(db, sizeof db, "%s/.local/state/righthelp", dir);
    struct stat st;
    assert_int_equal(stat(db, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(st.st_mode & 0777, 0700);
    /* Only the default's folders are made, never those of a path given with --db. */
    util_copy(o.db, sizeof o.db, "/tmp/righthelp-no-such-folder-x/y/z.db");
    options_prepare_db(&o);
    assert_int_not_equal(stat("/tmp/righthelp-no-such-folder-x", &st), 0);
    setenv("XDG_STATE_HOME", "relative/ignored", 1); /* the spec asks for an absolute path */
    options_defaults(&o);
    assert_string_equal(o.db, want);
    unsetenv("XDG_STATE_HOME");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reads_settings),
        cmocka_unit_test(test_read_aloud_setting),
        cmocka_unit_test(test_mistakes_name_their_line),
        cmocka_unit_test(test_pack_keys),
        cmocka_unit_test(test_default_database_in_state_folder),
    };
    return cmocka_run_group_tests_name("config", tests, setup, teardown);
}
