// app/output: what -o and the studio's Save and exports do with each kind of path.
#include "OutputFile.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using wdflc::output::writeFile;
using wdflc::output::writeFileSet;

class OutputFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "output-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    static std::string read(const std::string& path) {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        return text.str();
    }
    static void write(const std::string& path, const std::string& text) {
        std::ofstream(path, std::ios::binary) << text;
    }
    // Names in the directory, to see that no temporary is left behind.
    std::vector<std::string> names() const {
        std::vector<std::string> found;
        for (const auto& entry : fs::directory_iterator(dir_))
            found.push_back(entry.path().filename().string());
        std::sort(found.begin(), found.end());
        return found;
    }
    static mode_t modeOf(const std::string& path) {
        struct stat info {};
        ::lstat(path.c_str(), &info);
        return info.st_mode;
    }

    fs::path dir_;
};

TEST_F(OutputFileTest, DevNullStaysACharacterDevice) {
    EXPECT_EQ(writeFile("/dev/null", std::string(8192, 'x')), "");
    EXPECT_TRUE(S_ISCHR(modeOf("/dev/null")));
}

TEST_F(OutputFileTest, DevFullIsAWriteErrorNamingThePathAndTheCause) {
    const std::string error = writeFile("/dev/full", "trace\n");
    EXPECT_NE(error.find("/dev/full"), std::string::npos) << error;
    EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
    EXPECT_TRUE(S_ISCHR(modeOf("/dev/full")));
}

TEST_F(OutputFileTest, AFifoReceivesTheBytesInPlace) {
    const std::string fifo = path("pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = read(fifo); });
    const std::string bytes(100'000, 'f'); // more than a pipe buffer holds
    EXPECT_EQ(writeFile(fifo, bytes), "");
    reader.join();
    EXPECT_EQ(received, bytes);
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
}

TEST_F(OutputFileTest, ASymlinkIsFollowedAndStaysALink) {
    write(path("target.txt"), "old");
    fs::create_symlink("target.txt", path("link.txt")); // relative, as ln -s makes
    EXPECT_EQ(writeFile(path("link.txt"), "new"), "");
    EXPECT_TRUE(fs::is_symlink(path("link.txt")));
    EXPECT_EQ(read(path("target.txt")), "new");
    EXPECT_EQ(names(), (std::vector<std::string>{"link.txt", "target.txt"}));
}

TEST_F(OutputFileTest, ADanglingSymlinkCreatesItsTarget) {
    fs::create_directory(path("sub"));
    fs::create_symlink(path("sub/made.txt"), path("link.txt"));
    EXPECT_EQ(writeFile(path("link.txt"), "made"), "");
    EXPECT_TRUE(fs::is_symlink(path("link.txt")));
    EXPECT_EQ(read(path("sub/made.txt")), "made");
}

TEST_F(OutputFileTest, ADirectoryIsRefused) {
    fs::create_directory(path("out.svg"));
    const std::string error = writeFile(path("out.svg"), "<svg/>");
    EXPECT_NE(error.find(path("out.svg")), std::string::npos) << error;
    EXPECT_NE(error.find("Is a directory"), std::string::npos) << error;
    EXPECT_TRUE(fs::is_directory(path("out.svg")));
    EXPECT_EQ(names(), std::vector<std::string>{"out.svg"});
}

TEST_F(OutputFileTest, AMissingDirectoryIsAnErrorNamingThePath) {
    const std::string missing = path("no/such/dir/out.txt");
    const std::string error = writeFile(missing, "x");
    EXPECT_NE(error.find(missing), std::string::npos) << error;
    EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
}

TEST_F(OutputFileTest, ARegularFileIsReplacedAtomically) {
    write(path("out.txt"), "old");
    fs::create_hard_link(path("out.txt"), path("before.txt"));
    EXPECT_EQ(writeFile(path("out.txt"), "new"), "");
    EXPECT_EQ(read(path("out.txt")), "new");
    // A rename put a new file in place: the old one, still linked, is unchanged.
    EXPECT_EQ(read(path("before.txt")), "old");
    EXPECT_EQ(names(), (std::vector<std::string>{"before.txt", "out.txt"}));
}

TEST_F(OutputFileTest, ANewFileGetsThePermissionsOfTheUmask) {
    const mode_t saved = ::umask(027);
    const std::string error = writeFile(path("new.txt"), "x");
    ::umask(saved);
    EXPECT_EQ(error, "");
    EXPECT_EQ(modeOf(path("new.txt")) & 0777, 0640u);
}

TEST_F(OutputFileTest, AnExistingFileKeepsItsPermissions) {
    write(path("kept.txt"), "old");
    fs::permissions(path("kept.txt"), fs::perms(0604));
    EXPECT_EQ(writeFile(path("kept.txt"), "new"), "");
    EXPECT_EQ(modeOf(path("kept.txt")) & 0777, 0604u);
}

std::string page(const std::string& base, std::size_t index) {
    return index == 0 ? base + ".svg" : base + "-" + std::to_string(index + 1) + ".svg";
}

TEST_F(OutputFileTest, AShorterSetRemovesTheEarlierSetsLaterPages) {
    const std::string base = path("out");
    for (std::size_t i = 0; i < 5; ++i)
        write(page(base, i), "old page " + std::to_string(i + 1) + " of 5");
    write(path("out-7.svg"), "not of the set: out-6.svg is missing");
    EXPECT_EQ(writeFileSet({"new 1", "new 2"}, [&](std::size_t i) { return page(base, i); }), "");
    EXPECT_EQ(read(page(base, 0)), "new 1");
    EXPECT_EQ(read(page(base, 1)), "new 2");
    EXPECT_EQ(names(), (std::vector<std::string>{"out-2.svg", "out-7.svg", "out.svg"}));
}

TEST_F(OutputFileTest, AFailedSetChangesNothing) {
    const std::string base = path("out");
    for (std::size_t i = 0; i < 3; ++i)
        write(page(base, i), "old " + std::to_string(i + 1));
    fs::create_directory(page(base, 3)); // the new fourth page cannot be written
    const std::string error = writeFileSet({"new 1", "new 2", "new 3", "new 4"},
                                           [&](std::size_t i) { return page(base, i); });
    EXPECT_NE(error.find(page(base, 3)), std::string::npos) << error;
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(read(page(base, i)), "old " + std::to_string(i + 1));
    EXPECT_EQ(names(),
              (std::vector<std::string>{"out-2.svg", "out-3.svg", "out-4.svg", "out.svg"}));
}

TEST_F(OutputFileTest, AFailedSetLeavesNoTemporaries) {
    const std::string base = path("out");
    write(page(base, 0), "old");
    // The second part's directory is missing: its temporary cannot be made
    // after the first part's has been.
    const std::string error = writeFileSet(
        {"new 1", "new 2"}, [&](std::size_t i) { return i == 0 ? page(base, 0) : path("gone/x"); });
    EXPECT_NE(error.find(path("gone/x")), std::string::npos) << error;
    EXPECT_EQ(read(page(base, 0)), "old");
    EXPECT_EQ(names(), std::vector<std::string>{"out.svg"});
}

TEST_F(OutputFileTest, ASetOfSeveralPartsIsRefusedOnADevice) {
    const std::string error =
        writeFileSet({"1", "2"}, [](std::size_t i) { return i == 0 ? "/dev/null" : "/dev/zero"; });
    EXPECT_NE(error.find("/dev/null"), std::string::npos) << error;
    EXPECT_TRUE(S_ISCHR(modeOf("/dev/null")));
}

} // namespace
