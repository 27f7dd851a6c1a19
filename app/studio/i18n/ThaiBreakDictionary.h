#pragma once

#include <QString>

namespace studio::i18n {

// The project's Thai line-break dictionary: libthai's word list plus the
// loanwords of the translations (data/thai-break), built at build time into
// share/wdf-lifecycle-studio/libthai/thbrk.tri. Qt asks libthai where Thai
// lines may break, and libthai loads its dictionary once, from
// LIBTHAI_DICTDIR when set, at the first Thai line break of the process.
namespace ThaiBreakDictionary {

// The directory holding the dictionary, looked up from the executable's
// directory and its parents (build tree and installation alike); empty when
// there is none.
QString directoryFor(const QString& executablePath);

// Sets LIBTHAI_DICTDIR to the running executable's dictionary, replacing any
// value it had (the project's dictionary holds libthai's words too). Call it
// first in main, before QApplication, so that no text is laid out before.
// Returns false, leaving libthai's own dictionary, when none is found.
bool select();

} // namespace ThaiBreakDictionary
} // namespace studio::i18n
