// What Swift cannot import from ncursesw on its own: macros with arguments, attribute bits built
// by macros, and globals that Swift 6 refuses as shared mutable state. SwiftPM drops the
// `-D_XOPEN_SOURCE=600` that `pkg-config --cflags ncursesw` asks for, so the wide-character
// API is switched on here, before curses.h is read.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wchar.h declares wcwidth only under _XOPEN_SOURCE, and Glibc's module is built without it.
extern int wcwidth(wchar_t c);

static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }

static inline void cnc_getmaxyx(WINDOW *w, int *y, int *x) {
    int yy, xx;
    getmaxyx(w, yy, xx);
    *y = yy;
    *x = xx;
}

static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_color_pair(short n) { return COLOR_PAIR(n); }

/// Sets the window's attributes and colour pair in one call (attrset is a macro on some builds).
static inline int cnc_attrset(attr_t a) { return wattrset(stdscr, (int)a); }

/// Reads one key or character; returns OK, KEY_CODE_YES or ERR like get_wch.
static inline int cnc_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/// The mouse events the console asks for: a press of the left button, and the wheel (buttons 4 and 5),
/// reported at once (no click interval). Returns whether the terminal can report them.
static inline int cnc_mouse_on(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}

/// The mouse event waiting after KEY_MOUSE, at a cell: 1 the left button, 4 the wheel up, 5 the wheel
/// down, 0 anything else, -1 none.
static inline int cnc_getmouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *y = event.y;
    *x = event.x;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    return 0;
}

static inline int cnc_mvaddwstr(int y, int x, const wchar_t *s) { return mvwaddwstr(stdscr, y, x, s); }

#endif
