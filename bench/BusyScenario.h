#pragma once

#include <sstream>
#include <string>

namespace wdflc::bench {

// A busy driver: memory objects in both pools under one device, each with both
// callbacks, referenced, deleted (half of them at DISPATCH_LEVEL, so the paged
// ones go to the worker) and dereferenced, then a removal of the device. About
// eight events per object, and every lane of the views is used.
inline std::string busyScenario(std::size_t objects) {
    std::ostringstream json;
    json << R"({"format":"wdf-lifecycle-scenario","version":1,"title":"busy driver",)"
         << R"("objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"})";
    for (std::size_t i = 0; i < objects; ++i) {
        json << R"(,{"id":"m)" << i << R"(","type":"WDFMEMORY","parent":"device")"
             << (i % 2 ? R"(,"poolType":"PagedPool")" : "")
             << R"(,"contexts":[{"cleanup":true,"destroy":true}]})";
    }
    json << R"(],"steps":[)";
    for (std::size_t i = 0; i < objects; ++i) {
        const bool atDispatch = i % 4 >= 2;
        json << (i ? "," : "") << R"({"op":"reference","object":"m)" << i << R"(","tag":"io"},)";
        if (atDispatch)
            json << R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},)";
        json << R"({"op":"delete","object":"m)" << i << R"("},)";
        if (atDispatch)
            json << R"({"op":"setIrql","irql":"PASSIVE_LEVEL"},)";
        json << R"({"op":"dereference","object":"m)" << i << R"(","tag":"io"})";
    }
    json << R"(,{"op":"frameworkDelete","object":"device"}]})";
    return json.str();
}

} // namespace wdflc::bench
