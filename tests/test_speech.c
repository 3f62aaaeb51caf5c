/* test_speech.c: read aloud (issue 22) with the real eSpeak NG voices: every family question, in
 * every language the pack speaks, is made into sound of a plausible length; phone numbers are read
 * digit by digit; speech stops at once. No loudspeaker: SDL's dummy audio driver. */
#include "testutil.h"

#include <SDL.h>

#include "decision.h"
#include "rules.h"
#include "speech.h"

static rules *R;

static int setup(void **s)
{
    (void)s;
    char err[1024];
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    if (!speech_available(err, sizeof err)) fail_msg("eSpeak NG: %s", err);
    R = rules_open("rules", NULL, err, sizeof err);
    if (!R) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s) { (void)s; rules_close(R); return 0; }

/* Letters and digits, counted as characters (UTF-8 continuation bytes are not). */
static size_t letters(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80 && *s != ' ') n++;
    return n;
}

/* The words a question's screen shows: the question, its hint, its answers. */
static void question_words(const cJSON *q, char *out, size_t n)
{
    size_t o = (size_t)snprintf(out, n, "%s\n%s\n", decision_str(q, "text"), decision_str(q, "hint"));
    const cJSON *opt;
    cJSON_ArrayForEach(opt, cJSON_GetObjectItemCaseSensitive(q, "options"))
        if (o < n) o += (size_t)snprintf(out + o, n - o, "%s.\n", decision_str(opt, "label"));
}

static void test_every_family_question_spoken_in_each_language(void **state)
{
    (void)state;
    static const char *langs[] = { "en", "es", "fr", "ar" };
    /* valgrind.sh asks for a few per language: under memcheck each takes seconds. */
    const char *lim = getenv("RIGHTHELP_SPEECH_QUESTIONS");
    int limit = lim ? atoi(lim) : 1000;
    for (size_t l = 0; l < sizeof langs / sizeof *langs; l++) {
        char err[512];
        cJSON *qs = rules_questions(R, "family", langs[l], err, sizeof err);
        if (!qs) fail_msg("%s: %s", langs[l], err);
        int n = 0;
        const cJSON *q;
        cJSON_ArrayForEach(q, qs) {
            if (n >= limit) break;
            char words[4096];
            question_words(q, words, sizeof words);
            short *pcm;
            size_t ns;
            int rate;
            if (speech_render(langs[l], words, &pcm, &ns, &rate, err, sizeof err) != 0)
                fail_msg("%s %s: %s", langs[l], decision_str(q, "id"), err);
            double secs = (double)ns / rate;
            size_t chars = letters(words);
            int peak = 0;
            for (size_t i = 0; i < ns; i++) peak = abs(pcm[i]) > peak ? abs(pcm[i]) : peak;
            free(pcm);
            /* Speech runs at some 10 to 20 characters a second in these voices: a voice that reads
             * nothing, or only a letter at a time, falls outside. */
            if (secs < chars / 40.0 || secs > chars / 3.0 + 2.0 || peak < 1000)
                fail_msg("%s %s: %zu characters made %.2f s of sound (peak %d)", langs[l], decision_str(q, "id"),
                         chars, secs, peak);
            n++;
        }
        cJSON_Delete(qs);
        assert_true(n > 20 || n == limit);
    }
}

static void test_phone_numbers_read_digit_by_digit(void **state)
{
    (void)state;
    /* A phone number must sound as its digits written out one by one. */
    short *a, *b;
    size_t na, nb;
    int rate;
    char err[256];
    assert_int_equal(speech_render("en", "Call 020 8770 6001.", &a, &na, &rate, err, sizeof err), 0);
    assert_int_equal(speech_render("en", "Call 0 2 0 8 7 7 0 6 0 0 1.", &b, &nb, &rate, err, sizeof err), 0);
    /* The same words: the same length, give or take a sample of the voice's own variation. */
    assert_true(labs((long)na - (long)nb) < (long)na / 100);
    free(a);
    free(b);
    /* A year stays a year. */
    assert_int_equal(speech_render("en", "December 2026.", &a, &na, &rate, err, sizeof err), 0);
    assert_int_equal(speech_render("en", "December 2 0 2 6.", &b, &nb, &rate, err, sizeof err), 0);
    assert_true(labs((long)na - (long)nb) > (long)na / 10);
    free(a);
    free(b);
}

static void test_unknown_language_refused(void **state)
{
    (void)state;
    short *pcm;
    size_t n;
    int rate;
    char err[256];
    assert_int_equal(speech_render("zz", "hello", &pcm, &n, &rate, err, sizeof err), -1);
    assert_non_null(strstr(err, "no voice"));
    assert_int_equal(speech_render("en; rm", "hello", &pcm, &n, &rate, err, sizeof err), -1);
}

static void test_stop_is_at_once(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    speech *s = speech_new();
    char err[256];
    assert_false(speech_active(s));
    assert_int_equal(speech_say(s, "en", "Is a child in danger right now, or badly hurt and needing emergency help? "
                                         "Yes. No. If a child is in danger now, help must come first.",
                                err, sizeof err), 0);
    assert_true(speech_active(s));
    for (int i = 0; i < 500 && speech_first_sound_ms(s) < 0; i++) SDL_Delay(10);
    assert_true(speech_first_sound_ms(s) >= 0);
    speech_stop(s);
    assert_false(speech_active(s));
    speech_stop(s); /* twice is harmless */
    /* A new text after a stop, and a stop by speaking another. */
    assert_int_equal(speech_say(s, "es", "¿Hay un niño en peligro ahora mismo?", err, sizeof err), 0);
    assert_int_equal(speech_say(s, "ar", "هل الطفل في خطر الآن؟", err, sizeof err), 0);
    assert_true(speech_active(s));
    speech_free(s);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_family_question_spoken_in_each_language),
        cmocka_unit_test(test_phone_numbers_read_digit_by_digit),
        cmocka_unit_test(test_unknown_language_refused),
        cmocka_unit_test(test_stop_is_at_once),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
