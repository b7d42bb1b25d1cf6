// Must not compile: the core links no Qt Widgets (tests/layering/CMakeLists.txt).
#include <QWidget>
