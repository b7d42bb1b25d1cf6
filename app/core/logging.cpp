#include "logging.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "ce.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "ce.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "ce.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "ce.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ce.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcElements, "ce.elements", QtInfoMsg)

namespace ce::logging {

void configure(Mode mode, bool verbose)
{
    if (verbose) {
        // Every category of ours at every level; Qt's own categories at their defaults (so
        // qt.webenginecontext's start-up dump shows too).
        QLoggingCategory::setFilterRules(u"ce.*=true"_s);
        return;
    }
    switch (mode) {
    case Mode::CommandLine:
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\nce.*.warning=false"_s);
        break;
    case Mode::Gui:
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);
        break;
    }
}

}  // namespace ce::logging
