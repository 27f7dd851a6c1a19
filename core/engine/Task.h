#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <utility>
#include <vector>

namespace wdflc::detail {

// A simulated thread of execution: a stack of suspended coroutine frames.
//
// The engine is written as coroutines that read like the recursive
// description of semantics.md (dispose children, then clean up, ...), but no
// coroutine ever resumes another directly: awaiting a Task pushes the child
// frame here and returns to ThreadStack::run(), which resumes whatever is on
// top. So a 100,000-deep tree costs 100,000 heap frames and no machine stack,
// and a walk that must wait for a running callback simply stays suspended on
// its stack until the wait ends.
class ThreadStack {
public:
    // Resumes frames until the stack is empty or the top frame blocked.
    void run();
    void push(std::coroutine_handle<> frame) { frames_.push_back(frame); }
    bool empty() const { return frames_.empty(); }
    void block() { blocked_ = true; }
    void unblock() { blocked_ = false; }
    bool blocked() const { return blocked_; }
    // Destroys every suspended frame, top first (each parent's Task no longer owns its child).
    void discard();

    static ThreadStack* current() { return current_; }

    ~ThreadStack() { discard(); }

private:
    std::vector<std::coroutine_handle<>> frames_;
    bool blocked_ = false;
    static thread_local ThreadStack* current_;
};

// Coroutine frames are allocated and freed in the millions (one per object a
// walk visits); a per-thread free list by size keeps that off malloc.
class FramePool {
public:
    static void* allocate(std::size_t size);
    static void release(void* frame, std::size_t size) noexcept;
};

template <typename T> struct TaskResult {
    T value{};
    void return_value(T v) { value = std::move(v); }
    T take() { return std::move(value); }
};
template <> struct TaskResult<void> {
    void return_void() {}
    void take() {}
};

// A lazily started coroutine whose frame is owned by the Task until it is
// awaited, then by the ThreadStack while it runs, then by the awaiting parent
// again, which destroys it once it has read the result.
template <typename T = void> class [[nodiscard]] Task {
public:
    struct promise_type : TaskResult<T> {
        Task get_return_object() {
            return Task(std::coroutine_handle<promise_type>::from_promise(*this));
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void unhandled_exception() { std::terminate(); }
        static void* operator new(std::size_t size) { return FramePool::allocate(size); }
        static void operator delete(void* frame, std::size_t size) noexcept {
            FramePool::release(frame, size);
        }
    };

    Task(Task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() {
        if (handle_)
            handle_.destroy();
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {
        running_ = std::exchange(handle_, {});
        ThreadStack::current()->push(running_);
    }
    T await_resume() {
        struct Destroy {
            std::coroutine_handle<promise_type> h;
            ~Destroy() { h.destroy(); }
        } destroy{running_};
        return running_.promise().take();
    }

    // Hands the frame to a thread as its root (the thread destroys it).
    std::coroutine_handle<> release() { return std::exchange(handle_, {}); }

private:
    explicit Task(std::coroutine_handle<promise_type> h) : handle_(h) {}
    std::coroutine_handle<promise_type> handle_;
    std::coroutine_handle<promise_type> running_;
};

// `co_await BlockThread{}` suspends the current thread until someone unblocks it.
struct BlockThread {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const { ThreadStack::current()->block(); }
    void await_resume() const noexcept {}
};

} // namespace wdflc::detail
