// Must not compile: the core does not link the sandbox (tests/layering/CMakeLists.txt).
#include "sandbox/sandboxserver.h"
