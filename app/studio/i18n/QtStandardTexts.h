#pragma once

#include <QStringList>

namespace studio::i18n {

// Qt ships no Thai translation of its own strings (there is no
// qtbase_th.qm), so the ones the studio shows (dialog buttons, the file
// dialog, the context menus of text fields, the frame of --help) are carried in the studio's .ts
// files, in Qt's own contexts, where Qt looks them up. This lists them as
// the installed translators word them.
QStringList qtStandardTexts();

} // namespace studio::i18n
