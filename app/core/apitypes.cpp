#include "apitypes.h"
