#include "engine/Task.h"

#include <array>
#include <utility>

namespace wdflc::detail {

thread_local ThreadStack* ThreadStack::current_ = nullptr;

namespace {

constexpr std::size_t kGranule = 64;
constexpr std::size_t kClasses = 16; // frames up to 1 KiB are pooled

struct FreeFrame {
    FreeFrame* next;
};

struct FreeLists {
    std::array<FreeFrame*, kClasses> heads{};
    ~FreeLists() {
        for (FreeFrame* head : heads)
            while (head)
                ::operator delete(std::exchange(head, head->next));
    }
};

thread_local FreeLists freeLists;

std::size_t sizeClass(std::size_t size) {
    return (size + kGranule - 1) / kGranule - 1;
}

} // namespace

void* FramePool::allocate(std::size_t size) {
    const std::size_t c = sizeClass(size);
    if (c >= kClasses)
        return ::operator new(size);
    if (FreeFrame* frame = freeLists.heads[c]) {
        freeLists.heads[c] = frame->next;
        return frame;
    }
    return ::operator new((c + 1) * kGranule);
}

void FramePool::release(void* frame, std::size_t size) noexcept {
    const std::size_t c = sizeClass(size);
    if (c >= kClasses) {
        ::operator delete(frame);
        return;
    }
    auto* free = static_cast<FreeFrame*>(frame);
    free->next = freeLists.heads[c];
    freeLists.heads[c] = free;
}

void ThreadStack::run() {
    ThreadStack* const outer = current_;
    current_ = this;
    while (!frames_.empty() && !blocked_) {
        const auto top = frames_.back();
        top.resume();
        if (!top.done())
            continue; // it awaited a child (now on top) or blocked
        frames_.pop_back();
        if (frames_.empty())
            top.destroy(); // the root: nobody awaits it
        // Otherwise the parent, now on top, reads the result and destroys the frame.
    }
    current_ = outer;
}

void ThreadStack::discard() {
    while (!frames_.empty()) {
        frames_.back().destroy();
        frames_.pop_back();
    }
    blocked_ = false;
}

} // namespace wdflc::detail
