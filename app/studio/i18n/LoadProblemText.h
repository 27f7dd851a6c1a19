#pragma once

#include "io/LoadResult.h"

#include <QString>

namespace studio::i18n {

// A problem of loading a scenario, worded in the interface language. The
// engine words its problems in English (wdflc prints them as they are); the
// studio keeps their place (FILE:LINE:COL, or FILE: objects[3].parent) and
// translates the frame and the messages it knows. In English the line is
// exactly the engine's LoadProblem::format().
namespace LoadProblemText {

QString line(const wdflc::LoadProblem& problem, const QString& file);
// The message alone; a message it does not know comes back in English.
QString message(const std::string& message);

} // namespace LoadProblemText
} // namespace studio::i18n
