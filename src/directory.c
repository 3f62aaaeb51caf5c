/* directory.c: Open Referral UK services into the rule pack's directory. */
#include "directory.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "util.h"

#define MAX_OFFERS 400        /* characters of description on a card */
#define MAX_HOW 300

/* ---- a growing string ---- */

typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        while (b->n + n + 1 > b->cap) b->cap = b->cap ? b->cap * 2 : 4096;
        b->s = realloc(b->s, b->cap);
        if (!b->s) abort();
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* A Lua string literal: quotes, backslashes and control characters escaped. */
static void put_lua(buf *b, const char *s)
{
    put(b, "\"", 1);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        char esc[8];
        if (*c == '"' || *c == '\\') {
            esc[0] = '\\', esc[1] = (char)*c;
            put(b, esc, 2);
        } else if (*c < 0x20 || *c == 0x7f) {
            snprintf(esc, sizeof esc, "\\%03d", *c);
            put(b, esc, strlen(esc));
        } else put(b, (const char *)c, 1);
    }
    put(b, "\"", 1);
}

/* ---- text out of HTML ---- */

static void put_utf8(buf *b, unsigned long cp)
{
    char u[4];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
    if (cp < 0x80) u[0] = (char)cp, put(b, u, 1);
    else if (cp < 0x800) u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), put(b, u, 2);
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F)), put(b, u, 3);
    else
        u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)), u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        u[3] = (char)(0x80 | (cp & 0x3F)), put(b, u, 4);
}

/* Length of a valid UTF-8 sequence at s, or 0. */
static int utf8_len(const unsigned char *s)
{
    int n = s[0] < 0x80 ? 1 : (s[0] >> 5) == 6 ? 2 : (s[0] >> 4) == 14 ? 3 : (s[0] >> 3) == 30 ? 4 : 0;
    for (int i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return n;
}

/* Tags dropped (a block tag is a space), the common entities decoded, runs of
 * white space made one space, invalid UTF-8 dropped. Caller frees. */
static char *plain_text(const char *html)
{
    static const struct { const char *name; const char *text; } ents[] = {
        { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" }, { "nbsp", " " },
        { "ndash", "\xE2\x80\x93" }, { "mdash", "\xE2\x80\x94" }, { "rsquo", "\xE2\x80\x99" }, { "lsquo", "\xE2\x80\x98" },
        { "pound", "\xC2\xA3" },
    };
    buf b = { 0 };
    put(&b, "", 0);
    bool space = true; /* no leading space */
    for (const char *p = html; *p;) {
        const char *add = NULL;
        char one[8];
        size_t addn = 0;
        if (*p == '<') {
            const char *end = strchr(p, '>');
            if (!end) break;
            /* The end of a paragraph or list item ends a sentence, so items do not run together. */
            bool ends = !strncmp(p, "</li", 4) || !strncmp(p, "</p", 3) || !strncmp(p, "<br", 3);
            char last = b.n ? b.s[b.n - 1] : 0;
            if (ends && ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9')))
                put(&b, ".", 1), space = false;
            p = end + 1;
            add = " ", addn = 1;
        } else if (*p == '&') {
            const char *semi = strchr(p, ';');
            bool done = false;
            if (semi && semi - p <= 9) {
                if (p[1] == '#') {
                    unsigned long cp = p[2] == 'x' || p[2] == 'X' ? strtoul(p + 3, NULL, 16) : strtoul(p + 2, NULL, 10);
                    size_t before = b.n;
                    if (cp == 0xA0 || cp == 0x20) {
                        add = " ", addn = 1;
                    } else if (cp > 0x20) {
                        put_utf8(&b, cp);
                        space = b.n == before ? space : false;
                    }
                    done = true;
                } else
                    for (size_t i = 0; i < sizeof ents / sizeof *ents; i++)
                        if ((size_t)(semi - p - 1) == strlen(ents[i].name) && !strncmp(p + 1, ents[i].name, strlen(ents[i].name))) {
                            add = ents[i].text, addn = strlen(add);
                            done = true;
                        }
            }
            if (done) p = semi + 1;
            else add = "&", addn = 1, p++;
        } else {
            int n = utf8_len((const unsigned char *)p);
            if (n == 0) {
                p++;
                continue;
            }
            memcpy(one, p, (size_t)n);
            add = one, addn = (size_t)n;
            p += n;
        }
        if (!add) continue;
        if (addn == 1 && (*add == ' ' || *add == '\n' || *add == '\t' || *add == '\r')) {
            if (!space) put(&b, " ", 1);
            space = true;
        } else {
            put(&b, add, addn);
            space = false;
        }
    }
    while (b.n && b.s[b.n - 1] == ' ') b.s[--b.n] = 0;
    return b.s;
}

/* Cuts s to at most max bytes at a space, with an ellipsis. */
static void cap(char *s, size_t max)
{
    if (strlen(s) <= max) return;
    size_t cut = max;
    while (cut > 0 && s[cut] != ' ') cut--;
    if (cut == 0) cut = max; /* one long word: cut at a character boundary */
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' || s[cut - 1] == ';')) cut--;
    memcpy(s + cut, "\xE2\x80\xA6", 4);
}

/* ---- reading the export ---- */

static const char *str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsString(v) && v->valuestring[0] ? v->valuestring : NULL;
}

/* An age: a number, or a number in a string; -1 when absent or not an age. */
static int age(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    double d = -1;
    if (cJSON_IsNumber(v)) d = v->valuedouble;
    else if (cJSON_IsString(v) && v->valuestring[0]) {
        char *end;
        d = strtod(v->valuestring, &end);
        if (*end) d = -1;
    }
    return d >= 0 && d <= 120 && d == (int)d ? (int)d : -1;
}

/* A phone number as written, when it looks like one (digits, spaces, + ( ) -). */
static const char *phone(const cJSON *phones)
{
    const cJSON *p;
    cJSON_ArrayForEach(p, phones) {
        const char *n = str(p, "number");
        if (!n || strlen(n) > 40) continue;
        int digits = 0;
        bool ok = true;
        for (const char *c = n; *c; c++) {
            if (*c >= '0' && *c <= '9') digits++;
            else if (!strchr(" +()-", *c)) ok = false;
        }
        if (ok && digits >= 3) return n;
    }
    return NULL;
}

/* The kiosk's id for a service: stable across imports of the same export. */
static void kiosk_id(const char *area, const char *oruk_id, char *out, size_t n)
{
    char slug[48];
    size_t len = strlen(oruk_id), j = 0;
    if (len > 40) {
        unsigned char h[8];
        crypto_generichash(h, sizeof h, (const unsigned char *)oruk_id, len, NULL, 0);
        sodium_bin2hex(slug, sizeof slug, h, sizeof h);
    } else {
        for (size_t i = 0; i < len; i++) {
            char c = oruk_id[i];
            if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
            slug[j++] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-';
        }
        slug[j] = 0;
    }
    snprintf(out, n, "oruk.%s.%s", area, slug);
}

static void skip(cJSON *skipped, const char *id, const char *name, const char *reason)
{
    cJSON *s = cJSON_CreateObject();
    cJSON_AddStringToObject(s, "id", id ? id : "");
    cJSON_AddStringToObject(s, "name", name ? name : "");
    cJSON_AddStringToObject(s, "reason", reason);
    cJSON_AddItemToArray(skipped, s);
}

/* The list of services, whichever shape the export has. */
static const cJSON *services_of(const cJSON *root)
{
    if (cJSON_IsArray(root)) return root;
    if (!cJSON_IsObject(root)) return NULL;
    const cJSON *c = cJSON_GetObjectItem(root, "contents");       /* v3 page */
    if (!cJSON_IsArray(c)) c = cJSON_GetObjectItem(root, "content"); /* the older API's page */
    return cJSON_IsArray(c) ? c : NULL;
}

/* One service as a Lua entry; NULL (and a reason) when it cannot be one. */
static const char *one_service(buf *out, const cJSON *s, const char *area, const char *source, const char *date,
                               char *seen, size_t seen_cap, size_t *seen_n)
{
    char id_buf[64];
    const char *oruk_id = str(s, "id");
    const cJSON *idnum = cJSON_GetObjectItem(s, "id");
    if (!oruk_id && cJSON_IsNumber(idnum)) {
        snprintf(id_buf, sizeof id_buf, "%.0f", idnum->valuedouble);
        oruk_id = id_buf;
    }
    if (!oruk_id) return "no id";
    const char *name_html = str(s, "name");
    if (!name_html) return "no name";
    const char *status = str(s, "status");
    if (status && strcmp(status, "active")) return "not active";
    char kid[128];
    kiosk_id(area, oruk_id, kid, sizeof kid);
    /* One id, one entry: a duplicate would stop the whole pack from loading. */
    size_t klen = strlen(kid) + 1;
    for (size_t i = 0; i < *seen_n;) {
        if (!strcmp(seen + i, kid)) return "the same id twice in the export";
        i += strlen(seen + i) + 1;
    }
    if (*seen_n + klen <= seen_cap) memcpy(seen + *seen_n, kid, klen), *seen_n += klen;

    char *name = plain_text(name_html);
    char *offers = plain_text(str(s, "description") ? str(s, "description") : "");
    char *how = plain_text(str(s, "application_process") ? str(s, "application_process") : "");
    if (!name[0]) {
        free(name), free(offers), free(how);
        return "no name";
    }
    cap(offers, MAX_OFFERS);
    cap(how, MAX_HOW);
    /* Ages: the v3 fields on the service, and the older API's eligibilitys, widest span. */
    int lo = age(s, "minimum_age"), hi = age(s, "maximum_age");
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(s, "eligibilitys")) {
        int a = age(e, "minimum_age"), b = age(e, "maximum_age");
        if (a >= 0 && (lo < 0 || a < lo)) lo = a;
        if (b >= 0 && (hi < 0 || b > hi)) hi = b;
    }
    if (lo >= 0 && hi >= 0 && lo > hi) lo = hi = -1; /* contradictory: claim nothing */
    const char *tel = phone(cJSON_GetObjectItem(s, "phones"));
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(s, "contacts")) if (!tel) tel = phone(cJSON_GetObjectItem(c, "phones"));
    const char *email = str(s, "email"), *url = str(s, "url");
    if (email && (strlen(email) > 120 || !strchr(email, '@') || strpbrk(email, " <>\"'"))) email = NULL;
    if (url && (strlen(url) > 200 || strpbrk(url, " <>\"'") ||
                (strncmp(url, "https://", 8) && strncmp(url, "http://", 7) && strncmp(url, "www.", 4))))
        url = NULL;

    char line[1200];
    /* The export is the evidence for the contact: its own words go in an excerpt the service cites, as a
     * council's page would (rules/contacts.lua; 'check' compares their digits). */
    if (tel || email || url) {
        snprintf(line, sizeof line, "excerpt { id = \"%s\", date = \"%s\",\n  title = ", kid, date);
        puts_(out, line);
        snprintf(line, sizeof line, "Open Referral UK export %s, service %s", source, oruk_id);
        put_lua(out, line);
        puts_(out, ",\n  url = ");
        put_lua(out, source);
        snprintf(line, sizeof line, "%s%s%s%s%s", tel ? tel : "", tel && (email || url) ? "; " : "", email ? email : "",
                 email && url ? "; " : "", url ? url : "");
        puts_(out, ",\n  text = ");
        put_lua(out, line);
        puts_(out, " }\n");
    }
    snprintf(line, sizeof line, "service { id = \"%s\", area = \"%s\",\n  name = ", kid, area);
    puts_(out, line);
    put_lua(out, name);
    puts_(out, ",\n  offers = ");
    put_lua(out, offers[0] ? offers : "No description in the export.");
    if (lo >= 0 || hi >= 0) {
        puts_(out, ",\n  eligibility = {");
        if (lo >= 0) snprintf(line, sizeof line, " min_age = %d%s", lo, hi >= 0 ? "," : " "), puts_(out, line);
        if (hi >= 0) snprintf(line, sizeof line, " max_age = %d ", hi), puts_(out, line);
        puts_(out, "}");
    }
    puts_(out, ",\n  access = \"unknown\",\n  how = ");
    put_lua(out, how[0] ? how : "Ask a member of staff how to reach this service.");
    if (tel || email) {
        snprintf(line, sizeof line, "%s%s%s", tel ? tel : "", tel && email ? "; " : "", email ? email : "");
        puts_(out, ",\n  contact = ");
        put_lua(out, line);
    }
    if (url) {
        puts_(out, ",\n  url = ");
        put_lua(out, url);
    }
    if (tel || email || url) {
        snprintf(line, sizeof line, ",\n  evidence = { \"%s\" }, checked = \"%s\"", kid, date);
        puts_(out, line);
    }
    puts_(out, ",\n  source = ");
    snprintf(line, sizeof line, "Open Referral UK export %s (%s), service %s", source, date, oruk_id);
    put_lua(out, line);
    puts_(out, " }\n\n");
    free(name), free(offers), free(how);
    return NULL;
}

char *directory_import(const char *json, size_t len, const char *area, const char *source, const char *date,
                       cJSON *report, char *err, size_t errlen)
{
    if (sodium_init() < 0) {
        snprintf(err, errlen, "libsodium failed to start");
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (!root) {
        snprintf(err, errlen, "%s: not valid JSON near byte %ld", source, end ? (long)(end - json) : 0L);
        return NULL;
    }
    const cJSON *list = services_of(root);
    if (!list) {
        snprintf(err, errlen, "%s: not an Open Referral UK services export (expected a list of services, or a page "
                 "with 'content' or 'contents')", source);
        cJSON_Delete(root);
        return NULL;
    }
    buf out = { 0 };
    char head[800];
    snprintf(head, sizeof head,
             "-- directory/%s.lua: services from an Open Referral UK export, for the area '%s'.\n"
             "-- Made by 'righthelp directory import' from %s (dated %s): import again rather than edit.\n"
             "-- access is \"unknown\" because the export does not say who may refer; contacts are as the\n"
             "-- export gives them. Routes in areas/%s.lua may name these services by id.\n\n",
             area, area, source, date, area);
    puts_(&out, head);
    cJSON *skipped = cJSON_CreateArray();
    size_t seen_cap = 1 << 16, seen_n = 0;
    char *seen = malloc(seen_cap);
    int taken = 0;
    const cJSON *s;
    cJSON_ArrayForEach(s, list) {
        const char *why = cJSON_IsObject(s) ? one_service(&out, s, area, source, date, seen, seen_cap, &seen_n)
                                            : "not a service object";
        if (why) skip(skipped, str(s, "id"), str(s, "name"), why);
        else taken++;
    }
    free(seen);
    cJSON_Delete(root);
    if (taken == 0) {
        snprintf(err, errlen, "%s: no active service with an id and a name (%d skipped)", source, cJSON_GetArraySize(skipped));
        cJSON_Delete(skipped);
        free(out.s);
        return NULL;
    }
    cJSON_AddNumberToObject(report, "services", taken);
    cJSON_AddItemToObject(report, "skipped", skipped);
    return out.s;
}
