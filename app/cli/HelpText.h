#pragma once

#include <string>
#include <vector>

namespace wdflc::cli {

// The usage texts of wdflc in the language of --lang, or of the locale
// (LANG, LC_ALL, LC_MESSAGES) when --lang is not given; English when neither
// is Japanese or Thai. The texts are QT_TRANSLATE_NOOP("wdflc", …) literals;
// the translators are installed before they are worded.
std::string helpText(const std::vector<const char*>& texts, const std::vector<std::string>& args);

} // namespace wdflc::cli
