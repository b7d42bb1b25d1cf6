// Must not compile: the pages never reach the sandbox (the entry hands them a way to reach it).
#include "sandbox/sandboxserver.h"
