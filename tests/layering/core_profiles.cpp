// Must not compile: the core does not link the profile store (tests/layering/CMakeLists.txt).
#include "profiles/profilestore.h"
