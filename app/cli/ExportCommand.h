#pragma once

#include <ostream>
#include <string>
#include <vector>

// `wdflc export FILE --format puml|mmd|md|svg|png|pdf|jsonl|text -o OUT
//  [--callbacks-only] [--collapse] [--number] [--title T] [--lang en|ja|th] [--strict]`:
// simulates FILE and writes its sequence diagram (or its trace). `args` are the
// arguments after the word "export". Exit codes: 0 written, 2 invalid input or
// usage, 3 input/output error. Every file is written to a temporary file in
// the same directory and renamed, so a failed export leaves nothing behind.
int runExportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

extern const char* const kExportUsage;
