#pragma once

#include <cstdint>
#include <string>
#include <vector>

// What the source importer keeps of a driver's code: for every function body,
// the calls and assignments it makes in source order, with each expression
// reduced to the names it is made of. The parser (SourceParser) fills it from
// libclang; the draft builder reads only this, so it never sees libclang.
namespace wdflc::import {

struct SourcePlace {
    std::string file; // relative to the imported directory, '/' separators
    unsigned line = 0;

    std::string text() const { return file + ":" + std::to_string(line); }
    bool operator==(const SourcePlace&) const = default;
};

struct Expr {
    enum class Kind : std::uint8_t {
        Unknown,    // anything the importer does not follow
        Integer,    // a constant (NULL is the integer 0)
        String,     // a string literal (context type names from the macros)
        Variable,   // a local or global variable
        Parameter,  // a parameter of the enclosing function
        Field,      // a structure or class member; operands[0] is the base when written
        This,       // C++ `this`
        Function,   // a function named as a value (a callback)
        Enumerator, // an enumeration constant
        Call,       // a call; operands are the arguments
        AddressOf,  // &operands[0]
    };
    Kind kind = Kind::Unknown;
    std::string name;    // variable, field, function, enumerator or callee name; string value
    std::string key;     // unique across the driver: the declaration's USR
    std::string record;  // Field: the structure or class that declares it
    bool global = false; // Variable: declared outside any function
    int index = -1;      // Parameter: its position
    long long value = 0; // Integer
    std::vector<Expr> operands;
    std::string text; // as written, for messages

    const Expr* operand(std::size_t i) const {
        return i < operands.size() ? &operands[i] : nullptr;
    }
};

struct Event {
    enum class Kind : std::uint8_t { Call, Assign } kind = Kind::Call;
    Expr target; // Assign: the left side
    Expr value;  // Assign: the right side; Call: the call
    SourcePlace place;
};

struct FunctionBody {
    std::string name;
    std::string key; // USR
    std::vector<std::string> parameters;
    SourcePlace place;
    std::vector<Event> events; // in source order
};

struct ParseProblem {
    SourcePlace place;
    std::string message;
};

// Everything read from one driver directory.
struct SourceCorpus {
    std::vector<std::string> files;            // every source file read, relative, sorted
    std::vector<std::string> translationUnits; // the .c/.cpp files parsed (and lone headers)
    std::vector<FunctionBody> functions;       // in file and line order, each once
    std::vector<std::string> missingHeaders;   // includes not in the directory, parsed as empty
    std::vector<std::string> emptiedMacros;    // SAL-style annotations defined empty
    std::vector<std::string> addedRoleTypes;   // unknown EVT_… role typedefs declared as void
    std::vector<ParseProblem> errors;          // the parser's errors, first few per file
    std::vector<std::string> unparsedFiles;    // translation units libclang could not open
};

} // namespace wdflc::import
