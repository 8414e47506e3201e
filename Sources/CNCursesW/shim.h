// The one door to ncurses. Only the terminal backend imports this module.
// Wide-character curses must be asked for before the header is read.
#ifndef SAMSKAB_CNCURSESW_SHIM_H
#define SAMSKAB_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Swift cannot import these macros and globals directly (or, for `stdscr`, not
// under Swift 6 strict concurrency), so they are wrapped as inline functions.

static inline WINDOW *samskab_stdscr(void) { return stdscr; }
static inline WINDOW *samskab_curscr(void) { return curscr; }
static inline int samskab_lines(void) { return LINES; }
static inline int samskab_cols(void) { return COLS; }
static inline void samskab_getmaxyx(WINDOW *win, int *rows, int *cols) {
    int y, x;
    getmaxyx(win, y, x);
    *rows = y;
    *cols = x;
}

static inline attr_t samskab_a_normal(void) { return A_NORMAL; }
static inline attr_t samskab_a_bold(void) { return A_BOLD; }
static inline attr_t samskab_a_reverse(void) { return A_REVERSE; }
static inline attr_t samskab_a_underline(void) { return A_UNDERLINE; }
static inline attr_t samskab_a_dim(void) { return A_DIM; }
static inline attr_t samskab_a_standout(void) { return A_STANDOUT; }
static inline attr_t samskab_color_pair(short n) { return COLOR_PAIR(n); }

static inline const cchar_t *samskab_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *samskab_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *samskab_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *samskab_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *samskab_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *samskab_wacs_lrcorner(void) { return WACS_LRCORNER; }

static inline mmask_t samskab_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t samskab_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline int samskab_key_f(int n) { return KEY_F(n); }
static inline int samskab_key_resize(void) { return KEY_RESIZE; }
static inline int samskab_err(void) { return ERR; }
static inline int samskab_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *samskab_codeset(void) { return nl_langinfo(CODESET); }
static inline int samskab_ok(void) { return OK; }
static inline int samskab_key_code_yes(void) { return KEY_CODE_YES; }

#endif
