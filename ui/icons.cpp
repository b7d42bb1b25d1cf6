#include "icons.h"

#include <QDirIterator>
#include <QImageReader>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ce::icons {

QIcon icon(QStringView name)
{
    // Every size resources/icons/CMakeLists.txt drew for QIcon (NAME-N.png; not the 14 px
    // ones of rich text): QIcon picks by size times the screen's scale. Read as PNG with
    // Qt's built-in reader: QIcon::addFile() and QImage::load() let QImageReader guess the
    // format too, and that loads every image plugin (Qt Svg among them) to ask each.
    QIcon icon;
    QDirIterator it(u":/icons"_s, {name + u"-??.png"_s, name + u"-???.png"_s}, QDir::Files);
    while (it.hasNext()) {
        QImageReader reader(it.next(), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    Q_ASSERT_X(!icon.isNull(), "ce::icons::icon", "no such icon in resources/icons");
    return icon;
}

QString richTextSource(QStringView name)
{
    return u":/icons/"_s + name + u"-14.png"_s;
}

}  // namespace ce::icons
