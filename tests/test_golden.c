/* test_golden.c: the key screens still look as they did when a person last
 * looked at them. Renders tests/golden/golden.play headless and compares each
 * PNG with the committed one, with a tolerance for anti-aliasing. After an
 * intended change: 'make golden', look at the PNGs, commit them. */
#include "testutil.h"

#include <png.h>
#include <SDL.h>
#include <SDL_ttf.h>

#include "play.h"
#include "util.h"

static int load(const char *path, png_image *img, png_bytep *buf)
{
    memset(img, 0, sizeof *img);
    img->version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(img, path)) return -1;
    img->format = PNG_FORMAT_RGB;
    *buf = malloc(PNG_IMAGE_SIZE(*img));
    if (!png_image_finish_read(img, NULL, *buf, 0, NULL)) {
        free(*buf);
        return -1;
    }
    return 0;
}

static void test_key_screens_match(void **state)
{
    (void)state;
    char dir[256], err[512];
    tu_tmpdir(dir, sizeof dir, "golden");
    options o;
    options_defaults(&o);
    snprintf(o.db, sizeof o.db, "%s/g.db", dir);
    char *script = util_read_file("tests/golden/golden.play", NULL, err, sizeof err);
    assert_non_null(script);
    play_result res;
    if (play_run("tests/golden/golden.play", script, &o, dir, &res) != 0) fail_msg("%s", res.error);
    free(script);
    static const char *names[] = { "start",     "question-age", "escalation-family", "question-arabic",
                                   "result-en", "result-es",    "result-fr",         "result-ar" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char want_path[512], got_path[512];
        snprintf(want_path, sizeof want_path, "tests/golden/%s.png", names[i]);
        snprintf(got_path, sizeof got_path, "%s/%s.png", dir, names[i]);
        png_image want, got;
        png_bytep wb, gb;
        if (load(want_path, &want, &wb)) fail_msg("cannot read %s", want_path);
        if (load(got_path, &got, &gb)) fail_msg("cannot read %s", got_path);
        assert_int_equal(want.width, got.width);
        assert_int_equal(want.height, got.height);
        size_t n = (size_t)want.width * want.height, differ = 0;
        for (size_t p = 0; p < n; p++) {
            int d = 0;
            for (int c = 0; c < 3; c++) d += abs((int)wb[p * 3 + c] - (int)gb[p * 3 + c]);
            if (d > 96) differ++;
        }
        free(wb);
        free(gb);
        if (differ * 1000 > n * 5) /* more than 0.5 % of the pixels */
            fail_msg("%s: %zu of %zu pixels differ from the golden image (%s kept for a look)", names[i], differ, n, got_path);
    }
    tu_rmrf(dir);
    TTF_Quit();
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_key_screens_match) };
    return cmocka_run_group_tests_name("golden", tests, NULL, NULL);
}
