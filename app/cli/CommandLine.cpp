#include "CommandLine.h"

#include <charconv>

namespace wdflc::cli {

std::optional<std::string> CommandLine::parse(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-" || arg.rfind("-", 0) != 0) {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        if (flags_.count(name)) {
            if (inlineValue)
                return "option " + name + " takes no value";
            seen_.insert(name);
        } else if (valued_.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    return "option " + name + " needs a value";
                inlineValue = args[++i];
            }
            seen_.insert(name);
            values_[name] = *inlineValue;
        } else {
            return "unknown option " + name;
        }
    }
    return std::nullopt;
}

std::optional<std::string> CommandLine::value(const std::string& option) const {
    auto it = values_.find(option);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::string> CommandLine::oneFileError() const {
    if (positional_.size() == 1)
        return std::nullopt;
    return positional_.empty() ? "no scenario file given" : "more than one file given";
}

std::optional<std::string> CommandLine::output() const {
    if (auto shortForm = value("-o"))
        return shortForm;
    return value("--output");
}

std::optional<std::uint64_t> CommandLine::number(const std::string& option,
                                                 std::string& error) const {
    auto text = value(option);
    if (!text)
        return std::nullopt;
    std::uint64_t result = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (ec != std::errc() || end != text->data() + text->size()) {
        error =
            option + " needs a whole number from 0 to 18446744073709551615, not '" + *text + "'";
        return std::nullopt;
    }
    return result;
}

} // namespace wdflc::cli
