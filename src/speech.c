/* speech.c: reads a screen's words aloud with eSpeak NG, through SDL audio (issue 22).
 *
 * eSpeak NG keeps global state, so one lock guards it and one text is made at a time. The
 * library is opened with dlopen on first use: it brings some thirty libraries of its own
 * (PulseAudio's among them) that a kiosk with read aloud off should never map. */
#include <dlfcn.h>
#include <espeak-ng/speak_lib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <SDL.h>

#include "speech.h"
#include "util.h"

#define SPEECH_RATE_WPM 150   /* a little slower than eSpeak's 175: heard at a busy reception desk */

/* Where made samples go; returns nonzero to stop making more. */
typedef int (*sink_fn)(void *ctx, const short *wav, int n);

static struct {
    pthread_mutex_t lock;
    int loaded;               /* 0 not tried, 1 open, -1 failed (why says why) */
    char why[256];
    void *lib;
    int rate;
    int (*initialize)(espeak_AUDIO_OUTPUT, int, const char *, int);
    void (*set_callback)(t_espeak_callback *);
    espeak_ERROR (*set_voice)(const char *);
    espeak_ERROR (*set_parameter)(espeak_PARAMETER, int, int);
    espeak_ERROR (*synth)(const void *, size_t, unsigned int, espeak_POSITION_TYPE, unsigned int,
                          unsigned int, unsigned int *, void *);
    sink_fn sink;
    void *ctx;
} es = { .lock = PTHREAD_MUTEX_INITIALIZER };

struct speech {
    pthread_t thread;
    bool running;
    atomic_int stop, made;    /* made: the worker has finished making the text */
    SDL_AudioDeviceID dev;
    bool audio_inited;
    char lang[8];
    char *text;
    size_t text_len;
    Uint64 said_at;
    _Atomic Uint64 first_at;
};

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    if (!wav || n <= 0 || !es.sink) return 0;
    return es.sink(es.ctx, wav, n);
}

static int find(const char *name, void *fn_ptr, size_t size)
{
    void *p = dlsym(es.lib, name);
    if (!p) {
        snprintf(es.why, sizeof es.why, "eSpeak NG has no %s", name);
        return -1;
    }
    memcpy(fn_ptr, &p, size);
    return 0;
}

/* With es.lock held. */
static int load_locked(void)
{
    if (es.loaded) return es.loaded > 0 ? 0 : -1;
    es.loaded = -1;
    es.lib = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!es.lib) {
        snprintf(es.why, sizeof es.why, "eSpeak NG is not installed (%s): install Debian's espeak-ng", dlerror());
        return -1;
    }
    if (find("espeak_Initialize", &es.initialize, sizeof es.initialize) ||
        find("espeak_SetSynthCallback", &es.set_callback, sizeof es.set_callback) ||
        find("espeak_SetVoiceByName", &es.set_voice, sizeof es.set_voice) ||
        find("espeak_SetParameter", &es.set_parameter, sizeof es.set_parameter) ||
        find("espeak_Synth", &es.synth, sizeof es.synth))
        return -1;
    /* Synchronous: the samples come to on_samples on the thread that asks, 200 ms at a time. */
    es.rate = es.initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, NULL, espeakINITIALIZE_DONT_EXIT);
    if (es.rate <= 0) {
        snprintf(es.why, sizeof es.why, "eSpeak NG did not start (its voice data may be missing)");
        return -1;
    }
    es.set_callback(on_samples);
    es.set_parameter(espeakRATE, SPEECH_RATE_WPM, 0);
    es.loaded = 1;
    return 0;
}

/* With es.lock held and the library loaded. A language code is a voice name to eSpeak NG. */
static int voice_locked(const char *lang, char *err, size_t errlen)
{
    size_t n = strlen(lang);
    bool ok = n >= 2 && n <= 3;
    for (size_t i = 0; ok && i < n; i++) ok = lang[i] >= 'a' && lang[i] <= 'z';
    if (!ok || es.set_voice(lang) != EE_OK) {
        snprintf(err, errlen, "eSpeak NG has no voice for the language '%s'", lang);
        return -1;
    }
    return 0;
}

/* Phone numbers read digit by digit ("0 2 0, 8 7 7 0", "9 9 9"), as people say them, not as amounts
 * ("eight thousand seven hundred and seventy"). A number here is digit groups joined by single spaces
 * ("020 8770 6001"); it is spelled when it starts with 0, is 999, 111 or 101, or has five digits or
 * more. Other numbers (a year, an age) stay as they are. Returns a malloc'd copy. */
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static char *spell_numbers(const char *in)
{
    size_t n = strlen(in);
    char *out = calloc(n * 2 + 8, 1); /* zeroed: eSpeak NG looks a few bytes past the end */
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (!is_digit(in[i])) {
            out[o++] = in[i++];
            continue;
        }
        size_t end = i, digits = 0; /* the number: groups of digits, one space between them */
        for (;;) {
            while (end < n && is_digit(in[end])) end++, digits++;
            if (end + 1 < n && in[end] == ' ' && is_digit(in[end + 1])) end++;
            else break;
        }
        bool spell = in[i] == '0' || digits >= 5 ||
                     (end - i == 3 && (!strncmp(in + i, "999", 3) || !strncmp(in + i, "111", 3) ||
                                       !strncmp(in + i, "101", 3)));
        for (; i < end; i++) {
            if (in[i] == ' ' && spell) continue;
            out[o++] = in[i];
            if (spell && i + 1 < end) out[o++] = ' ';
        }
    }
    out[o] = 0;
    return out;
}

static int make_locked(const char *lang, const char *text, sink_fn sink, void *ctx, char *err, size_t errlen)
{
    if (voice_locked(lang, err, errlen) != 0) return -1;
    char *spoken = spell_numbers(text);
    if (!spoken) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    es.sink = sink;
    es.ctx = ctx;
    espeak_ERROR e = es.synth(spoken, strlen(spoken) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
    util_wipe(spoken, strlen(spoken));
    free(spoken);
    es.sink = NULL;
    es.ctx = NULL;
    if (e != EE_OK) {
        snprintf(err, errlen, "eSpeak NG could not read the text (error %d)", (int)e);
        return -1;
    }
    return 0;
}

bool speech_available(char *err, size_t errlen)
{
    pthread_mutex_lock(&es.lock);
    int r = load_locked();
    if (r != 0) snprintf(err, errlen, "%s", es.why);
    pthread_mutex_unlock(&es.lock);
    return r == 0;
}

/* ---- made into a buffer (tests, bench) ---- */

typedef struct pcm_buf {
    short *pcm;
    size_t n, cap;
    bool oom;
} pcm_buf;

static int to_buffer(void *ctx, const short *wav, int n)
{
    pcm_buf *b = ctx;
    if (b->n + (size_t)n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 65536;
        while (cap < b->n + (size_t)n) cap *= 2;
        short *p = realloc(b->pcm, cap * sizeof *p);
        if (!p) {
            b->oom = true;
            return 1;
        }
        b->pcm = p;
        b->cap = cap;
    }
    memcpy(b->pcm + b->n, wav, (size_t)n * sizeof *wav);
    b->n += (size_t)n;
    return 0;
}

int speech_render(const char *lang, const char *text, short **pcm, size_t *nsamples, int *rate,
                  char *err, size_t errlen)
{
    pcm_buf b = { 0 };
    *pcm = NULL;
    *nsamples = 0;
    pthread_mutex_lock(&es.lock);
    int r = load_locked();
    if (r != 0) snprintf(err, errlen, "%s", es.why);
    else r = make_locked(lang, text, to_buffer, &b, err, errlen);
    *rate = es.rate;
    pthread_mutex_unlock(&es.lock);
    if (r == 0 && b.oom) {
        snprintf(err, errlen, "out of memory making speech");
        r = -1;
    }
    if (r != 0) {
        free(b.pcm);
        return -1;
    }
    *pcm = b.pcm;
    *nsamples = b.n;
    return 0;
}

/* ---- heard through the audio device ---- */

static int to_device(void *ctx, const short *wav, int n)
{
    speech *s = ctx;
    if (atomic_load(&s->stop)) return 1;
    if (atomic_load(&s->first_at) == 0) atomic_store(&s->first_at, SDL_GetPerformanceCounter());
    SDL_QueueAudio(s->dev, wav, (Uint32)n * sizeof *wav);
    return atomic_load(&s->stop);
}

static void *worker(void *arg)
{
    speech *s = arg;
    char err[256];
    pthread_mutex_lock(&es.lock);
    if (make_locked(s->lang, s->text, to_device, s, err, sizeof err) != 0) fprintf(stderr, "righthelp: read aloud: %s\n", err);
    pthread_mutex_unlock(&es.lock);
    atomic_store(&s->made, 1);
    return NULL;
}

speech *speech_new(void)
{
    return calloc(1, sizeof(speech));
}

void speech_stop(speech *s)
{
    if (!s) return;
    if (s->running) {
        atomic_store(&s->stop, 1);
        pthread_join(s->thread, NULL);
        s->running = false;
    }
    if (s->dev) SDL_ClearQueuedAudio(s->dev);
    if (s->text) {
        util_wipe(s->text, s->text_len); /* the screen's words: gone with the screen */
        free(s->text);
        s->text = NULL;
    }
}

void speech_free(speech *s)
{
    if (!s) return;
    speech_stop(s);
    if (s->dev) SDL_CloseAudioDevice(s->dev);
    if (s->audio_inited) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(s);
}

static int open_device(speech *s, int rate, char *err, size_t errlen)
{
    if (s->dev) return 0;
    if (!SDL_WasInit(SDL_INIT_AUDIO)) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            snprintf(err, errlen, "no audio: %s", SDL_GetError());
            return -1;
        }
        s->audio_inited = true;
    }
    SDL_AudioSpec want = { .freq = rate, .format = AUDIO_S16SYS, .channels = 1, .samples = 1024 }, have;
    s->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (!s->dev) {
        snprintf(err, errlen, "no audio device: %s", SDL_GetError());
        return -1;
    }
    SDL_PauseAudioDevice(s->dev, 0);
    return 0;
}

int speech_say(speech *s, const char *lang, const char *text, char *err, size_t errlen)
{
    Uint64 asked = SDL_GetPerformanceCounter(); /* the tap: opening eSpeak NG and the device count too */
    speech_stop(s);
    pthread_mutex_lock(&es.lock);
    int r = load_locked();
    if (r != 0) snprintf(err, errlen, "%s", es.why);
    else r = voice_locked(lang, err, errlen);
    int rate = es.rate;
    pthread_mutex_unlock(&es.lock);
    if (r != 0 || open_device(s, rate, err, errlen) != 0) return -1;
    s->text_len = strlen(text) + 1;
    s->text = malloc(s->text_len);
    if (!s->text) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    memcpy(s->text, text, s->text_len);
    util_copy(s->lang, sizeof s->lang, lang);
    atomic_store(&s->stop, 0);
    atomic_store(&s->made, 0);
    atomic_store(&s->first_at, 0);
    s->said_at = asked;
    if (pthread_create(&s->thread, NULL, worker, s) != 0) {
        snprintf(err, errlen, "could not start reading aloud");
        speech_stop(s);
        return -1;
    }
    s->running = true;
    return 0;
}

bool speech_active(speech *s)
{
    if (!s || !s->running) return false;
    if (!atomic_load(&s->made)) return true;
    return s->dev && SDL_GetQueuedAudioSize(s->dev) > 0;
}

double speech_first_sound_ms(speech *s)
{
    Uint64 first = s ? atomic_load(&s->first_at) : 0;
    if (!first) return -1;
    return (double)(first - s->said_at) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}
