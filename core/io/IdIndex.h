#pragma once

#include "model/Scenario.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace wdflc {

// Finds a declaration by its id while a scenario is read. Open addressing
// over declaration indices: the ids stay in the declarations themselves, so
// a million-object file costs one 4-byte slot per object instead of a
// hash-map node and a copy of every id (the reader's single largest cost).
class IdIndex {
public:
    explicit IdIndex(const std::vector<ObjectDecl>& declarations) : declarations_(declarations) {}

    void reserve(std::size_t count) {
        if (count * 2 > slots_.size())
            rehash(capacityFor(count));
    }

    std::optional<ObjectId> find(std::string_view id) const {
        if (slots_.empty())
            return std::nullopt;
        for (std::size_t slot = first(id);; slot = (slot + 1) & (slots_.size() - 1)) {
            const ObjectId candidate = slots_[slot];
            if (candidate == kNoObject)
                return std::nullopt;
            if (declarations_[candidate].id == id)
                return candidate;
        }
    }

    // `id`'s declaration must already hold its id, which must not be indexed yet.
    void insert(ObjectId id) {
        if ((count_ + 1) * 2 > slots_.size())
            rehash(capacityFor(count_ + 1));
        place(id);
        ++count_;
    }

private:
    static std::size_t capacityFor(std::size_t count) {
        std::size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        return capacity;
    }
    std::size_t first(std::string_view id) const {
        return std::hash<std::string_view>{}(id) & (slots_.size() - 1);
    }
    void place(ObjectId id) {
        std::size_t slot = first(declarations_[id].id);
        while (slots_[slot] != kNoObject)
            slot = (slot + 1) & (slots_.size() - 1);
        slots_[slot] = id;
    }
    void rehash(std::size_t capacity) {
        std::vector<ObjectId> old = std::move(slots_);
        slots_.assign(capacity, kNoObject);
        for (ObjectId id : old)
            if (id != kNoObject)
                place(id);
    }

    const std::vector<ObjectDecl>& declarations_;
    std::vector<ObjectId> slots_; // kNoObject = empty; size is a power of two
    std::size_t count_ = 0;
};

} // namespace wdflc
