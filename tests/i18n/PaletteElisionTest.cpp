// Every palette entry, in every language, at the studio's default window
// size: the entry is tall enough for its type name and its whole description
// wrapped at the entry's width, so no description is cut off (the Thai
// WDFDPC entry used to lose "DISPATCH_LEVEL").
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "palette/PaletteDelegate.h"
#include "palette/PaletteView.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QFontMetrics>

namespace {

namespace Translations = studio::i18n::Translations;

// The height the entry's text needs, measured with QFontMetrics rather than
// the delegate's own layout.
int neededTextHeight(const QString& text, const QFont& font, int width) {
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    int height = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QFont paragraphFont = font;
        paragraphFont.setBold(i == 0);
        height += QFontMetrics(paragraphFont)
                      .boundingRect(QRect(0, 0, width, 100000),
                                    Qt::TextWordWrap | Qt::TextWrapAnywhere, paragraphs[i])
                      .height();
    }
    return height;
}

class PaletteElision : public ::testing::TestWithParam<const char*> {
protected:
    void TearDown() override { Translations::choose(QStringLiteral("en")); }
};

TEST_P(PaletteElision, EveryDescriptionFitsItsEntry) {
    Translations::install(QString::fromLatin1(GetParam()));
    studio::MainWindow::Options options;
    options.restoreSettings = false;
    options.offerRecovery = false;
    studio::MainWindow window(options);
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    auto* palette = window.findChild<studio::PaletteView*>();
    ASSERT_NE(palette, nullptr);
    ASSERT_GT(palette->count(), 10);
    for (int row = 0; row < palette->count(); ++row) {
        const QModelIndex index = palette->model()->index(row, 0);
        const QRect entry = palette->visualRect(index);
        const QRect text = studio::PaletteDelegate::textRect(entry, palette->iconSize());
        const QString label = index.data(Qt::DisplayRole).toString();
        EXPECT_GE(text.height(), neededTextHeight(label, palette->font(), text.width()))
            << GetParam() << ": " << label.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, PaletteElision, ::testing::Values("en", "ja", "th"));

} // namespace
