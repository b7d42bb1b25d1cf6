// The floor of the command line (bench_processes): a bare Qt Core + Network program built
// like ce-provisioner. It makes a QNetworkAccessManager, and then
//   floor_corenetwork --version              prints a version line;
//   floor_corenetwork --post URL FILE        POSTs FILE (JSON) to URL with the sandbox's
//                                            Authorization header, prints the answer,
//                                            as `ce-provisioner create` does with one request.
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--post")) {
        QFile file(arguments.at(3));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QNetworkRequest request(QUrl(arguments.at(2)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", qgetenv("FLOOR_AUTHORIZATION"));
        QNetworkReply *reply = manager.post(request, file.readAll());
        QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
            QTextStream(stdout) << reply->readAll() << Qt::endl;
            QCoreApplication::exit(reply->error() == QNetworkReply::NoError ? 0 : 1);
        });
        return QCoreApplication::exec();
    }
    QTextStream(stdout) << "floor_corenetwork 0.1.0" << Qt::endl;
    return 0;
}
