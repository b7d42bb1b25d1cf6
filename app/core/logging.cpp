#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "ce.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "ce.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "ce.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "ce.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ce.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcElements, "ce.elements", QtInfoMsg)
