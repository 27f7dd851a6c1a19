#pragma once

#include <ostream>
#include <string>
#include <vector>

// `wdflc import-source DIR [-o FILE.wdfscn.json] [--report] [--threads N]`:
// drafts a scenario from a driver's source directory. The scenario goes to
// FILE (or standard output), the coverage report to standard error with
// --report. Exit codes: 0 written, 2 invalid input or usage (a directory that
// cannot be read), 3 output error. Nothing is left at FILE on failure.
int runImportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
