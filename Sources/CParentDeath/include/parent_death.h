// A child of the projector (the web server of `run --serve`) ends with it: prctl is variadic,
// so Swift cannot call it; this is the one line it takes.
#ifndef SAMSKAB_PARENT_DEATH_H
#define SAMSKAB_PARENT_DEATH_H

/// Asks the kernel to send `signal` to this process when its parent ends (Linux:
/// PR_SET_PDEATHSIG; kept across execve). Returns 0, or -1 where it cannot be done.
int samskab_die_with_parent(int signal);

#include <spawn.h>

/// Adds "close every descriptor from `from` up" to a spawn's file actions (glibc 2.34 and later:
/// posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc does not show). Returns 0, or
/// an error number (ENOSYS where the C library lacks it).
int samskab_spawn_close_from(posix_spawn_file_actions_t *actions, int from);

#endif
