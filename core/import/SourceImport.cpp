#include "import/SourceImport.h"

#include "import/DraftBuilder.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <sstream>

namespace wdflc::import {

ImportResult importDriverSource(const std::filesystem::path& directory,
                                const ParseOptions& options) {
    ImportResult result;
    result.draft = buildDraft(parseDriverSources(directory, options));
    std::string name = std::filesystem::absolute(directory).lexically_normal().filename().string();
    if (name.empty())
        name = std::filesystem::absolute(directory)
                   .lexically_normal()
                   .parent_path()
                   .filename()
                   .string();
    result.v1 = toScenarioV1(result.draft, "Imported from " + name);
    result.json = writeScenario(result.v1.scenario);
    LoadResult loaded = readScenario(result.json);
    result.problems = std::move(loaded.problems);
    return result;
}

std::string_view parentSourceName(ParentSource source) {
    switch (source) {
    case ParentSource::Attributes:
        return "ParentObject";
    case ParentSource::ApiArgument:
        return "created on it";
    case ParentSource::TypeDefault:
        return "default";
    case ParentSource::Unresolved:
        return "unresolved";
    }
    return "";
}

std::string coverageLine(const Draft& draft) {
    const std::size_t unresolved = draft.unresolved.size();
    return std::to_string(draft.creationSites - unresolved) + " of " +
           std::to_string(draft.creationSites) + " creation sites placed; " +
           std::to_string(unresolved) + " unresolved";
}

std::string reportText(const ImportResult& result) {
    const Draft& d = result.draft;
    std::ostringstream out;
    out << "Sources: " << d.corpus.files.size() << " files, " << d.corpus.translationUnits.size()
        << " parsed as translation units, " << d.corpus.functions.size() << " function bodies\n";
    out << coverageLine(d) << (d.unresolved.empty() ? "\n" : ":\n");
    for (const auto& u : d.unresolved)
        out << "  " << u.place.text() << "  " << u.api << "  parent "
            << (u.expression.empty() ? "(none)" : "`" + u.expression + "`") << ": " << u.why
            << '\n';

    out << "\nObjects (" << d.objects.size() << "):\n";
    for (const auto& o : d.objects) {
        out << "  " << o.id << "  " << o.typeName;
        if (o.parent >= 0)
            out << "  parent " << d.objects[o.parent].id << " (" << parentSourceName(o.parentSource)
                << ")";
        else if (o.type != ObjectType::Driver)
            out << "  parent " << parentSourceName(o.parentSource);
        if (o.role != Role::None)
            out << "  role " << roleName(o.role);
        if (o.pool)
            out << "  " << poolTypeName(*o.pool);
        if (!o.executionLevel.empty())
            out << "  ExecutionLevel " << o.executionLevel;
        if (!o.synchronizationScope.empty())
            out << "  SynchronizationScope " << o.synchronizationScope;
        if (!o.place.file.empty())
            out << "  source " << o.place.text();
        if (o.via)
            out << " via " << o.via->text();
        out << '\n';
        for (const auto& context : o.contexts)
            if (context.name)
                out << "      context " << *context.name << '\n';
        for (const auto& note : o.notes)
            out << "      note: " << note << '\n';
    }
    std::size_t lacking = 0;
    for (const auto& o : d.objects)
        lacking += o.type ? 0 : 1;
    if (lacking) {
        out << "\nTypes format version 1 lacks (" << lacking
            << ", kept here as notes, not in the file):\n";
        for (const auto& o : d.objects)
            if (!o.type)
                out << "  " << o.place.text() << "  " << o.api << " -> " << o.typeName << " "
                    << o.id << '\n';
    }

    out << "\nCallbacks found (" << d.callbacks.size()
        << "; lifetime calls from source, conditions ignored):\n";
    for (const auto& c : d.callbacks) {
        out << "  " << c.kind << " " << c.function << " on "
            << (c.object >= 0 ? d.objects[c.object].id : std::string("(unresolved)"))
            << "  registered " << c.registeredAt.text();
        out << (c.definedAt ? "  body " + c.definedAt->text()
                            : std::string("  body not in the sources"))
            << '\n';
        for (const auto& a : c.calls)
            out << "      " << a.place.text() << "  " << a.api << "(" << a.expression << ") -> "
                << (a.object < 0 ? "unresolved: " + a.unresolvedWhy
                                 : (a.self ? std::string("self") : d.objects[a.object].id))
                << '\n';
        if (!c.otherCalls.empty()) {
            out << "      calls ignored:";
            for (const auto& call : c.otherCalls)
                out << ' ' << call;
            out << '\n';
        }
    }
    if (!result.v1.leftOut.empty()) {
        out << "\nLeft out of the format version 1 file (" << result.v1.leftOut.size() << "):\n";
        for (const auto& line : result.v1.leftOut)
            out << "  " << line << '\n';
    }
    if (!d.notes.empty()) {
        out << "\nNotes:\n";
        for (const auto& note : d.notes)
            out << "  " << note << '\n';
    }
    auto list = [&](const char* title, const std::vector<std::string>& items) {
        if (items.empty())
            return;
        out << title << " (" << items.size() << "):";
        for (const auto& item : items)
            out << ' ' << item;
        out << '\n';
    };
    out << "\nSkipped so that the driver parses without the WDK:\n";
    list("  headers not in the directory, read as empty", d.corpus.missingHeaders);
    list("  annotations defined empty", d.corpus.emptiedMacros);
    list("  role typedefs declared", d.corpus.addedRoleTypes);
    list("  files libclang could not open", d.corpus.unparsedFiles);
    if (!d.corpus.errors.empty()) {
        out << "  parse errors, recovered (" << d.corpus.errors.size() << "):\n";
        for (const auto& e : d.corpus.errors)
            out << "    " << e.place.text() << ": " << e.message << '\n';
    }
    for (const auto& p : result.problems)
        out << "scenario check: " << p.format("draft") << '\n';
    return out.str();
}

} // namespace wdflc::import
