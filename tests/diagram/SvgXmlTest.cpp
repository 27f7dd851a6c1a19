#include "diagram/DiagramBuilder.h"
#include "diagram/SvgWriter.h"
#include "diagram/TextEscape.h"
#include "DiagramTestSupport.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace wdflc::diagram {
namespace {

struct ParsedSvg {
    QString error;
    double width = 0;
    double height = 0;
    QString title;
    QStringList texts;
};

ParsedSvg parseSvg(const std::string& svg) {
    ParsedSvg parsed;
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg") {
            parsed.width = xml.attributes().value("width").toDouble();
            parsed.height = xml.attributes().value("height").toDouble();
            if (xml.namespaceUri() != u"http://www.w3.org/2000/svg")
                parsed.error = QStringLiteral("not in the SVG namespace");
        } else if (xml.name() == u"title") {
            parsed.title = xml.readElementText();
        } else if (xml.name() == u"text") {
            parsed.texts << xml.readElementText();
        } else if (xml.name() == u"script" || xml.name() == u"foreignObject") {
            parsed.error = QStringLiteral("unexpected element ") + xml.name().toString();
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString();
    return parsed;
}

TEST(SvgXml, EveryPageOfEverySampleIsWellFormedSvg) {
    for (const char* name :
         {"01-device-removal", "05-context-buffers", "07-request-completed-at-dispatch",
          "10-driver-unload", "12-umdf", "16-mistake-removal-never-finishes"}) {
        Trace trace = testing::traceOf(testing::samplePath(name));
        SequenceDiagram diagram = buildSequenceDiagram(trace);
        for (const std::string& page : writeSvg(diagram)) {
            ParsedSvg parsed = parseSvg(page);
            EXPECT_TRUE(parsed.error.isEmpty()) << name << ": " << parsed.error.toStdString();
            EXPECT_GT(parsed.width, 0);
            EXPECT_GT(parsed.height, 0);
            EXPECT_FALSE(parsed.texts.isEmpty());
        }
    }
}

TEST(SvgXml, HostileTextsComeBackVerbatimAfterParsing) {
    Trace trace = testing::traceOf(testing::dataPath("hostile"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    std::vector<std::string> pages = writeSvg(diagram);
    ASSERT_EQ(pages.size(), 1u);
    ParsedSvg parsed = parseSvg(pages.front());
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    // The title's line break becomes a space; every other character survives.
    EXPECT_EQ(parsed.title.toStdString(), singleLine(diagram.title));
    EXPECT_TRUE(parsed.texts.contains(QString::fromStdString(singleLine(diagram.title))));
    bool sawHostileContext = false;
    for (const QString& text : parsed.texts)
        sawHostileContext |= text.contains(u"<script>alert(1)</script>&amp;%%{init}%%");
    EXPECT_TRUE(sawHostileContext);
}

TEST(SvgXml, LargeTraceIsPaginatedIntoWellFormedPages) {
    Trace trace = testing::traceOf(testing::dataPath("large-5000"));
    std::vector<std::string> pages = writeSvg(buildSequenceDiagram(trace));
    ASSERT_GT(pages.size(), 1u);
    for (const std::string& page : pages) {
        ParsedSvg parsed = parseSvg(page);
        EXPECT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
        EXPECT_LE(parsed.height, 3000);
    }
}

// An imported draft says where the driver's code declares each object and
// makes each call: the SVG shows it as a tooltip on the lifeline header and
// on the step's first message.
TEST(SvgXml, ImportedSourcesAreTooltips) {
    Trace trace = testing::traceOf(testing::dataPath("imported-sources"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    QStringList tooltips;
    for (const std::string& page : writeSvg(diagram)) {
        QXmlStreamReader xml(QByteArray::fromStdString(page));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"g") {
                xml.readNextStartElement();
                if (xml.name() == u"title")
                    tooltips << xml.readElementText();
            }
        }
        ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    }
    EXPECT_TRUE(tooltips.contains(QStringLiteral("source: device.c:77")))
        << tooltips.join(u'|').toStdString();
    EXPECT_TRUE(tooltips.contains(QStringLiteral("source: device.c:41")));
    EXPECT_TRUE(tooltips.contains(QStringLiteral("source: device.c:130")));
    // A sample without sources has no tooltip groups.
    Trace plain = testing::traceOf(testing::samplePath("01-device-removal"));
    for (const std::string& page : writeSvg(buildSequenceDiagram(plain)))
        EXPECT_EQ(page.find("<title>source:"), std::string::npos);
}

} // namespace
} // namespace wdflc::diagram
