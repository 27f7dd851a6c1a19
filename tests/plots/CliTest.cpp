// `wdflc plot` run as the CLI runs it: exit codes, output files, languages.
#include "PlotCommand.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/stat.h>
#include <thread>

namespace {

namespace fs = std::filesystem;

const std::string kSample =
    std::string(WDFLC_SAMPLES_DIR) + "/02-cleanup-destroy-order.wdfscn.json";

class PlotCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("wdflc-plot-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    int run(const std::vector<std::string>& args) {
        out.str({});
        err.str({});
        return runPlotCommand(args, out, err);
    }
    std::string header(const fs::path& file, std::size_t bytes) const {
        std::ifstream in(file, std::ios::binary);
        std::string head(bytes, '\0');
        in.read(head.data(), static_cast<std::streamsize>(bytes));
        return head;
    }
    fs::path dir;
    std::ostringstream out;
    std::ostringstream err;
};

TEST_F(PlotCommandTest, WritesPngAndPdf) {
    const fs::path png = dir / "order.png";
    ASSERT_EQ(run({kSample, "-o", png.string()}), 0) << err.str();
    EXPECT_EQ(header(png, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_NE(out.str().find("order.png"), std::string::npos);
    const fs::path pdf = dir / "order.pdf";
    ASSERT_EQ(run({kSample, "-o", pdf.string(), "--lang", "ja", "--axis", "steps"}), 0)
        << err.str();
    EXPECT_EQ(header(pdf, 5), "%PDF-");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 2);
}

TEST_F(PlotCommandTest, LanguageChangesTheLabels) {
    // One title for every language: only the translated labels can differ.
    const fs::path scenario = dir / "plain.wdfscn.json";
    std::ofstream(scenario) << R"({"format":"wdf-lifecycle-scenario","version":1,"title":"T",
      "objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"}],
      "steps":[{"op":"frameworkDelete","object":"device"}]})";
    const auto render = [&](const std::string& language) {
        const fs::path png = dir / (language + ".png");
        EXPECT_EQ(run({scenario.string(), "-o", png.string(), "--lang", language}), 0) << err.str();
        EXPECT_EQ(err.str().find("warning"), std::string::npos) << err.str();
        std::ifstream in(png, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string english = render("en");
    EXPECT_EQ(render("en"), english); // the same picture every time
    EXPECT_NE(render("ja"), english);
    EXPECT_NE(render("th"), english);
}

TEST_F(PlotCommandTest, HelpPrintsUsage) {
    EXPECT_EQ(run({"--help"}), 0);
    EXPECT_EQ(out.str().rfind("usage: wdflc plot FILE -o OUT.png|OUT.pdf", 0), 0u) << out.str();
}

TEST_F(PlotCommandTest, UsageErrorsExitTwoAndWriteNothing) {
    const std::string png = (dir / "x.png").string();
    EXPECT_EQ(run({kSample}), 2);                                 // no -o
    EXPECT_EQ(run({kSample, "-o", (dir / "x.svg").string()}), 2); // unknown format
    EXPECT_EQ(run({kSample, "-o", png, "--lang", "fr"}), 2);
    EXPECT_EQ(run({kSample, "-o", png, "--axis", "time"}), 2);
    EXPECT_EQ(run({kSample, "-o", png, "--bogus"}), 2);
    EXPECT_EQ(run({"-o", png}), 2); // no scenario
    EXPECT_NE(err.str().find("usage: wdflc plot"), std::string::npos);

    const fs::path broken = dir / "broken.wdfscn.json";
    std::ofstream(broken) << R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[)";
    EXPECT_EQ(run({broken.string(), "-o", png}), 2);
    EXPECT_NE(err.str().find("broken.wdfscn.json:"), std::string::npos) << err.str();
    EXPECT_FALSE(fs::exists(png));
}

TEST_F(PlotCommandTest, InputAndOutputFailuresExitThreeAndLeaveNoFile) {
    EXPECT_EQ(run({(dir / "missing.wdfscn.json").string(), "-o", (dir / "x.png").string()}), 3);
    const fs::path unwritable = dir / "no-such-folder" / "x.png";
    EXPECT_EQ(run({kSample, "-o", unwritable.string()}), 3);
    EXPECT_NE(err.str().find("no-such-folder"), std::string::npos) << err.str();
    EXPECT_TRUE(fs::is_empty(dir));
}

} // namespace

namespace output_rules {

class PlotOutputTest : public PlotCommandTest {};

TEST_F(PlotOutputTest, ASymlinkStaysALinkAndItsTargetGetsThePlot) {
    fs::create_directory(dir / "pictures");
    std::ofstream(dir / "pictures" / "order.png") << "old";
    fs::create_symlink("pictures/order.png", dir / "order.png");
    ASSERT_EQ(run({kSample, "-o", (dir / "order.png").string()}), 0) << err.str();
    EXPECT_TRUE(fs::is_symlink(dir / "order.png"));
    EXPECT_EQ(header(dir / "pictures" / "order.png", 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 2);
}

TEST_F(PlotOutputTest, AFullDeviceIsAnIoErrorNamingTheCause) {
    fs::create_symlink("/dev/full", dir / "full.pdf");
    EXPECT_EQ(run({kSample, "-o", (dir / "full.pdf").string()}), 3);
    EXPECT_NE(err.str().find("No space left on device"), std::string::npos) << err.str();
    EXPECT_TRUE(fs::is_symlink(dir / "full.pdf"));
    EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST_F(PlotOutputTest, AFifoReceivesThePlot) {
    const fs::path fifo = dir / "pipe.png";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] {
        std::ifstream in(fifo, std::ios::binary);
        received.assign(std::istreambuf_iterator<char>(in), {});
    });
    EXPECT_EQ(run({kSample, "-o", fifo.string()}), 0) << err.str();
    reader.join();
    EXPECT_EQ(received.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_TRUE(fs::is_fifo(fifo));
}

} // namespace output_rules
