// A child of the projector (the web server of `run --serve`) ends with it: prctl is variadic,
// so Swift cannot call it; this is the one line it takes.
#ifndef SAMSKAB_PARENT_DEATH_H
#define SAMSKAB_PARENT_DEATH_H

/// Asks the kernel to send `signal` to this process when its parent ends (Linux:
/// PR_SET_PDEATHSIG; kept across execve). Returns 0, or -1 where it cannot be done.
int samskab_die_with_parent(int signal);

#endif
