#pragma once

#include <QIcon>
#include <QString>

namespace ce::icons {

// One of the wizard's icons (resources/icons/NAME.svg, embedded as PNG renderings at
// several sizes: QIcon picks the nearest for each size and screen scale). No Qt Svg, no
// image plugin.
QIcon icon(QStringView name);

// The same icon for rich text: the address of its 14 px rendering (Qt's text engine
// takes the @2x file beside it on high-DPI screens).
QString richTextSource(QStringView name);

}  // namespace ce::icons
