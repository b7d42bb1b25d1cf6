// Text from users and servers made safe to show in one line, and what stands for a secret
// on screen.
#include "core/displaytext.h"
#include "core/instancerequest.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;

class TstDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void displayText_data();
    void displayText();
    void displayTextLength();
    void maskSecret_data();
    void maskSecret();
    void onePreviewMask();
};

void TstDisplayText::displayText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Acme books"_s << u"Acme books"_s;
    QTest::newRow("markup") << u"<b>x</b>"_s << u"<b>x</b>"_s;
    QTest::newRow("control") << u"a\u0007b\u007F"_s << u"a\u2407b\u2421"_s;
    QTest::newRow("c1 control") << u"a\u0085b"_s << u"a\uFFFDb"_s;
    QTest::newRow("rtl") << u"שלום"_s << u"\u2068שלום\u2069"_s;
    QTest::newRow("override") << u"x\u202Eevil"_s << u"\u2068xevil\u2069"_s;
    QTest::newRow("isolates dropped") << u"a\u2066b\u2069"_s << u"\u2068ab\u2069"_s;
    QTest::newRow("long") << QString(130, u'y') << QString(120, u'y') + QChar(0x2026);
    QTest::newRow("emoji cut") << QString(119, u'y') + u"👍👍"_s << QString(119, u'y') + QChar(0x2026);
    QTest::newRow("empty") << QString() << QString();
}

void TstDisplayText::displayText()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(ce::displayText(input), shown);
}

void TstDisplayText::displayTextLength()
{
    QCOMPARE(ce::displayText(u"abcdef"_s, 3), u"abc\u2026"_s);
    QCOMPARE(ce::displayText(u"abc"_s, 3), u"abc"_s);
}

void TstDisplayText::maskSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("visible");
    QTest::addColumn<QString>("shown");
    QTest::newRow("token") << u"qypr1234567890"_s << 4 << u"qypr********"_s;
    QTest::newRow("short: nothing shown") << u"12345678"_s << 4 << u"********"_s;
    QTest::newRow("none visible") << u"qypr1234567890"_s << 0 << u"********"_s;
    QTest::newRow("empty") << QString() << 4 << QString();
}

void TstDisplayText::maskSecret()
{
    QFETCH(QString, secret);
    QFETCH(int, visible);
    QFETCH(QString, shown);
    QCOMPARE(ce::maskSecret(secret, visible), shown);
}

// One spelling on screen: the request preview masks with the same mask as the pages.
void TstDisplayText::onePreviewMask()
{
    QCOMPARE(SecretMask, "********"_L1);  // as the platform writes secret values
    InstanceRequest r;
    r.elementKey = u"freshbooks"_s;
    r.configuration = {{u"oauth.api.secret"_s, u"consumer-secret-value"_s}};
    const QByteArray preview = r.toInstanceJson(ce::test::freshbooks(), InstanceRequest::Secrets::Masked);
    QVERIFY2(QString::fromUtf8(preview).contains(u"\"oauth.api.secret\": \""_s + SecretMask + u'"'),
             preview.constData());
    QVERIFY(!preview.contains("consumer-secret-value"));
}

QTEST_GUILESS_MAIN(TstDisplayText)
#include "tst_displaytext.moc"
