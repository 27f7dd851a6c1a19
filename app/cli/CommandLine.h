#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace wdflc::cli {

// A small, strict argument parser: options are declared up front, so a
// misspelt option is an error instead of being taken as a file name.
class CommandLine {
public:
    CommandLine(std::set<std::string> flags, std::set<std::string> valued)
        : flags_(std::move(flags)), valued_(std::move(valued)) {}

    // Returns an error message, or nothing when the arguments parse.
    std::optional<std::string> parse(const std::vector<std::string>& args);

    const std::vector<std::string>& positional() const { return positional_; }
    bool has(const std::string& flag) const { return seen_.count(flag) > 0; }
    std::optional<std::string> value(const std::string& option) const;
    // Every command reads one scenario FILE: the error text unless exactly one was given.
    std::optional<std::string> oneFileError() const;
    // The commands that write a file take it as `-o OUT` or `--output OUT`.
    std::optional<std::string> output() const;
    // Parses a non-negative integer option; error text through `error`.
    std::optional<std::uint64_t> number(const std::string& option, std::string& error) const;

private:
    std::set<std::string> flags_;
    std::set<std::string> valued_;
    std::set<std::string> seen_;
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

} // namespace wdflc::cli
