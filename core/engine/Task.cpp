#include "engine/Task.h"

namespace wdflc::detail {

thread_local ThreadStack* ThreadStack::current_ = nullptr;

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
