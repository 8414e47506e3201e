#ifndef SAMSKAB_TERMINAL_CLEANUP_H
#define SAMSKAB_TERMINAL_CLEANUP_H

/// Installs handlers for SIGINT, SIGTERM, SIGHUP, SIGQUIT and the signals of a crash or a Swift
/// trap (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE). Each gives the terminal back
/// (endwin), then hands the signal to whatever handled it before, and raises it again.
/// Also unblocks the signals a terminal program must see (SIGWINCH, SIGINT, SIGTERM, …).
void samskab_install_terminal_cleanup(void);

#endif
