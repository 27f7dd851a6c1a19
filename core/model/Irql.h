#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace wdflc {

// The three IRQLs a scenario can name. "Above PASSIVE" (APC or DISPATCH) is
// treated alike by the framework: both defer passive-level work.
enum class Irql : std::uint8_t { Passive, Apc, Dispatch };

constexpr bool isAbovePassive(Irql irql) {
    return irql != Irql::Passive;
}

std::string_view irqlName(Irql irql);
std::optional<Irql> parseIrql(std::string_view name);

// Which thread does a piece of work (semantics.md section 7).
enum class ThreadKind : std::uint8_t { Driver, Framework, Worker };

std::string_view threadName(ThreadKind thread);

enum class Framework : std::uint8_t { Kmdf, Umdf };

std::string_view frameworkName(Framework framework);

} // namespace wdflc
