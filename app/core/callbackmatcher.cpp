#include "callbackmatcher.h"
