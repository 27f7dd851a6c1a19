#include "ExportCommand.h"

#include "DiagramTestSupport.h"

#include <sstream>
#include <sys/stat.h>
#include <thread>

namespace {

using wdflc::diagram::testing::dataPath;
using wdflc::diagram::testing::readFile;
using wdflc::diagram::testing::samplePath;
using wdflc::diagram::testing::scratchDirectory;

struct ExportRun {
    int exitCode;
    std::string out;
    std::string err;
};

ExportRun exportWith(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    int code = runExportCommand(args, out, err);
    return {code, out.str(), err.str()};
}

std::vector<std::string> filesIn(const std::filesystem::path& directory) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(ExportCommand, WritesEveryFormat) {
    auto directory = scratchDirectory("formats");
    for (const std::string format : {"puml", "mmd", "md", "svg", "png", "pdf", "jsonl", "text"}) {
        std::string out = (directory / ("d." + format)).string();
        ExportRun run =
            exportWith({samplePath("08-work-item-waits"), "--format", format, "-o", out});
        EXPECT_EQ(run.exitCode, 0) << format << ": " << run.err;
        ASSERT_TRUE(std::filesystem::exists(out)) << format;
        EXPECT_GT(std::filesystem::file_size(out), 100u) << format;
        EXPECT_NE(run.out.find(out), std::string::npos);
    }
    EXPECT_TRUE(readFile(directory / "d.puml").starts_with("@startuml\n"));
    EXPECT_TRUE(readFile(directory / "d.mmd").starts_with("sequenceDiagram\n"));
    EXPECT_TRUE(readFile(directory / "d.jsonl").starts_with("{\"seq\":1,"));
    EXPECT_EQ(filesIn(directory).size(), 8u); // no temporary file left
}

TEST(ExportCommand, TakesTheFormatFromTheExtensionAndWritesToStandardOutput) {
    auto directory = scratchDirectory("extension");
    std::string out = (directory / "d.svg").string();
    EXPECT_EQ(exportWith({samplePath("01-device-removal"), "-o", out}).exitCode, 0);
    EXPECT_TRUE(readFile(out).starts_with("<?xml"));
    ExportRun stdoutRun =
        exportWith({samplePath("01-device-removal"), "--format", "mmd", "-o", "-"});
    EXPECT_EQ(stdoutRun.exitCode, 0);
    EXPECT_TRUE(stdoutRun.out.starts_with("sequenceDiagram\n"));
}

TEST(ExportCommand, OptionsReachTheDiagram) {
    ExportRun plain =
        exportWith({samplePath("03-reference-delete-dereference"), "--format", "puml", "-o", "-"});
    ExportRun shaped =
        exportWith({samplePath("03-reference-delete-dereference"), "--format", "puml", "-o", "-",
                    "--callbacks-only", "--collapse", "--number", "--title", "Review"});
    ASSERT_EQ(plain.exitCode, 0);
    ASSERT_EQ(shaped.exitCode, 0);
    EXPECT_NE(plain.out.find("WdfObjectReference"), std::string::npos);
    EXPECT_EQ(shaped.out.find("WdfObjectReference"), std::string::npos);
    EXPECT_NE(shaped.out.find("\nautonumber\n"), std::string::npos);
    EXPECT_NE(shaped.out.find("\ntitle Review\n"), std::string::npos);
    ExportRun japanese =
        exportWith({dataPath("hostile"), "--format", "mmd", "-o", "-", "--lang", "ja"});
    EXPECT_NE(japanese.out.find("title デバイスの削除"), std::string::npos);
}

// The suite links the studio's translations (through the dock), as wdflc must
// for --lang to reach the diagram's words.
TEST(ExportCommand, LangTranslatesTheDiagramWordsButNotTheApiNames) {
    for (const auto& [language, driverThread] :
         {std::pair<std::string, std::string>{"ja", "ドライバー スレッド"},
          {"en", "Driver thread"}}) {
        ExportRun run = exportWith(
            {samplePath("08-work-item-waits"), "--format", "mmd", "-o", "-", "--lang", language});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        EXPECT_NE(run.out.find("participant L0 as " + driverThread + "\n"), std::string::npos)
            << language << "\n"
            << run.out;
        EXPECT_NE(run.out.find("EvtCleanupCallback (SCRATCH_CONTEXT)"), std::string::npos);
        EXPECT_NE(run.out.find("EVT_WDF_OBJECT_CONTEXT_CLEANUP"), std::string::npos);
    }
}

TEST(ExportCommand, HelpPrintsTheFormats) {
    ExportRun run = exportWith({"--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("puml"), std::string::npos);
    EXPECT_NE(run.out.find("--callbacks-only"), std::string::npos);
}

TEST(ExportCommand, UnknownFormatIsAUsageErrorAndWritesNothing) {
    auto directory = scratchDirectory("unknown");
    ExportRun run = exportWith(
        {samplePath("01-device-removal"), "--format", "gif", "-o", (directory / "d.gif").string()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("unknown format 'gif'"), std::string::npos);
    ExportRun noExtension =
        exportWith({samplePath("01-device-removal"), "-o", (directory / "d").string()});
    EXPECT_EQ(noExtension.exitCode, 2);
    ExportRun noOutput = exportWith({samplePath("01-device-removal"), "--format", "svg"});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_NE(noOutput.err.find("no output file"), std::string::npos);
    EXPECT_TRUE(filesIn(directory).empty());
}

TEST(ExportCommand, MissingOrUnwritableOutputIsAnIoErrorAndLeavesNoPartialFile) {
    auto directory = scratchDirectory("unwritable");
    std::ofstream(directory / "plain-file") << "x";
    for (const std::string format : {"puml", "mmd", "md", "svg", "png", "pdf", "jsonl", "text"}) {
        for (const auto& out : {directory / "missing" / ("d." + format),
                                directory / "plain-file" / ("d." + format)}) {
            ExportRun run = exportWith(
                {samplePath("01-device-removal"), "--format", format, "-o", out.string()});
            EXPECT_EQ(run.exitCode, 3) << format << " " << out;
            EXPECT_NE(run.err.find("cannot write"), std::string::npos) << run.err;
        }
    }
    EXPECT_EQ(filesIn(directory), std::vector<std::string>{"plain-file"});
}

TEST(ExportCommand, InvalidScenarioKeepsAnExistingOutput) {
    auto directory = scratchDirectory("invalid");
    std::ofstream(directory / "broken.wdfscn.json") << "{ \"format\": 1 ";
    std::ofstream(directory / "d.svg") << "previous";
    ExportRun run = exportWith(
        {(directory / "broken.wdfscn.json").string(), "-o", (directory / "d.svg").string()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(readFile(directory / "d.svg"), "previous");
    ExportRun missing = exportWith(
        {(directory / "nope.wdfscn.json").string(), "-o", (directory / "e.svg").string()});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_FALSE(std::filesystem::exists(directory / "e.svg"));
}

TEST(ExportCommand, HostileTitleAndTagsInEveryFormat) {
    auto directory = scratchDirectory("hostile");
    const std::string title = "end; </title><script>x</script> \"#\" @enduml\nnewpage %%{init}%%";
    for (const std::string format : {"puml", "mmd", "md", "svg", "png", "pdf", "jsonl", "text"}) {
        std::string out = (directory / ("h." + format)).string();
        ExportRun run = exportWith(
            {dataPath("hostile"), "--format", format, "-o", out, "--title", title, "--number"});
        ASSERT_EQ(run.exitCode, 0) << format << ": " << run.err;
        EXPECT_GT(std::filesystem::file_size(out), 100u);
    }
    std::string puml = readFile(directory / "h.puml");
    EXPECT_EQ(puml.find("<script>"), std::string::npos);
    EXPECT_EQ(puml.find("\nnewpage"), std::string::npos); // the title's newline cannot start a page
    EXPECT_EQ(puml.find("@enduml"), puml.size() - 8);
    std::string mmd = readFile(directory / "h.mmd");
    for (std::size_t at = mmd.find(';'); at != std::string::npos; at = mmd.find(';', at + 1)) {
        std::size_t hash = mmd.rfind('#', at);
        ASSERT_NE(hash, std::string::npos);
        EXPECT_TRUE(std::all_of(mmd.begin() + static_cast<std::ptrdiff_t>(hash) + 1,
                                mmd.begin() + static_cast<std::ptrdiff_t>(at),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            << "a raw ';' at " << at; // every ';' ends a #NN; entity
    }
    EXPECT_EQ(mmd.find("%%"), std::string::npos);
    std::string svg = readFile(directory / "h.svg");
    EXPECT_EQ(svg.find("<script"), std::string::npos);
}

} // namespace

namespace output_rules {

const std::vector<std::string> kEveryFormat = {"puml", "mmd", "md",    "svg",
                                               "png",  "pdf", "jsonl", "text"};

bool isCharacterDevice(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISCHR(info.st_mode);
}

TEST(ExportCommandOutput, DevNullStaysACharacterDeviceInEveryFormat) {
    for (const std::string& format : kEveryFormat) {
        ExportRun run =
            exportWith({samplePath("01-device-removal"), "--format", format, "-o", "/dev/null"});
        EXPECT_EQ(run.exitCode, 0) << format << ": " << run.err;
        EXPECT_TRUE(isCharacterDevice("/dev/null")) << format;
    }
}

TEST(ExportCommandOutput, DevFullIsAnIoErrorNamingTheCauseInEveryFormat) {
    for (const std::string& format : kEveryFormat) {
        ExportRun run =
            exportWith({samplePath("01-device-removal"), "--format", format, "-o", "/dev/full"});
        EXPECT_EQ(run.exitCode, 3) << format;
        EXPECT_NE(run.err.find("/dev/full: No space left on device"), std::string::npos)
            << format << ": " << run.err;
        EXPECT_TRUE(isCharacterDevice("/dev/full")) << format;
    }
}

TEST(ExportCommandOutput, ASymlinkStaysALinkAndItsTargetGetsTheExportInEveryFormat) {
    auto directory = scratchDirectory("symlink");
    for (const std::string& format : kEveryFormat) {
        const auto target = directory / ("target." + format);
        const auto link = directory / ("link." + format);
        std::ofstream(target) << "old";
        std::filesystem::create_symlink(target.filename(), link);
        ExportRun run =
            exportWith({samplePath("01-device-removal"), "--format", format, "-o", link.string()});
        EXPECT_EQ(run.exitCode, 0) << format << ": " << run.err;
        EXPECT_TRUE(std::filesystem::is_symlink(link)) << format;
        EXPECT_GT(std::filesystem::file_size(target), 100u) << format;
    }
    EXPECT_EQ(filesIn(directory).size(), 2 * kEveryFormat.size()); // no temporaries
}

TEST(ExportCommandOutput, AFifoReceivesTheExport) {
    auto directory = scratchDirectory("fifo");
    const std::string fifo = (directory / "pipe").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = readFile(fifo); });
    ExportRun run = exportWith({samplePath("01-device-removal"), "--format", "puml", "-o", fifo});
    reader.join();
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(received.starts_with("@startuml\n"));
}

TEST(ExportCommandOutput, ADirectoryIsRefused) {
    auto directory = scratchDirectory("directory");
    std::filesystem::create_directory(directory / "d.svg");
    ExportRun run =
        exportWith({samplePath("01-device-removal"), "-o", (directory / "d.svg").string()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("d.svg: Is a directory"), std::string::npos) << run.err;
    EXPECT_TRUE(std::filesystem::is_directory(directory / "d.svg"));
}

// A re-export replaces the earlier export's set of pages whole.
TEST(ExportCommandOutput, AShorterReExportRemovesTheEarlierPages) {
    auto directory = scratchDirectory("shorter");
    const std::string out = (directory / "d.svg").string();
    ASSERT_EQ(exportWith({dataPath("large-5000"), "-o", out}).exitCode, 0);
    const auto earlier = filesIn(directory);
    ASSERT_GE(earlier.size(), 3u);
    ASSERT_EQ(exportWith({samplePath("01-device-removal"), "-o", out}).exitCode, 0);
    EXPECT_EQ(filesIn(directory), std::vector<std::string>{"d.svg"});
}

TEST(ExportCommandOutput, AFailedReExportLeavesTheEarlierExportUntouched) {
    auto directory = scratchDirectory("failed");
    const std::string out = (directory / "d.svg").string();
    ASSERT_EQ(exportWith({samplePath("01-device-removal"), "-o", out}).exitCode, 0);
    const std::string first = readFile(out);
    std::filesystem::create_directory(directory / "d-3.svg"); // page 3 cannot be written
    ExportRun run = exportWith({dataPath("large-5000"), "-o", out});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("d-3.svg"), std::string::npos) << run.err;
    EXPECT_EQ(readFile(out), first);
    EXPECT_EQ(filesIn(directory), (std::vector<std::string>{"d-3.svg", "d.svg"}));
}

} // namespace output_rules
