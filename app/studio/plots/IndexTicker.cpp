#include "IndexTicker.h"

#include <cmath>

namespace studio::plots {

IndexTicker::IndexTicker(qint64 count, double offset, Labeler labeler)
    : count_(count), offset_(offset), labeler_(std::move(labeler)) {}

double IndexTicker::getTickStep(const QCPRange& range) {
    if (tickCountSource_)
        setTickCount(tickCountSource_());
    // The smallest of 1, 2, 5, 10, 20, 50 … that keeps about tickCount() labels.
    const double exact = range.size() / std::max(1, tickCount());
    double stride = 1.0;
    while (stride < exact) {
        const double decade = stride;
        for (double factor : {2.0, 5.0, 10.0}) {
            stride = decade * factor;
            if (stride >= exact)
                break;
        }
    }
    return stride;
}

int IndexTicker::getSubTickCount(double) {
    return 0;
}

QString IndexTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return labeler_(std::llround(tick - offset_));
}

QVector<double> IndexTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    const double first = std::max(0.0, std::ceil((range.lower - offset_) / tickStep) * tickStep);
    const double last = std::min(static_cast<double>(count_ - 1), range.upper - offset_);
    for (double index = first; index <= last; index += tickStep)
        ticks.append(index + offset_);
    return ticks;
}

} // namespace studio::plots
