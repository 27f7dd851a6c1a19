#pragma once

#include "import/Draft.h"

namespace wdflc::import {

// Drafts the object tree a driver's code builds: every creation site, its
// parent followed through locals, context fields and one level of callers,
// its contexts and callbacks, and the lifetime calls of those callbacks.
// What cannot be decided is left unresolved with the reason, never guessed.
Draft buildDraft(SourceCorpus corpus);

} // namespace wdflc::import
