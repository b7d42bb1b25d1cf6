#include "instancerequest.h"
