#include "import/ScenarioDraftV1.h"

#include <functional>

namespace wdflc::import {
namespace {

bool isDeviceOrBelow(const Draft& draft, int object) {
    for (int o = object, guard = 0; o >= 0 && guard < 64; o = draft.objects[o].parent, ++guard)
        if (draft.objects[o].type == ObjectType::Device)
            return true;
    return false;
}

// Why format version 1 refuses `parent` for `child`, or empty when it accepts it.
std::string parentRefusal(const Draft& draft, const DraftObject& child, int parent) {
    const DraftObject& p = draft.objects[parent];
    const auto rule = typeInfo(*child.type).parentRule;
    const bool ok = rule == ParentRule::Any ||
                    (rule == ParentRule::OnlyDriver && p.type == ObjectType::Driver) ||
                    (rule == ParentRule::OnlyDevice && p.type == ObjectType::Device) ||
                    (rule == ParentRule::DeviceOrQueue &&
                     (p.type == ObjectType::Device || p.type == ObjectType::Queue)) ||
                    (rule == ParentRule::DeviceAncestor && isDeviceOrBelow(draft, parent));
    return ok ? std::string()
              : p.typeName + " " + p.id + " is not a parent format version 1 accepts for " +
                    child.typeName;
}

class Writer {
public:
    Writer(const Draft& draft, ScenarioV1& out)
        : draft_(draft), out_(out), written_(draft.objects.size(), false) {}

    void write(const std::string& title) {
        Scenario& s = out_.scenario;
        if (!title.empty())
            s.title.byLanguage["en"] = title;
        for (const auto& object : draft_.objects)
            if (object.type == ObjectType::Device)
                ++devices_;
        decided_.assign(draft_.objects.size(), 0);
        declaration_.assign(draft_.objects.size(), 0);
        for (std::size_t o = 0; o < draft_.objects.size(); ++o)
            emit(static_cast<int>(o));
        // Callback bodies may name any object, so they are written once every object is placed.
        for (std::size_t o = 0; o < draft_.objects.size(); ++o)
            if (written_[o])
                for (const auto& context : draft_.objects[o].contexts)
                    s.declarations[declaration_[o]].contexts.push_back(
                        contextOf(context, static_cast<int>(o)));
        for (std::size_t o = 0; o < draft_.objects.size(); ++o) {
            const DraftObject& d = draft_.objects[o];
            if (written_[o] && d.type == ObjectType::Device && d.role != Role::ControlDevice)
                s.steps.push_back(step(Op::FrameworkDelete, d.id, d.place));
        }
        for (const auto& call : draft_.unloadCalls)
            if (auto action = actionOf(call, -1, "EvtDriverUnload"))
                s.steps.push_back(*action);
        if (written_[0])
            s.steps.push_back(
                step(Op::FrameworkDelete, draft_.objects[0].id, draft_.objects[0].place));
    }

private:
    static Action step(Op op, const std::string& object, const SourcePlace& place) {
        Action a;
        a.op = op;
        a.object = object;
        a.source = place.file.empty() ? std::string() : place.text();
        return a;
    }

    void leaveOut(const DraftObject& d, const std::string& why) {
        out_.leftOut.push_back((d.place.file.empty() ? std::string() : d.place.text() + " ") +
                               d.id + ": " + why);
    }

    // Decides where the object goes, writing its parent first. 1 written, 2 left out.
    int emit(int o) {
        if (decided_[o])
            return decided_[o];
        decided_[o] = 2;
        const DraftObject& d = draft_.objects[o];
        if (!d.type) {
            leaveOut(d, d.typeName + " is a type format version 1 lacks (kept in the report)");
            return 2;
        }
        if (d.type == ObjectType::Driver && o != 0) {
            leaveOut(d, "format version 1 holds one driver");
            return 2;
        }
        std::optional<std::string> parent;
        const bool parentOptional = d.type == ObjectType::Request;
        if (d.parentSource == ParentSource::Unresolved && !parentOptional) {
            const auto rule = typeInfo(*d.type).defaultParent;
            const bool defaultWorks =
                rule == DefaultParent::Driver ||
                ((rule == DefaultParent::OnlyDevice || rule == DefaultParent::OnlyDeviceIoQueue) &&
                 devices_ == 1);
            if (!defaultWorks) {
                leaveOut(d, "its parent is unresolved (" + d.parentWhy + ")");
                return 2;
            }
        } else if (d.parent >= 0 && !parentOptional) {
            const DraftObject& p = draft_.objects[d.parent];
            if (emit(d.parent) != 1) {
                leaveOut(d, "its parent " + p.id + " is not in the file");
                return 2;
            }
            if (std::string refusal = parentRefusal(draft_, d, d.parent); !refusal.empty()) {
                leaveOut(d, refusal);
                return 2;
            }
            const bool byDefault =
                (d.type != ObjectType::Queue || d.parentSource == ParentSource::ApiArgument) &&
                defaultParentIs(d, d.parent);
            if (!byDefault)
                parent = p.id;
        } else if (d.parent < 0 && d.type != ObjectType::Driver && !parentOptional) {
            const auto rule = typeInfo(*d.type).defaultParent;
            if (rule == DefaultParent::Required ||
                ((rule == DefaultParent::OnlyDevice || rule == DefaultParent::OnlyDeviceIoQueue) &&
                 devices_ != 1)) {
                leaveOut(d, "no parent in the code, and format version 1 cannot place " +
                                d.typeName + " without one");
                return 2;
            }
        }
        ObjectDecl decl;
        decl.id = d.id;
        decl.type = *d.type;
        decl.parent = parent;
        if (d.pool && (d.type == ObjectType::Memory || d.type == ObjectType::Lookaside))
            decl.poolType = d.pool;
        if (d.type == ObjectType::Request)
            decl.createdBy = Creator::Driver;
        if ((d.role == Role::ControlDevice && d.type == ObjectType::Device) ||
            ((d.role == Role::DefaultQueue || d.role == Role::DispatchQueue) &&
             d.type == ObjectType::Queue))
            decl.role = d.role;
        decl.source = d.place.file.empty() ? std::string() : d.place.text();
        const ObjectId id = static_cast<ObjectId>(out_.scenario.declarations.size());
        out_.scenario.declarations.push_back(decl);
        written_[o] = true;
        decided_[o] = 1;
        declaration_[o] = id;
        out_.scenario.declarations[id].declaredInObjects = true;
        out_.scenario.objects.push_back(id);
        return 1;
    }

    // True when leaving `parent` out gives the same parent under v1's default rule.
    bool defaultParentIs(const DraftObject& d, int parent) const {
        switch (typeInfo(*d.type).defaultParent) {
        case DefaultParent::Driver:
            return parent == 0;
        case DefaultParent::OnlyDevice:
        case DefaultParent::OnlyDeviceIoQueue:
            return devices_ == 1 && draft_.objects[parent].type == ObjectType::Device;
        default:
            return false;
        }
    }

    ContextDecl contextOf(const DraftContext& context, int owner) {
        ContextDecl c;
        c.name = context.name;
        auto body = [&](int callback, std::vector<Action>& actions) {
            if (callback < 0)
                return false;
            const DraftCallback& cb = draft_.callbacks[callback];
            for (const auto& call : cb.calls)
                if (auto action = actionOf(call, owner, cb.function))
                    actions.push_back(*action);
            return true;
        };
        c.cleanup = body(context.cleanupCallback, c.onCleanup);
        c.destroy = body(context.destroyCallback, c.onDestroy);
        return c;
    }

    // An action v1 can hold; the rest is named in leftOut.
    std::optional<Action> actionOf(const DraftAction& call, int owner, const std::string& where) {
        const std::string place = call.place.text();
        if (call.object < 0) {
            out_.leftOut.push_back(place + " " + call.api + "(" + call.expression + ") in " +
                                   where + ": " + call.unresolvedWhy);
            return std::nullopt;
        }
        const bool self = owner >= 0 && call.object == owner;
        if (!self && !written_[call.object]) {
            out_.leftOut.push_back(place + " " + call.api + "(" + call.expression + ") in " +
                                   where + ": " + draft_.objects[call.object].id +
                                   " is not in the file");
            return std::nullopt;
        }
        Action a;
        a.object = self ? "self" : draft_.objects[call.object].id;
        a.source = place;
        if (call.op == "delete")
            a.op = Op::Delete;
        else if (call.op == "reference" || call.op == "dereference") {
            a.op = call.op == "reference" ? Op::Reference : Op::Dereference;
            if (!call.tag.empty())
                a.tag = call.tag;
        } else if (call.op == "completeRequest") {
            if (draft_.objects[call.object].type != ObjectType::Request) {
                out_.leftOut.push_back(place + " " + call.api + " in " + where + ": not a request");
                return std::nullopt;
            }
            a.op = Op::CompleteRequest;
        } else {
            a.op = Op::Call;
            a.method = call.method;
        }
        return a;
    }

    const Draft& draft_;
    ScenarioV1& out_;
    std::vector<bool> written_;
    std::vector<int> decided_;
    std::vector<ObjectId> declaration_;
    int devices_ = 0;
};

} // namespace

ScenarioV1 toScenarioV1(const Draft& draft, const std::string& title) {
    ScenarioV1 out;
    Writer(draft, out).write(title);
    return out;
}

} // namespace wdflc::import
