// Must not compile: the wizard's library has no Qt WebEngine; the embedded browser is the
// plugin of ui/browser/, behind ui/embeddedbrowser.h.
#include <QWebEngineView>
