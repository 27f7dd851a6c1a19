#pragma once

#include <ostream>
#include <string>
#include <vector>

// `wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]`:
// simulates FILE and renders its timelines offscreen. Exit codes: 0 written
// (or --help), 2 invalid input or usage, 3 input/output error. Nothing is
// left at OUT on failure.
int runPlotCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
