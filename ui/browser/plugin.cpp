// The plugin's root object: makes WebEngineBrowsers (ui/embeddedbrowser.h).
#include "embeddedbrowser.h"
#include "webenginebrowser.h"

#include <QObject>

namespace ce {

class WebEngineBrowserFactory : public QObject, public EmbeddedBrowserFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CEP_EMBEDDED_BROWSER_IID)
    Q_INTERFACES(ce::EmbeddedBrowserFactory)
public:
    EmbeddedBrowser *create(EmbeddedBrowserHost *host, QWidget *parent) override
    {
        return new WebEngineBrowser(host, parent);
    }
};

}  // namespace ce

#include "plugin.moc"
