#pragma once

// A minimal Cloud Elements on a RawHttpServer (plain or TLS): good answers for the three
// calls of the flow (request token, authorization URL, POST /instances), and a fault that
// replaces the answer of one call and/or does something to the server. Its authorization
// URLs name FreshBooks; a test sends the callback FreshBooks would send instead of
// loading them.
#include "rawhttpserver.h"

#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ce::test {

class FakeCloud : public RawHttpServer
{
public:
    enum class Call { Token, Url, Create };

    struct Fault
    {
        Call at = Call::Token;
        std::function<Answer(const Request &)> answer;  // empty: the good answer
        // Done to the server when the fault takes effect: at once for the token and create
        // calls, once the token call is answered for the URL call.
        std::function<void()> arm;
    };

    explicit FakeCloud(Transport transport, QObject *parent = nullptr);

    QUrl baseUrl(bool https) const;
    void setFault(const Fault &fault);
    void clearFault();  // and accepts connections again

    QStringList issued;  // tokens and secrets handed out

private:
    static std::optional<Call> callOf(const Request &r);
    Answer answer(const Request &r);
    Answer good(const Request &r, std::optional<Call> call);

    int m_counter = 0;
    std::optional<Fault> m_fault;
};

}  // namespace ce::test
