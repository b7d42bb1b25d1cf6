// Build-time tool: renders the SVG icons into the PNG files the wizard embeds, so that
// the wizard never loads Qt Svg nor an image plugin to show an icon (issue 11: the first
// page shows the eye of the secret fields and the window icon; an SVG there pulled in
// libQt6Svg, the SVG icon engine and every image format plugin, ~0.9 MiB and ~3 ms).
// It reads the SVGs with Qt's own SVG image plugin (the one the wizard used at run time),
// so the pixels are the ones Qt drew before.
//
//   rendericons OUTPUT_DIR SIZES FILE.svg...
//
// SIZES is a comma-separated list of sizes, each N (NAME-N.png, N x N pixels) or N@2x
// (NAME-N@2x.png, 2N x 2N: the file Qt takes for NAME-N.png on a high-DPI screen).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rendericons: %s\n", qPrintable(message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);  // for Qt's plugin paths
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 3)
        return fail(u"usage: rendericons OUTPUT_DIR SIZES FILE.svg..."_s);
    const QDir output(arguments.at(0));
    if (!output.exists() && !QDir().mkpath(output.path()))
        return fail(u"cannot create %1"_s.arg(output.path()));
    struct Size
    {
        QString text;  // as in the file name: "16", "14@2x"
        int pixels = 0;
    };
    QList<Size> sizes;
    for (const QString &text : arguments.at(1).split(u',')) {
        const bool doubled = text.endsWith(u"@2x");
        bool ok = false;
        const int size = (doubled ? text.chopped(3) : text).toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(u"not a size: %1"_s.arg(text));
        sizes.append({text, doubled ? 2 * size : size});
    }
    for (const QString &file : arguments.mid(2)) {
        const QString name = QFileInfo(file).completeBaseName();
        for (const Size &size : sizes) {
            QImageReader reader(file, "svg");
            reader.setScaledSize(QSize(size.pixels, size.pixels));
            const QImage image = reader.read();
            if (image.isNull())
                return fail(u"%1: %2 (is Qt's SVG image plugin installed? libqt6svg6)"_s.arg(file, reader.errorString()));
            const QString target = output.filePath(u"%1-%2.png"_s.arg(name, size.text));
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
                return fail(u"cannot write %1: %2"_s.arg(target, out.errorString()));
        }
    }
    return 0;
}
