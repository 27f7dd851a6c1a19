#pragma once

#include "plot/Lifetimes.h"

#include <QColor>

namespace studio::plots {

// The colours of the timelines, in one place so the plots and their keys agree.
// Chosen to stay apart for colour-blind readers (Tableau 10 hues).
QColor phaseColor(wdflc::plot::LifetimePhase phase);
QColor tickColor(wdflc::plot::LifetimeTick::Kind kind);
QColor irqlColor(wdflc::Irql irql);
// The n-th object of the reference-count plot.
QColor seriesColor(int index);
QColor cursorColor();
QColor selectionColor();

} // namespace studio::plots
