#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/ncurses.h>
#include <signal.h>
#include <string.h>
#include "terminal_cleanup.h"

static struct sigaction previous_actions[65];

static void restore_and_raise(int signal_number) {
    endwin();
    sigaction(signal_number, &previous_actions[signal_number], NULL);
    raise(signal_number);
}

void samskab_install_terminal_cleanup(void) {
    // A program started with these blocked (a parent's mask is inherited) would never see a
    // resize or a request to stop: take them all back.
    sigset_t wanted;
    sigemptyset(&wanted);
    const int unblock[] = {SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT};
    for (unsigned i = 0; i < sizeof unblock / sizeof unblock[0]; i++) sigaddset(&wanted, unblock[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = restore_and_raise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, &previous_actions[signals[i]]);
    }
}
