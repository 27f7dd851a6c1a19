#include "OutputFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace wdflc::output {
namespace {

constexpr int kMaxLinks = 40; // as the kernel's path walk allows

// Where the bytes of `path` go, after following symbolic links.
struct Target {
    enum class Kind { Replace, InPlace } kind = Kind::Replace;
    std::string path; // the file written or replaced
    mode_t mode = 0;  // permissions of the file written by rename
};

std::string failure(const std::string& path, const std::string& cause) {
    return "cannot write " + path + ": " + cause;
}

std::string directoryOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The umask, read without changing it: umask() sets as it reads, which races
// with any other thread creating a file.
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    static std::mutex lock;
    const std::lock_guard<std::mutex> guard(lock);
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

// Resolves `path`; on error returns nothing and sets `error`.
std::optional<Target> resolve(const std::string& path, std::string& error) {
    std::string current = path;
    for (int links = 0; links <= kMaxLinks; ++links) {
        struct stat info {};
        if (::lstat(current.c_str(), &info) != 0) {
            if (errno != ENOENT) {
                error = failure(path, std::strerror(errno));
                return std::nullopt;
            }
            return Target{Target::Kind::Replace, current, 0666 & ~currentUmask()};
        }
        if (S_ISLNK(info.st_mode)) {
            std::string link(static_cast<std::size_t>(info.st_size) + 1, '\0');
            const ssize_t length = ::readlink(current.c_str(), link.data(), link.size());
            if (length < 0) {
                error = failure(path, std::strerror(errno));
                return std::nullopt;
            }
            link.resize(static_cast<std::size_t>(length));
            current = link.front() == '/' ? link : directoryOf(current) + "/" + link;
            continue;
        }
        if (S_ISREG(info.st_mode))
            return Target{Target::Kind::Replace, current, info.st_mode & 07777};
        if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))
            return Target{Target::Kind::InPlace, current, 0};
        error =
            failure(path, S_ISDIR(info.st_mode) ? std::strerror(EISDIR)
                                                : "not a regular file, character device or FIFO");
        return std::nullopt;
    }
    error = failure(path, std::strerror(ELOOP));
    return std::nullopt;
}

// Writes all of `bytes` to `descriptor`; false with errno set on failure.
bool writeAll(int descriptor, std::string_view bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(descriptor, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

std::string writeInPlace(const std::string& path, const Target& target, std::string_view bytes) {
    const int descriptor = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0)
        return failure(path, std::strerror(errno));
    const bool written = writeAll(descriptor, bytes);
    const int writeErrno = errno;
    if (::close(descriptor) != 0 && written)
        return failure(path, std::strerror(errno));
    return written ? std::string() : failure(path, std::strerror(writeErrno));
}

// Writes `bytes` to a new temporary file beside the target; returns its path
// through `temporary`, or the error.
std::string writeTemporary(const std::string& path, const Target& target, std::string_view bytes,
                           std::string& temporary) {
    const std::string directory = directoryOf(target.path);
    const std::string name = target.path.substr(target.path.find_last_of('/') + 1);
    std::string pattern = directory + "/." + name + ".tmp-XXXXXX";
    const int descriptor = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (descriptor < 0)
        return failure(path, std::strerror(errno));
    bool ok = writeAll(descriptor, bytes) && ::fchmod(descriptor, target.mode) == 0 &&
              ::fsync(descriptor) == 0;
    int cause = errno;
    if (::close(descriptor) != 0 && ok) {
        ok = false;
        cause = errno;
    }
    if (!ok) {
        ::unlink(pattern.c_str());
        return failure(path, std::strerror(cause));
    }
    temporary = pattern;
    return {};
}

} // namespace

std::string writeFile(const std::string& path, std::string_view bytes) {
    return writeFileSet({std::string(bytes)}, [&path](std::size_t) { return path; });
}

std::string writeFileSet(const std::vector<std::string>& parts,
                         const std::function<std::string(std::size_t)>& pathOfPart) {
    if (parts.empty())
        return "nothing to write";
    std::vector<std::string> paths;
    std::vector<Target> targets;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        paths.push_back(pathOfPart(i));
        std::string error;
        const auto target = resolve(paths.back(), error);
        if (!target)
            return error;
        if (target->kind == Target::Kind::InPlace && parts.size() > 1)
            return failure(paths.back(), "not a regular file, and this output has " +
                                             std::to_string(parts.size()) +
                                             " parts; give a file name");
        targets.push_back(*target);
    }

    // Everything that can fail for want of space or permission fails here,
    // before the first file in place changes.
    std::vector<std::string> temporaries(parts.size());
    auto removeTemporaries = [&temporaries] {
        for (const std::string& temporary : temporaries)
            if (!temporary.empty())
                ::unlink(temporary.c_str());
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (targets[i].kind == Target::Kind::InPlace)
            continue;
        if (std::string error = writeTemporary(paths[i], targets[i], parts[i], temporaries[i]);
            !error.empty()) {
            removeTemporaries();
            return error;
        }
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (targets[i].kind == Target::Kind::InPlace) {
            if (std::string error = writeInPlace(paths[i], targets[i], parts[i]); !error.empty())
                return error;
            continue;
        }
        if (::rename(temporaries[i].c_str(), targets[i].path.c_str()) != 0) {
            const std::string cause = std::strerror(errno);
            removeTemporaries();
            return failure(paths[i], cause);
        }
        temporaries[i].clear();
    }

    // The rest of an earlier, longer set: a diagram that had more pages.
    for (std::size_t i = parts.size();; ++i) {
        const std::string stale = pathOfPart(i);
        struct stat info {};
        if (stale.empty() || stale == pathOfPart(i - 1) || ::lstat(stale.c_str(), &info) != 0)
            break;
        if (::unlink(stale.c_str()) != 0)
            return "cannot remove " + stale +
                   " (a page of an earlier export): " + std::strerror(errno);
    }
    return {};
}

} // namespace wdflc::output
