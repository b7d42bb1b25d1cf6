// Must compile: the control for the checks above (the same set-up, an allowed include).
#include "core/provisioningflow.h"
