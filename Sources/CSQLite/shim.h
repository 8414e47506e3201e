// The system SQLite, used only by samskab-bench as the baseline the journal is measured against.
#include <sqlite3.h>
