#pragma once

#include <QObject>

namespace ce {

// Alt+letter is a mnemonic: it clicks the button or focuses the field whose label has the
// letter underlined. When nothing takes it (the button is disabled, as Next is until the
// page is complete, or no label has that letter), Qt hands the key press on to the
// focused editor, which types the letter: an "n" among the consumer key the user typed,
// unseen. Installed on the application, this filter drops such presses on text editors.
// Typing is untouched: AltGr (no Alt modifier on X11 and Wayland, Ctrl+Alt on Windows),
// and macOS, where Option+letter types characters.
class MnemonicGuard : public QObject
{
    Q_OBJECT
public:
    explicit MnemonicGuard(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace ce
