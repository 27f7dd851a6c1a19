#pragma once

#include "model/Scenario.h"

#include <memory>
#include <string>

namespace wdflc::bench {

enum class Shape { Balanced, Chain, Flat };

// driver -> root -> the shape's objects (each WDFOBJECT has one context with both
// callbacks), and one step: WdfObjectDelete(root).
inline std::shared_ptr<Scenario> makeTree(Shape shape, std::size_t objects,
                                          std::size_t fanOut = 8) {
    auto s = std::make_shared<Scenario>();
    s->declarations.reserve(objects + 1);
    auto add = [&](ObjectType type, ObjectId parent) {
        ObjectDecl d;
        d.id = "o" + std::to_string(s->declarations.size());
        d.type = type;
        d.parentId = parent;
        if (parent != kNoObject)
            d.parent = s->declarations[parent].id;
        d.declaredInObjects = true;
        if (type != ObjectType::Driver)
            d.contexts.push_back({std::nullopt, true, true, {}, {}, {}});
        s->declarations.push_back(std::move(d));
        const auto id = static_cast<ObjectId>(s->declarations.size() - 1);
        s->objects.push_back(id);
        return id;
    };
    const ObjectId driver = add(ObjectType::Driver, kNoObject);
    const ObjectId root = add(ObjectType::Object, driver);
    for (std::size_t i = 1; i < objects; ++i) {
        const ObjectId id = static_cast<ObjectId>(s->declarations.size());
        ObjectId parent = root;
        if (shape == Shape::Balanced)
            parent = static_cast<ObjectId>(root + (id - root - 1) / fanOut);
        else if (shape == Shape::Chain)
            parent = id - 1;
        add(ObjectType::Object, parent);
    }
    Action del;
    del.op = Op::Delete;
    del.object = s->declarations[root].id;
    del.target = root;
    s->steps.push_back(del);
    return s;
}

} // namespace wdflc::bench
