#include "import/SourceParser.h"

#include <algorithm>
#include <atomic>
#include <clang-c/Index.h>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace wdflc::import {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPreludePath = "/wdflc-import/prelude.h";
constexpr std::size_t kErrorsPerFile = 5;
constexpr std::size_t kTextLimit = 160;

bool hasExtension(const fs::path& path, std::initializer_list<const char*> extensions) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    for (const char* e : extensions)
        if (ext == e)
            return true;
    return false;
}

bool isTranslationUnit(const fs::path& path) {
    return hasExtension(path, {".c", ".cpp", ".cc", ".cxx"});
}

bool isCpp(const fs::path& path) {
    return hasExtension(path, {".cpp", ".cc", ".cxx", ".hpp"});
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string toString(CXString text) {
    const char* chars = clang_getCString(text);
    std::string result = chars ? chars : "";
    clang_disposeString(text);
    return result;
}

struct SourceFile {
    std::string relative;
    std::string absolute;
    std::string text;                  // as read
    std::string prepared;              // includes rewritten to absolute paths or blanked
    std::vector<std::string> includes; // absolute paths of driver files it includes
};

// The driver's files, the rewritten includes and the prelude every unit gets.
class Preparation {
public:
    explicit Preparation(const fs::path& directory)
        : root_(fs::absolute(directory).lexically_normal()) {
        std::error_code error;
        if (!fs::is_directory(root_, error))
            throw std::runtime_error(directory.string() + ": not a directory");
        for (fs::recursive_directory_iterator
                 it(root_, fs::directory_options::skip_permission_denied, error),
             end;
             it != end && !error; it.increment(error)) {
            if (!it->is_regular_file() ||
                !hasExtension(it->path(), {".c", ".cpp", ".cc", ".cxx", ".h", ".hpp", ".hxx"}))
                continue;
            SourceFile file;
            file.absolute = it->path().lexically_normal().string();
            file.relative = it->path().lexically_relative(root_).generic_string();
            std::ifstream in(file.absolute, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            file.text = text.str();
            files_.push_back(std::move(file));
        }
        if (error)
            throw std::runtime_error(directory.string() + ": " + error.message());
        std::sort(files_.begin(), files_.end(),
                  [](const SourceFile& a, const SourceFile& b) { return a.relative < b.relative; });
        for (std::size_t i = 0; i < files_.size(); ++i) {
            byLowerRelative_[lower(files_[i].relative)] = i;
            byLowerName_.emplace(lower(fs::path(files_[i].relative).filename().string()), i);
            byAbsolute_[files_[i].absolute] = i;
        }
        for (auto& file : files_)
            rewriteIncludes(file);
        scanAnnotations();
    }

    const std::vector<SourceFile>& files() const { return files_; }
    const std::string& prelude(bool cpp) const { return cpp ? preludeCpp_ : preludeC_; }
    const std::set<std::string>& missing() const { return missing_; }
    const std::set<std::string>& emptied() const { return emptied_; }
    const std::set<std::string>& roleTypes() const { return roleTypes_; }
    const SourceFile* byAbsolute(const std::string& path) const {
        auto it = byAbsolute_.find(path);
        return it == byAbsolute_.end() ? nullptr : &files_[it->second];
    }
    // The unit's file and every driver header it reaches, for libclang's unsaved files.
    std::vector<const SourceFile*> closure(const SourceFile& unit) const {
        std::vector<const SourceFile*> result{&unit};
        std::set<std::string> seen{unit.absolute};
        for (std::size_t i = 0; i < result.size(); ++i)
            for (const auto& include : result[i]->includes)
                if (seen.insert(include).second)
                    result.push_back(byAbsolute(include));
        return result;
    }

private:
    // Windows resolves includes without regard to case or slash direction;
    // the rewrite finds the driver's own header the same way and blanks the rest.
    std::optional<std::size_t> resolve(const SourceFile& from, std::string name) const {
        std::replace(name.begin(), name.end(), '\\', '/');
        const fs::path dir = fs::path(from.relative).parent_path();
        const std::string local = lower((dir / name).lexically_normal().generic_string());
        if (auto it = byLowerRelative_.find(local); it != byLowerRelative_.end())
            return it->second;
        if (auto it =
                byLowerRelative_.find(lower(fs::path(name).lexically_normal().generic_string()));
            it != byLowerRelative_.end())
            return it->second;
        auto range = byLowerName_.equal_range(lower(fs::path(name).filename().string()));
        if (range.first != range.second && std::next(range.first) == range.second)
            return range.first->second;
        return std::nullopt;
    }

    void rewriteIncludes(SourceFile& file) {
        static const std::regex include(R"(^([ \t]*#[ \t]*include[ \t]*)([<"])([^>"]+)[>"](.*)$)");
        std::istringstream lines(file.text);
        std::string line, out;
        while (std::getline(lines, line)) {
            std::smatch m;
            std::string cleaned = line;
            if (!cleaned.empty() && cleaned.back() == '\r')
                cleaned.pop_back();
            if (std::regex_match(cleaned, m, include)) {
                if (auto target = resolve(file, m[3].str())) {
                    out += "#include \"" + files_[*target].absolute + "\"\n";
                    file.includes.push_back(files_[*target].absolute);
                } else {
                    missing_.insert(m[3].str());
                    out += "\n";
                }
                continue;
            }
            out += line;
            out += '\n';
        }
        file.prepared = std::move(out);
    }

    // SAL annotations and role typedefs are only names to the importer: each
    // one the declaration file lacks is defined empty (or declared) up front.
    void scanAnnotations() {
        static const std::regex sal(
            R"(\b(_[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_|__drv_[A-Za-z0-9_]+|__(?:in|out|inout|deref|field|range|success|checkReturn|bcount|ecount|nullterminated|reserved|callback)(?:_[A-Za-z0-9_]*)?)\b([ \t]*\()?)");
        static const std::regex defined(R"(#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*))");
        static const std::regex tag(
            R"(\b(?:struct|union|enum|class)[ \t]+([A-Za-z_][A-Za-z0-9_]*))");
        static const std::regex role(
            R"((?:^|\n)[ \t]*((?:EVT|DRIVER|IO|KDEFERRED|KSERVICE)_[A-Z0-9_]+)[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*;)");
        static const std::regex knownRole(R"(WDF_IMPORT_EVT\(\w+, (\w+)\))");
        std::set<std::string> taken, knownRoles;
        const std::string& names = frameworkNamesText();
        for (std::sregex_iterator it(names.begin(), names.end(), knownRole), end; it != end; ++it)
            knownRoles.insert((*it)[1].str());
        std::map<std::string, bool> functionLike;
        for (const auto& file : files_) {
            for (std::sregex_iterator it(file.text.begin(), file.text.end(), defined), end;
                 it != end; ++it)
                taken.insert((*it)[1].str());
            for (std::sregex_iterator it(file.text.begin(), file.text.end(), tag), end; it != end;
                 ++it)
                taken.insert((*it)[1].str());
            for (std::sregex_iterator it(file.text.begin(), file.text.end(), sal), end; it != end;
                 ++it)
                functionLike[(*it)[1].str()] |= (*it)[2].matched;
            for (std::sregex_iterator it(file.text.begin(), file.text.end(), role), end; it != end;
                 ++it)
                if (!knownRoles.count((*it)[1].str()))
                    roleTypes_.insert((*it)[1].str());
        }
        std::string defines;
        for (const auto& [name, withArguments] : functionLike) {
            if (taken.count(name))
                continue;
            emptied_.insert(name);
            defines += "#define " + name + (withArguments ? "(...)\n" : "\n");
        }
        for (const auto& name : roleTypes_)
            defines += "WDF_IMPORT_EVT(VOID, " + name + ")\n";
        preludeC_ = names + defines;
        preludeCpp_ = preludeC_;
    }

    fs::path root_;
    std::vector<SourceFile> files_;
    std::map<std::string, std::size_t> byLowerRelative_;
    std::multimap<std::string, std::size_t> byLowerName_;
    std::map<std::string, std::size_t> byAbsolute_;
    std::set<std::string> missing_, emptied_, roleTypes_;
    std::string preludeC_, preludeCpp_;
};

bool isExpression(CXCursor cursor) {
    return clang_isExpression(clang_getCursorKind(cursor)) != 0;
}

std::vector<CXCursor> children(CXCursor cursor) {
    std::vector<CXCursor> result;
    clang_visitChildren(
        cursor,
        [](CXCursor child, CXCursor, CXClientData data) {
            static_cast<std::vector<CXCursor>*>(data)->push_back(child);
            return CXChildVisit_Continue;
        },
        &result);
    return result;
}

// Reads one translation unit into function bodies.
class UnitReader {
public:
    UnitReader(const Preparation& preparation, CXTranslationUnit unit)
        : preparation_(preparation), unit_(unit) {}

    void read(std::vector<FunctionBody>& out) {
        out_ = &out;
        visitDeclarations(clang_getTranslationUnitCursor(unit_));
    }

private:
    const SourceFile* fileOf(CXCursor cursor, unsigned* line = nullptr,
                             unsigned* offset = nullptr) const {
        CXFile file = nullptr;
        clang_getExpansionLocation(clang_getCursorLocation(cursor), &file, line, nullptr, offset);
        if (!file)
            return nullptr;
        return preparation_.byAbsolute(toString(clang_getFileName(file)));
    }

    SourcePlace placeOf(CXCursor cursor) const {
        unsigned line = 0;
        const SourceFile* file = fileOf(cursor, &line);
        return {file ? file->relative : std::string(), line};
    }

    std::string textOf(CXCursor cursor) const {
        CXSourceRange range = clang_getCursorExtent(cursor);
        CXFile startFile = nullptr, endFile = nullptr;
        unsigned start = 0, end = 0;
        clang_getExpansionLocation(clang_getRangeStart(range), &startFile, nullptr, nullptr,
                                   &start);
        clang_getExpansionLocation(clang_getRangeEnd(range), &endFile, nullptr, nullptr, &end);
        if (!startFile || !clang_File_isEqual(startFile, endFile))
            return toString(clang_getCursorSpelling(cursor));
        const SourceFile* file = preparation_.byAbsolute(toString(clang_getFileName(startFile)));
        if (!file || end <= start || end > file->prepared.size())
            return toString(clang_getCursorSpelling(cursor));
        std::string text = file->prepared.substr(start, end - start);
        std::replace(text.begin(), text.end(), '\n', ' ');
        if (text.size() > kTextLimit)
            text = text.substr(0, kTextLimit) + "…";
        return text;
    }

    void visitDeclarations(CXCursor parent) {
        clang_visitChildren(
            parent,
            [](CXCursor cursor, CXCursor, CXClientData data) {
                auto* self = static_cast<UnitReader*>(data);
                switch (clang_getCursorKind(cursor)) {
                case CXCursor_Namespace:
                case CXCursor_LinkageSpec:
                case CXCursor_UnexposedDecl: // extern "C" in libclang 14
                case CXCursor_ClassDecl:
                case CXCursor_StructDecl:
                case CXCursor_ClassTemplate:
                    self->visitDeclarations(cursor);
                    break;
                case CXCursor_FunctionDecl:
                case CXCursor_CXXMethod:
                case CXCursor_Constructor:
                case CXCursor_Destructor:
                case CXCursor_FunctionTemplate:
                    if (clang_isCursorDefinition(cursor) && self->fileOf(cursor))
                        self->readFunction(cursor);
                    break;
                default:
                    break;
                }
                return CXChildVisit_Continue;
            },
            this);
    }

    void readFunction(CXCursor function) {
        FunctionBody body;
        body.name = toString(clang_getCursorSpelling(function));
        body.key = toString(clang_getCursorUSR(function));
        body.place = placeOf(function);
        const int count = clang_Cursor_getNumArguments(function);
        parameters_.clear();
        for (int i = 0; i < count; ++i) {
            CXCursor parameter = clang_Cursor_getArgument(function, static_cast<unsigned>(i));
            parameters_.push_back(parameter);
            body.parameters.push_back(toString(clang_getCursorSpelling(parameter)));
        }
        for (CXCursor child : children(function))
            if (clang_getCursorKind(child) == CXCursor_CompoundStmt)
                readStatements(child, body);
        out_->push_back(std::move(body));
    }

    void readStatements(CXCursor parent, FunctionBody& body) {
        struct Walk {
            UnitReader* self;
            FunctionBody* body;
        } walk{this, &body};
        clang_visitChildren(
            parent,
            [](CXCursor cursor, CXCursor, CXClientData data) {
                auto* w = static_cast<Walk*>(data);
                return w->self->readStatement(cursor, *w->body);
            },
            &walk);
    }

    CXChildVisitResult readStatement(CXCursor cursor, FunctionBody& body) {
        switch (clang_getCursorKind(cursor)) {
        case CXCursor_LambdaExpr:
            return CXChildVisit_Continue;
        case CXCursor_CallExpr: {
            const std::string name = toString(clang_getCursorSpelling(cursor));
            const int arguments = clang_Cursor_getNumArguments(cursor);
            if (name == "operator=" && arguments == 2) {
                body.events.push_back(
                    {Event::Kind::Assign, simplify(clang_Cursor_getArgument(cursor, 0)),
                     simplify(clang_Cursor_getArgument(cursor, 1)), placeOf(cursor)});
                break;
            }
            const CXCursorKind callee = clang_getCursorKind(clang_getCursorReferenced(cursor));
            if (callee == CXCursor_FunctionDecl || callee == CXCursor_CXXMethod ||
                callee == CXCursor_FunctionTemplate)
                body.events.push_back({Event::Kind::Call, {}, simplify(cursor), placeOf(cursor)});
            break;
        }
        case CXCursor_BinaryOperator: {
            auto parts = children(cursor);
            if (parts.size() == 2 && operatorOf(cursor, parts[0]) == "=")
                body.events.push_back(
                    {Event::Kind::Assign, simplify(parts[0]), simplify(parts[1]), placeOf(cursor)});
            break;
        }
        case CXCursor_VarDecl: {
            CXCursor init = clang_getNullCursor();
            for (CXCursor child : children(cursor))
                if (isExpression(child))
                    init = child;
            if (!clang_Cursor_isNull(init)) {
                Expr target;
                target.kind = Expr::Kind::Variable;
                target.name = toString(clang_getCursorSpelling(cursor));
                target.key = toString(clang_getCursorUSR(cursor));
                target.text = target.name;
                body.events.push_back(
                    {Event::Kind::Assign, target, simplify(init), placeOf(cursor)});
            }
            break;
        }
        default:
            break;
        }
        return CXChildVisit_Recurse;
    }

    // The spelling of a binary operator: the first token after its left side.
    std::string operatorOf(CXCursor binary, CXCursor left) const {
        CXToken* tokens = nullptr;
        unsigned count = 0;
        clang_tokenize(unit_, clang_getCursorExtent(binary), &tokens, &count);
        unsigned leftEnd = 0;
        clang_getSpellingLocation(clang_getRangeEnd(clang_getCursorExtent(left)), nullptr, nullptr,
                                  nullptr, &leftEnd);
        std::string result;
        for (unsigned i = 0; i < count; ++i) {
            unsigned offset = 0;
            clang_getSpellingLocation(clang_getTokenLocation(unit_, tokens[i]), nullptr, nullptr,
                                      nullptr, &offset);
            if (offset >= leftEnd && clang_getTokenKind(tokens[i]) == CXToken_Punctuation) {
                result = toString(clang_getTokenSpelling(unit_, tokens[i]));
                break;
            }
        }
        clang_disposeTokens(unit_, tokens, count);
        return result;
    }

    std::string firstToken(CXCursor cursor) const {
        CXToken* tokens = nullptr;
        unsigned count = 0;
        clang_tokenize(unit_, clang_getCursorExtent(cursor), &tokens, &count);
        std::string result = count ? toString(clang_getTokenSpelling(unit_, tokens[0])) : "";
        clang_disposeTokens(unit_, tokens, count);
        return result;
    }

    Expr simplify(CXCursor cursor) const {
        Expr expr;
        expr.text = textOf(cursor);
        switch (clang_getCursorKind(cursor)) {
        case CXCursor_UnexposedExpr:
        case CXCursor_ParenExpr:
        case CXCursor_CStyleCastExpr:
        case CXCursor_CXXStaticCastExpr:
        case CXCursor_CXXReinterpretCastExpr:
        case CXCursor_CXXConstCastExpr:
        case CXCursor_CXXFunctionalCastExpr: {
            CXCursor inner = clang_getNullCursor();
            for (CXCursor child : children(cursor))
                if (isExpression(child))
                    inner = child;
            if (clang_Cursor_isNull(inner))
                return expr;
            Expr result = simplify(inner);
            result.text = expr.text;
            return result;
        }
        case CXCursor_IntegerLiteral: {
            expr.kind = Expr::Kind::Integer;
            CXEvalResult eval = clang_Cursor_Evaluate(cursor);
            if (eval) {
                expr.value = clang_EvalResult_getAsLongLong(eval);
                clang_EvalResult_dispose(eval);
            }
            return expr;
        }
        case CXCursor_CXXNullPtrLiteralExpr:
        case CXCursor_GNUNullExpr:
        case CXCursor_CXXBoolLiteralExpr:
            expr.kind = Expr::Kind::Integer;
            expr.value =
                clang_getCursorKind(cursor) == CXCursor_CXXBoolLiteralExpr && expr.text == "true";
            return expr;
        case CXCursor_StringLiteral: {
            expr.kind = Expr::Kind::String;
            std::string spelled = toString(clang_getCursorSpelling(cursor));
            if (spelled.size() >= 2 && spelled.front() == '"' && spelled.back() == '"')
                spelled = spelled.substr(1, spelled.size() - 2);
            expr.name = spelled;
            return expr;
        }
        case CXCursor_CXXThisExpr:
            expr.kind = Expr::Kind::This;
            return expr;
        case CXCursor_DeclRefExpr: {
            CXCursor target = clang_getCursorReferenced(cursor);
            expr.name = toString(clang_getCursorSpelling(target));
            expr.key = toString(clang_getCursorUSR(target));
            switch (clang_getCursorKind(target)) {
            case CXCursor_ParmDecl:
                for (std::size_t i = 0; i < parameters_.size(); ++i)
                    if (clang_equalCursors(parameters_[i], target))
                        expr.index = static_cast<int>(i);
                expr.kind = expr.index >= 0 ? Expr::Kind::Parameter : Expr::Kind::Variable;
                break;
            case CXCursor_VarDecl: {
                expr.kind = Expr::Kind::Variable;
                const CXCursorKind scope =
                    clang_getCursorKind(clang_getCursorSemanticParent(target));
                expr.global = scope != CXCursor_FunctionDecl && scope != CXCursor_CXXMethod &&
                              scope != CXCursor_Constructor && scope != CXCursor_Destructor;
                break;
            }
            case CXCursor_FunctionDecl:
            case CXCursor_CXXMethod:
                expr.kind = Expr::Kind::Function;
                break;
            case CXCursor_EnumConstantDecl:
                expr.kind = Expr::Kind::Enumerator;
                expr.value = clang_getEnumConstantDeclValue(target);
                break;
            default:
                break;
            }
            return expr;
        }
        case CXCursor_MemberRefExpr: {
            CXCursor target = clang_getCursorReferenced(cursor);
            const CXCursorKind kind = clang_getCursorKind(target);
            expr.name = toString(clang_getCursorSpelling(cursor));
            if (kind == CXCursor_CXXMethod) {
                expr.kind = Expr::Kind::Function;
                expr.key = toString(clang_getCursorUSR(target));
                return expr;
            }
            expr.kind = Expr::Kind::Field;
            expr.key = toString(clang_getCursorUSR(target));
            if (expr.key.empty())
                expr.key = "field:" + expr.name;
            expr.record = toString(clang_getCursorSpelling(clang_getCursorSemanticParent(target)));
            for (CXCursor child : children(cursor))
                if (isExpression(child)) {
                    expr.operands.push_back(simplify(child));
                    break;
                }
            return expr;
        }
        case CXCursor_ArraySubscriptExpr: {
            auto parts = children(cursor);
            if (parts.empty())
                return expr;
            Expr result = simplify(parts[0]);
            result.text = expr.text;
            return result;
        }
        case CXCursor_UnaryOperator: {
            auto parts = children(cursor);
            const std::string op = firstToken(cursor);
            if (parts.size() == 1 && (op == "&" || op == "*")) {
                Expr inner = simplify(parts[0]);
                if (op == "*")
                    return inner;
                expr.kind = Expr::Kind::AddressOf;
                expr.operands.push_back(std::move(inner));
            }
            return expr;
        }
        case CXCursor_CallExpr: {
            expr.name = toString(clang_getCursorSpelling(cursor));
            CXCursor callee = clang_getCursorReferenced(cursor);
            const int count = clang_Cursor_getNumArguments(cursor);
            if (clang_getCursorKind(callee) == CXCursor_Constructor && count == 1) {
                Expr result = simplify(clang_Cursor_getArgument(cursor, 0));
                result.text = expr.text;
                return result;
            }
            expr.kind = Expr::Kind::Call;
            expr.key = toString(clang_getCursorUSR(callee));
            for (int i = 0; i < count; ++i)
                expr.operands.push_back(
                    simplify(clang_Cursor_getArgument(cursor, static_cast<unsigned>(i))));
            return expr;
        }
        default:
            return expr;
        }
    }

    const Preparation& preparation_;
    CXTranslationUnit unit_;
    std::vector<FunctionBody>* out_ = nullptr;
    std::vector<CXCursor> parameters_;
};

struct UnitResult {
    std::vector<FunctionBody> functions;
    std::vector<ParseProblem> errors;
    bool opened = false;
};

UnitResult parseUnit(CXIndex index, const Preparation& preparation, const SourceFile& unit) {
    UnitResult result;
    const bool cpp = isCpp(unit.relative);
    std::vector<const char*> args{"-x",
                                  cpp ? "c++" : "c",
                                  "--target=x86_64-pc-windows-msvc",
                                  "-fms-extensions",
                                  "-fms-compatibility",
                                  "-nostdinc",
                                  "-ferror-limit=0",
                                  "-w",
                                  "-include",
                                  kPreludePath};
    if (cpp)
        args.push_back("-std=c++17");
    const std::string& prelude = preparation.prelude(cpp);
    std::vector<CXUnsavedFile> unsaved{
        {kPreludePath, prelude.c_str(), static_cast<unsigned long>(prelude.size())}};
    for (const SourceFile* file : preparation.closure(unit))
        if (file)
            unsaved.push_back({file->absolute.c_str(), file->prepared.c_str(),
                               static_cast<unsigned long>(file->prepared.size())});
    CXTranslationUnit tu = nullptr;
    const auto code = clang_parseTranslationUnit2(
        index, unit.absolute.c_str(), args.data(), static_cast<int>(args.size()), unsaved.data(),
        static_cast<unsigned>(unsaved.size()), CXTranslationUnit_KeepGoing, &tu);
    if (code != CXError_Success || !tu)
        return result;
    result.opened = true;
    std::map<std::string, std::size_t> perFile;
    const unsigned count = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < count; ++i) {
        CXDiagnostic diagnostic = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error) {
            CXFile file = nullptr;
            unsigned line = 0;
            clang_getExpansionLocation(clang_getDiagnosticLocation(diagnostic), &file, &line,
                                       nullptr, nullptr);
            const SourceFile* source =
                file ? preparation.byAbsolute(toString(clang_getFileName(file))) : nullptr;
            if (source && perFile[source->relative]++ < kErrorsPerFile)
                result.errors.push_back(
                    {{source->relative, line}, toString(clang_getDiagnosticSpelling(diagnostic))});
        }
        clang_disposeDiagnostic(diagnostic);
    }
    UnitReader(preparation, tu).read(result.functions);
    clang_disposeTranslationUnit(tu);
    return result;
}

} // namespace

SourceCorpus parseDriverSources(const std::filesystem::path& directory,
                                const ParseOptions& options) {
    const Preparation preparation(directory);
    SourceCorpus corpus;
    std::vector<const SourceFile*> units;
    std::set<std::string> reached;
    for (const auto& file : preparation.files()) {
        corpus.files.push_back(file.relative);
        if (isTranslationUnit(file.relative)) {
            units.push_back(&file);
            for (const SourceFile* header : preparation.closure(file))
                if (header)
                    reached.insert(header->absolute);
        }
    }
    // A header no source file includes is parsed on its own (it may hold inline helpers).
    for (const auto& file : preparation.files())
        if (!isTranslationUnit(file.relative) && !reached.count(file.absolute))
            units.push_back(&file);
    std::sort(units.begin(), units.end(),
              [](const SourceFile* a, const SourceFile* b) { return a->relative < b->relative; });
    for (const SourceFile* unit : units)
        corpus.translationUnits.push_back(unit->relative);

    std::vector<UnitResult> results(units.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        CXIndex index = clang_createIndex(0, 0);
        for (std::size_t i = next++; i < units.size(); i = next++)
            results[i] = parseUnit(index, preparation, *units[i]);
        clang_disposeIndex(index);
    };
    std::vector<std::thread> threads;
    const unsigned count =
        std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(units.size())));
    for (unsigned t = 1; t < count; ++t)
        threads.emplace_back(work);
    work();
    for (auto& thread : threads)
        thread.join();

    // Headers reached from several units give the same bodies: keep each once.
    std::set<std::pair<std::string, unsigned>> seenBodies;
    std::set<std::pair<std::string, unsigned>> seenErrors;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!results[i].opened)
            corpus.unparsedFiles.push_back(units[i]->relative);
        for (auto& function : results[i].functions)
            if (seenBodies.insert({function.place.file + "#" + function.name, function.place.line})
                    .second)
                corpus.functions.push_back(std::move(function));
        for (auto& error : results[i].errors)
            if (seenErrors.insert({error.place.file + "#" + error.message, error.place.line})
                    .second)
                corpus.errors.push_back(std::move(error));
    }
    std::stable_sort(corpus.functions.begin(), corpus.functions.end(),
                     [](const FunctionBody& a, const FunctionBody& b) {
                         return std::tie(a.place.file, a.place.line) <
                                std::tie(b.place.file, b.place.line);
                     });
    corpus.missingHeaders.assign(preparation.missing().begin(), preparation.missing().end());
    corpus.emptiedMacros.assign(preparation.emptied().begin(), preparation.emptied().end());
    corpus.addedRoleTypes.assign(preparation.roleTypes().begin(), preparation.roleTypes().end());
    return corpus;
}

} // namespace wdflc::import
