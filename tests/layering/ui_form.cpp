// Must not compile: a page's form (ui_*.h) is private to cep_ui, even to what links it.
#include "ui_apppage.h"
