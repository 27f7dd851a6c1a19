#pragma once

#include <ostream>
#include <string>
#include <vector>

// wdflc upgrade FILE [-o OUT]: the file in format version 2, and which of the
// version 1 corrections (semantics-v2.md section 1) change its trace.
int runUpgradeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
