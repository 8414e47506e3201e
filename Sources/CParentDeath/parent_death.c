#include "parent_death.h"

#ifdef __linux__
#include <sys/prctl.h>
#endif

int samskab_die_with_parent(int signal) {
#ifdef __linux__
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL) == 0 ? 0 : -1;
#else
    (void)signal;
    return -1;
#endif
}
