/* test_theme.c: every colour pair on screen meets WCAG 2.2 contrast: 4.5:1 for
 * text, 3:1 for the edges of controls, in both themes. */
#include "testutil.h"

#include "theme.h"

static void check(const theme *t)
{
    const struct { const char *what; uint32_t a, b; double min; } pairs[] = {
        { "text on background", t->fg, t->bg, 4.5 },
        { "muted text on background", t->muted, t->bg, 4.5 },
        { "headings", t->heading, t->bg, 4.5 },
        { "choice buttons", t->button_fg, t->button, 4.5 },
        { "a chosen answer", t->primary_fg, t->button_border, 4.5 },
        { "links (Why am I being asked this?)", t->button_border, t->bg, 4.5 },
        { "main action", t->primary_fg, t->primary, 4.5 },
        { "quick exit", t->exit_fg, t->exit, 4.5 },
        { "escalation screen", t->danger_fg, t->danger_bg, 4.5 },
        { "panels", t->panel_fg, t->panel, 4.5 },
        { "panel links", t->button_border, t->panel, 3.0 },
        { "control edges", t->button_border, t->bg, 3.0 },
        { "main action edge", t->primary, t->bg, 3.0 },
        { "quick exit edge", t->exit, t->panel, 3.0 },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        double c = theme_contrast(pairs[i].a, pairs[i].b);
        if (c < pairs[i].min) fail_msg("%s theme: %s has contrast %.2f, needs %.1f", t->name, pairs[i].what, c, pairs[i].min);
    }
}

static void test_standard(void **s) { (void)s; check(&theme_standard); }
static void test_high_contrast(void **s) { (void)s; check(&theme_high_contrast); }

static void test_contrast_formula(void **s)
{
    (void)s;
    assert_true(theme_contrast(0x000000ff, 0xffffffff) > 20.9);
    assert_true(theme_contrast(0x777777ff, 0xffffffff) > 4.47 && theme_contrast(0x777777ff, 0xffffffff) < 4.49);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contrast_formula),
        cmocka_unit_test(test_standard),
        cmocka_unit_test(test_high_contrast),
    };
    return cmocka_run_group_tests_name("theme", tests, NULL, NULL);
}
