#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// How every front end writes a file the user named (wdflc -o, the studio's
// Save and exports). Plain C++ so wdflc's paths without Qt use it too.
//
// The rules, by what the path names:
//   - nothing yet, or a regular file: written atomically, to a temporary file
//     in the same directory renamed over the target. A new file gets the
//     permissions the umask leaves of 0666; an existing one keeps its own.
//   - a symbolic link: followed; its target is written by these rules and
//     the link stays a link.
//   - a character device or a FIFO (/dev/null, /dev/stdout, a pipe): written
//     in place, never replaced.
//   - a directory or anything else: refused.
// Errors name the path and the cause ("cannot write OUT: No space left on device").
namespace wdflc::output {

// Writes `bytes` to `path`. Returns an empty string, or the error.
std::string writeFile(const std::string& path, std::string_view bytes);

// Writes a set of files all at once or not at all: part i goes to
// pathOfPart(i). Every part is first written to a temporary file; only when
// all are written are they renamed into place. Then the files of an earlier,
// longer set are removed: pathOfPart(n), pathOfPart(n + 1), … for as long as
// they exist. On failure every temporary is removed and the earlier files
// are untouched (the renames, within one directory, are the only step after
// the first replaced file, and they fail only if a target turned into a
// directory since it was checked).
// A set of more than one part must go to regular files (or new ones).
std::string writeFileSet(const std::vector<std::string>& parts,
                         const std::function<std::string(std::size_t)>& pathOfPart);

} // namespace wdflc::output
