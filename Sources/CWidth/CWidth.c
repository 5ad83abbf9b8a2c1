#define _XOPEN_SOURCE 700
#define _GNU_SOURCE
#include <locale.h>
#include <pthread.h>
#include <wchar.h>
#include "CWidth.h"

static locale_t utf8_locale = (locale_t)0;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;

static void make_locale(void) {
    utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

int cwidth_wcwidth(unsigned int codepoint) {
    pthread_once(&utf8_once, make_locale);
    if (utf8_locale == (locale_t)0) return wcwidth((wchar_t)codepoint);
    // uselocale is per thread: the process locale (and other threads) are left alone.
    locale_t previous = uselocale(utf8_locale);
    int w = wcwidth((wchar_t)codepoint);
    uselocale(previous);
    return w;
}
