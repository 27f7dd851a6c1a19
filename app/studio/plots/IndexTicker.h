#pragma once

#include <functional>
#include <qcustomplot.h>

namespace studio::plots {

// Ticks at whole indices (rows, steps, counts) with a readable stride, labelled
// by a function. `offset` places the tick inside the index's cell (0.5 = middle).
class IndexTicker : public QCPAxisTicker {
public:
    using Labeler = std::function<QString(qint64 index)>;

    IndexTicker(qint64 count, double offset, Labeler labeler);
    // Asks for the wanted number of ticks each time ticks are made (e.g. from a height).
    void setTickCountSource(std::function<int()> source) { tickCountSource_ = std::move(source); }

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    qint64 count_;
    double offset_;
    Labeler labeler_;
    std::function<int()> tickCountSource_;
};

} // namespace studio::plots
