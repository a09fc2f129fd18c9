//===- HeapProfileTest.cpp - Tests of the heap-profile reader -------------===//
//
// Real heaptrack 1.4 recordings of the programs in test/Inputs/profile
// (their README.md says how they were made and what heaptrack_print saw),
// and recordings written here line by line for the rules: which frame is
// the site, temporary allocations, the peak, path matching and errors.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Profile/HeapProfile.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace stacklift {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

using Histogram = std::map<uint64_t, uint64_t>;

std::string input(llvm::StringRef Name) {
  llvm::SmallString<128> Path(STACKLIFT_PROFILE_INPUTS);
  llvm::sys::path::append(Path, Name);
  return std::string(Path);
}

/// The profile of \p Name in test/Inputs/profile; fails the test if it
/// cannot be read.
HeapProfile read(llvm::StringRef Name) {
  llvm::Expected<HeapProfile> Profile = HeapProfile::readFile(input(Name));
  if (!Profile) {
    ADD_FAILURE() << llvm::toString(Profile.takeError());
    return HeapProfile();
  }
  return std::move(*Profile);
}

/// The message of the error \p Result holds, or "" when it holds none.
std::string errorOf(llvm::Expected<HeapProfile> Result) {
  if (Result)
    return "";
  return llvm::toString(Result.takeError());
}

/// A scratch file holding \p Bytes.
class ScratchFile {
public:
  explicit ScratchFile(llvm::StringRef Bytes) {
    int FD = -1;
    if (llvm::sys::fs::createTemporaryFile("stacklift-profile", "bin", FD,
                                           Path)) {
      ADD_FAILURE() << "cannot create a scratch file";
      return;
    }
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Bytes;
  }
  ~ScratchFile() { llvm::sys::fs::remove(Path); }
  ScratchFile(const ScratchFile &) = delete;
  ScratchFile &operator=(const ScratchFile &) = delete;
  llvm::StringRef path() const { return Path; }

private:
  llvm::SmallString<128> Path;
};

std::string bytesOf(llvm::StringRef Name) {
  auto Buffer = llvm::MemoryBuffer::getFile(input(Name), /*IsText=*/false);
  if (!Buffer) {
    ADD_FAILURE() << "cannot read " << input(Name);
    return "";
  }
  return std::string((*Buffer)->getBuffer());
}

//===----------------------------------------------------------------------===//
// Real recordings
//===----------------------------------------------------------------------===//

void expectGrow(const HeapProfile &Profile) {
  ASSERT_THAT(Profile.sites(), SizeIs(1));
  const ProfileSite &Site = Profile.sites()[0];
  EXPECT_TRUE(
      llvm::StringRef(Site.File).ends_with("/test/Inputs/profile/grow.cpp"))
      << Site.File;
  EXPECT_EQ(Site.Line, 9u);
  const SiteMeasure &M = Site.Measure;
  EXPECT_EQ(M.Allocations, 14997u);
  EXPECT_EQ(M.Temporary, 715u);
  EXPECT_EQ(M.Bytes, 5000u * 4 + 4285u * 8 + 3570u * 16 + 2142u * 32);
  // Growing from 16 to 32 bytes, both buffers are alive.
  EXPECT_EQ(M.Peak, 48u);
  EXPECT_EQ(M.Sizes, (Histogram{{4, 5000}, {8, 4285}, {16, 3570}, {32, 2142}}));
}

TEST(HeapProfileTest, ReadsZstdRecording) {
  HeapProfile Profile = read("grow.zst");
  expectGrow(Profile);
  EXPECT_THAT(Profile.sources(), ElementsAre(input("grow.zst")));
}

TEST(HeapProfileTest, ReadsGzipRecording) { expectGrow(read("grow.gz")); }

TEST(HeapProfileTest, SitesAtTwoLinesNotThePlainNew) {
  HeapProfile Profile = read("two.zst");
  const char *Source = "test/Inputs/profile/two.cpp";
  EXPECT_THAT(Profile.sitesInFile(Source), SizeIs(2));
  const SiteMeasure *Small = Profile.at(Source, 11);
  const SiteMeasure *Large = Profile.at(Source, 13);
  ASSERT_TRUE(Small && Large);
  EXPECT_EQ(Small->Allocations, 350u);
  EXPECT_EQ(Small->Temporary, 0u);
  EXPECT_EQ(Small->Sizes,
            (Histogram{{4, 100}, {8, 90}, {16, 80}, {32, 60}, {64, 20}}));
  EXPECT_EQ(Small->Peak, 32u + 64u);
  EXPECT_EQ(Large->Allocations, 520u);
  EXPECT_EQ(Large->Temporary, 0u);
  EXPECT_EQ(
      Large->Sizes,
      (Histogram{
          {8, 100}, {16, 100}, {32, 100}, {64, 90}, {128, 80}, {256, 50}}));
  EXPECT_EQ(Large->Peak, 128u + 256u);
  // `new int[]` at line 14 is not a container's growth.
  EXPECT_EQ(Profile.at(Source, 14), nullptr);
}

TEST(HeapProfileTest, SiteInsideHelperInlinedFromUserHeader) {
  HeapProfile Profile = read("inlined.zst");
  ASSERT_THAT(Profile.sites(), SizeIs(1));
  // The debug information names the header as it was included.
  EXPECT_EQ(Profile.sites()[0].File, "./collect.h");
  const SiteMeasure *M = Profile.at("test/Inputs/profile/collect.h", 8);
  ASSERT_TRUE(M);
  EXPECT_EQ(M->Allocations, 1245u);
  EXPECT_EQ(M->Temporary, 15u);
  EXPECT_EQ(M->Peak, 128u + 256u);
  EXPECT_EQ(
      M->Sizes,
      (Histogram{
          {8, 285}, {16, 270}, {32, 255}, {64, 225}, {128, 165}, {256, 45}}));
  // Not the line of the helper's caller.
  EXPECT_EQ(Profile.at("test/Inputs/profile/inlined.cpp", 8), nullptr);
}

TEST(HeapProfileTest, MergeAddsRunsOfTheSameProgram) {
  HeapProfile Profile = read("grow.zst");
  Profile.merge(read("grow.gz"));
  ASSERT_THAT(Profile.sites(), SizeIs(1));
  const SiteMeasure &M = Profile.sites()[0].Measure;
  EXPECT_EQ(M.Allocations, 2 * 14997u);
  EXPECT_EQ(M.Temporary, 2 * 715u);
  EXPECT_EQ(M.Peak, 48u);
  EXPECT_EQ(M.Sizes,
            (Histogram{{4, 10000}, {8, 8570}, {16, 7140}, {32, 4284}}));
  EXPECT_THAT(Profile.sources(),
              ElementsAre(input("grow.zst"), input("grow.gz")));
}

TEST(HeapProfileTest, MergeKeepsOtherSites) {
  HeapProfile Profile = read("grow.zst");
  Profile.merge(read("two.zst"));
  EXPECT_THAT(Profile.sites(), SizeIs(3));
  EXPECT_NE(Profile.at("grow.cpp", 9), nullptr);
  EXPECT_NE(Profile.at("two.cpp", 13), nullptr);
}

TEST(HeapProfileTest, SiteMeasureAdd) {
  SiteMeasure A;
  A.Allocations = 3;
  A.Bytes = 12;
  A.Temporary = 1;
  A.Peak = 8;
  A.Sizes = {{4, 3}};
  SiteMeasure B;
  B.Allocations = 2;
  B.Bytes = 24;
  B.Peak = 16;
  B.Sizes = {{4, 1}, {20, 1}};
  A.add(B);
  EXPECT_EQ(A.Allocations, 5u);
  EXPECT_EQ(A.Bytes, 36u);
  EXPECT_EQ(A.Temporary, 1u);
  EXPECT_EQ(A.Peak, 16u);
  EXPECT_EQ(A.Sizes, (Histogram{{4, 4}, {20, 1}}));
}

//===----------------------------------------------------------------------===//
// Recordings written here
//===----------------------------------------------------------------------===//

/// One frame: a function, and its file and line when it has debug
/// information.
struct F {
  std::string Function;
  std::string File;
  unsigned Line = 0;
};

/// Writes a heaptrack recording (format 3) line by line.
class Recording {
public:
  /// An allocation info of \p Size bytes whose backtrace is \p Stack: one
  /// instruction pointer per element, from the outermost (main's side) to
  /// the allocation; each one's frames innermost first, as in an `i` line.
  unsigned info(uint64_t Size, const std::vector<std::vector<F>> &Stack) {
    unsigned Parent = 0;
    for (const std::vector<F> &Frames : Stack) {
      std::string Ip = "i " + hex(0x1000 + Ips) + " 0";
      for (const F &Frame : Frames) {
        Ip += " " + hex(string(Frame.Function));
        if (!Frame.File.empty())
          Ip += " " + hex(string(Frame.File)) + " " + hex(Frame.Line);
      }
      Text += Ip + "\n";
      ++Ips;
      Text += "t " + hex(Ips) + " " + hex(Parent) + "\n";
      Parent = ++Traces;
    }
    Text += "a " + hex(Size) + " " + hex(Parent) + "\n";
    return Infos++;
  }
  void allocate(unsigned Info) { Text += "+ " + hex(Info) + "\n"; }
  void free(unsigned Info) { Text += "- " + hex(Info) + "\n"; }
  void line(llvm::StringRef Line) { Text += (Line + "\n").str(); }
  const std::string &text() const { return Text; }

private:
  static std::string hex(uint64_t N) {
    return llvm::utohexstr(N, /*LowerCase=*/true);
  }
  unsigned string(const std::string &S) {
    auto [It, Inserted] = Strings.emplace(S, Strings.size() + 1);
    if (Inserted)
      Text += "s " + hex(S.size()) + " " + S + "\n";
    return It->second;
  }

  std::string Text = "v 10400 3\nX ./prog\nI 1000 5e2944\n";
  std::map<std::string, unsigned> Strings;
  unsigned Ips = 0;
  unsigned Traces = 0;
  unsigned Infos = 0;
};

const std::vector<F> OperatorNew = {{"operator new(unsigned long)", "", 0}};
const F PushBack = {"std::vector<int, std::allocator<int> >::push_back(int&&)",
                    "/usr/include/c++/12/bits/stl_vector.h", 1294};

/// An allocation info whose site is \p File:\p Line, push_back inlined
/// into it.
unsigned growthAt(Recording &R, const std::string &File, unsigned Line,
                  uint64_t Size = 4) {
  return R.info(Size, {{PushBack, {"f()", File, Line}}, OperatorNew});
}

HeapProfile parse(const Recording &R) {
  llvm::Expected<HeapProfile> Profile =
      HeapProfile::parseHeaptrack(R.text(), "test.hpt");
  if (!Profile) {
    ADD_FAILURE() << llvm::toString(Profile.takeError());
    return HeapProfile();
  }
  return std::move(*Profile);
}

TEST(HeapProfileTest, SiteIsFirstUserFrameAboveTheVector) {
  Recording R;
  // main -> run (main.cpp:5) -> push_back -> _M_realloc_insert -> new.
  unsigned Growth =
      R.info(8, {{{"main", "/src/main.cpp", 20}},
                 {{"run()", "/src/main.cpp", 5}},
                 {{"void std::vector<int>::_M_realloc_insert<int>(int&&)",
                   "/usr/include/c++/12/bits/vector.tcc", 453},
                  {"std::vector<int>::push_back(int&&)",
                   "/usr/include/c++/12/bits/stl_vector.h", 1294}},
                 OperatorNew});
  // The same in a user function named like a vector, below run: the site
  // is the first user frame, whatever its name.
  unsigned Named = R.info(8, {{{"run()", "/src/main.cpp", 6}},
                              {{"my_vector_fill()", "/src/fill.h", 3}},
                              {PushBack},
                              OperatorNew});
  // A std algorithm whose template arguments name a vector is not one.
  unsigned Sort =
      R.info(64, {{{"run()", "/src/main.cpp", 7}},
                  {{"void std::stable_sort<__gnu_cxx::__normal_iterator<int*, "
                    "std::vector<int, std::allocator<int> > > >(int*, int*)",
                    "/usr/include/c++/12/bits/stl_algo.h", 4990}},
                  OperatorNew});
  // llvm::SmallVector's out-of-line growth, from LLVM's installed headers.
  unsigned Small =
      R.info(32, {{{"run()", "/src/main.cpp", 8}},
                  {{"llvm::SmallVectorBase<unsigned int>::grow_pod(void*, "
                    "unsigned long, unsigned long)",
                    "/usr/lib/llvm-22/include/llvm/ADT/SmallVector.h", 140}},
                  {{"malloc", "", 0}}});
  // Boost under /opt, inlined into the user's frame.
  unsigned Boost = R.info(
      16, {{{"boost::container::vector<int>::priv_forward_range_insert()",
             "/opt/boost/include/boost/container/vector.hpp", 2900},
            {"run()", "/src/main.cpp", 9}},
           OperatorNew});
  // A plain new in the user's code.
  unsigned Plain = R.info(4, {{{"run()", "/src/main.cpp", 10}}, OperatorNew});
  for (unsigned Info : {Growth, Named, Sort, Small, Boost, Plain})
    R.allocate(Info);
  HeapProfile Profile = parse(R);
  EXPECT_NE(Profile.at("/src/main.cpp", 5), nullptr);
  EXPECT_EQ(Profile.at("/src/main.cpp", 6), nullptr);
  EXPECT_NE(Profile.at("/src/fill.h", 3), nullptr);
  EXPECT_EQ(Profile.at("/src/main.cpp", 7), nullptr);
  EXPECT_NE(Profile.at("/src/main.cpp", 8), nullptr);
  EXPECT_NE(Profile.at("/src/main.cpp", 9), nullptr);
  EXPECT_EQ(Profile.at("/src/main.cpp", 10), nullptr);
  EXPECT_THAT(Profile.sites(), SizeIs(4));
}

TEST(HeapProfileTest, OnlyTheVectorsBufferIsItsAllocation) {
  Recording R;
  const std::vector<F> Allocate = {
      {"std::__new_allocator<char>::allocate(unsigned long, void const*)",
       "/usr/include/c++/12/bits/new_allocator.h", 137}};
  // push_back(line) copies a std::string into the vector: the string's
  // buffer is allocated inside push_back, but by the string.
  unsigned StringCopy = R.info(
      32, {{{"run()", "/src/main.cpp", 5}},
           {{"std::vector<std::string>::push_back(std::string const&)",
             "/usr/include/c++/12/bits/stl_vector.h", 1281}},
           {{"std::__cxx11::basic_string<char>::_M_create(unsigned long&, "
             "unsigned long)",
             "/usr/include/c++/12/bits/basic_string.tcc", 141}},
           Allocate,
           OperatorNew});
  // The vector's own buffer, through _M_realloc_insert and _M_allocate.
  unsigned Buffer = R.info(
      64, {{{"run()", "/src/main.cpp", 5}},
           {{"std::vector<std::string>::push_back(std::string const&)",
             "/usr/include/c++/12/bits/stl_vector.h", 1281},
            {"void std::vector<std::string>::_M_realloc_insert<std::string "
             "const&>()",
             "/usr/include/c++/12/bits/vector.tcc", 440}},
           {{"std::_Vector_base<std::string>::_M_allocate(unsigned long)",
             "/usr/include/c++/12/bits/stl_vector.h", 378}},
           Allocate,
           OperatorNew});
  // libc++ reallocates through a __split_buffer.
  unsigned Libcxx = R.info(
      16,
      {{{"run()", "/src/main.cpp", 6}},
       {{"void std::__1::vector<int>::__push_back_slow_path<int>(int&&)",
         "/usr/lib/llvm-22/include/c++/v1/vector", 1500}},
       {{"std::__1::__split_buffer<int, std::__1::allocator<int>&>::"
         "__split_buffer(unsigned long, unsigned long)",
         "/usr/lib/llvm-22/include/c++/v1/__split_buffer", 300}},
       {{"std::__1::__allocate_at_least<std::__1::allocator<int>>()",
         "/usr/lib/llvm-22/include/c++/v1/__memory/allocate_at_least.h", 40}},
       OperatorNew});
  for (unsigned Info : {StringCopy, Buffer, Libcxx})
    R.allocate(Info);
  HeapProfile Profile = parse(R);
  const SiteMeasure *Line5 = Profile.at("/src/main.cpp", 5);
  ASSERT_NE(Line5, nullptr);
  EXPECT_EQ(Line5->Allocations, 1u);
  EXPECT_EQ(Line5->Sizes, (Histogram{{64, 1}}));
  EXPECT_NE(Profile.at("/src/main.cpp", 6), nullptr);
}

TEST(HeapProfileTest, TemporaryIsFreedBeforeAnyOtherAllocation) {
  Recording R;
  unsigned A = growthAt(R, "/src/a.cpp", 1);
  unsigned B = growthAt(R, "/src/b.cpp", 2);
  R.allocate(A);
  R.line("c 10"); // Time stamps change nothing.
  R.free(A);      // Temporary.
  R.allocate(A);
  R.allocate(A);
  R.free(A); // Temporary: the same allocation info, another pointer.
  R.free(A); // Not: a free came between.
  R.allocate(A);
  R.allocate(B);
  R.free(A); // Not: another allocation came between.
  R.free(B); // Not.
  HeapProfile Profile = parse(R);
  const SiteMeasure *AtA = Profile.at("a.cpp", 1);
  const SiteMeasure *AtB = Profile.at("b.cpp", 2);
  ASSERT_TRUE(AtA && AtB);
  EXPECT_EQ(AtA->Allocations, 4u);
  EXPECT_EQ(AtA->Temporary, 2u);
  EXPECT_EQ(AtA->Peak, 8u);
  EXPECT_EQ(AtB->Temporary, 0u);
}

TEST(HeapProfileTest, TemporaryOfAllocationInfoZero) {
  // heaptrack counts a `- 0` after a `-` as temporary (its "no last
  // allocation" is 0); stacklift does not.
  Recording R;
  unsigned A = growthAt(R, "/src/a.cpp", 1);
  unsigned B = growthAt(R, "/src/a.cpp", 2);
  ASSERT_EQ(A, 0u);
  R.allocate(A);
  R.allocate(B);
  R.free(B);
  R.free(A);
  EXPECT_EQ(parse(R).at("a.cpp", 1)->Temporary, 0u);
}

TEST(HeapProfileTest, PeakIsMostBytesAliveAtOnce) {
  Recording R;
  unsigned Four = growthAt(R, "/src/a.cpp", 1, 4);
  unsigned Eight = growthAt(R, "/src/a.cpp", 1, 8);
  unsigned Elsewhere = growthAt(R, "/src/b.cpp", 1, 1000);
  R.allocate(Four);
  R.allocate(Eight); // 12 alive.
  R.free(Four);
  R.allocate(Elsewhere); // Another site's bytes do not count.
  R.allocate(Four);      // 12 again.
  R.free(Eight);
  R.free(Four);
  R.allocate(Four);
  HeapProfile Profile = parse(R);
  const SiteMeasure *M = Profile.at("a.cpp", 1);
  ASSERT_TRUE(M);
  EXPECT_EQ(M->Peak, 12u);
  EXPECT_EQ(M->Bytes, 20u);
  EXPECT_EQ(M->Sizes, (Histogram{{4, 3}, {8, 1}}));
}

TEST(HeapProfileTest, StringsAreSizedAndMayHoldSpaces) {
  Recording R;
  unsigned A = growthAt(R, "/home/me/my project/src/a b.cpp", 3);
  R.allocate(A);
  HeapProfile Profile = parse(R);
  ASSERT_THAT(Profile.sites(), SizeIs(1));
  EXPECT_EQ(Profile.sites()[0].File, "/home/me/my project/src/a b.cpp");
  EXPECT_NE(Profile.at("src/a b.cpp", 3), nullptr);
}

TEST(HeapProfileTest, UnknownLinesAndCommentsAreIgnored) {
  Recording R;
  unsigned A = growthAt(R, "/src/a.cpp", 1);
  R.line("# a comment");
  R.line("");
  R.line("Q 1 2 3");
  R.line("zzz");
  R.line("R 3e2");
  R.line("A");
  R.allocate(A);
  EXPECT_EQ(parse(R).at("a.cpp", 1)->Allocations, 1u);
}

TEST(HeapProfileTest, IncompleteLastLineIsIgnored) {
  Recording R;
  unsigned A = growthAt(R, "/src/a.cpp", 1);
  R.allocate(A);
  R.allocate(A);
  // Cut in the middle of the last line: `+ 0` without its newline.
  std::string Cut = R.text().substr(0, R.text().size() - 1);
  llvm::Expected<HeapProfile> Profile =
      HeapProfile::parseHeaptrack(Cut, "cut.hpt");
  ASSERT_TRUE(static_cast<bool>(Profile))
      << llvm::toString(Profile.takeError());
  EXPECT_EQ(Profile->at("a.cpp", 1)->Allocations, 1u);
}

TEST(HeapProfileTest, ReadsUncompressedRecording) {
  Recording R;
  R.allocate(growthAt(R, "/src/a.cpp", 1));
  ScratchFile Plain(R.text());
  llvm::Expected<HeapProfile> Profile = HeapProfile::readFile(Plain.path());
  ASSERT_TRUE(static_cast<bool>(Profile))
      << llvm::toString(Profile.takeError());
  EXPECT_EQ(Profile->at("a.cpp", 1)->Allocations, 1u);
}

//===----------------------------------------------------------------------===//
// Path matching
//===----------------------------------------------------------------------===//

class PathMatchingTest : public ::testing::Test {
protected:
  void SetUp() override {
    Recording R;
    for (const auto &[File, Line] :
         std::vector<std::pair<std::string, unsigned>>{
             {"/home/a/proj/src/x.cpp", 10},
             {"/home/a/proj/lib/x.cpp", 20},
             {"/build/y.cpp", 5},
             {"./collect.h", 8},
             {"/home/a/proj/src/../include/z.h", 3}})
      R.allocate(growthAt(R, File, Line));
    Profile = parse(R);
  }

  /// The lines of the sites matched for \p Source.
  std::vector<unsigned> lines(llvm::StringRef Source) const {
    std::vector<unsigned> Lines;
    for (const ProfileSite *Site : Profile.sitesInFile(Source))
      Lines.push_back(Site->Line);
    return Lines;
  }

  HeapProfile Profile;
};

TEST_F(PathMatchingTest, RelativeSourcePath) {
  EXPECT_THAT(lines("src/x.cpp"), ElementsAre(10));
  EXPECT_THAT(lines("lib/x.cpp"), ElementsAre(20));
  EXPECT_THAT(lines("./src/x.cpp"), ElementsAre(10));
}

TEST_F(PathMatchingTest, DifferentPrefixes) {
  EXPECT_THAT(lines("/ci/checkout/proj/src/x.cpp"), ElementsAre(10));
  EXPECT_THAT(lines("/home/a/proj/src/x.cpp"), ElementsAre(10));
  EXPECT_THAT(lines("/elsewhere/y.cpp"), ElementsAre(5));
}

TEST_F(PathMatchingTest, RelativeProfilePath) {
  EXPECT_THAT(lines("/work/project/collect.h"), ElementsAre(8));
  EXPECT_THAT(lines("collect.h"), ElementsAre(8));
}

TEST_F(PathMatchingTest, TieBetweenDifferentPathsMatchesNothing) {
  EXPECT_THAT(lines("x.cpp"), IsEmpty());
  EXPECT_THAT(lines("/other/x.cpp"), IsEmpty());
  EXPECT_EQ(Profile.at("x.cpp", 10), nullptr);
}

TEST_F(PathMatchingTest, DotDotComponents) {
  EXPECT_THAT(lines("/home/a/proj/include/z.h"), ElementsAre(3));
  EXPECT_THAT(lines("include/sub/../z.h"), ElementsAre(3));
  EXPECT_THAT(lines("/home/a/proj/lib/../src/x.cpp"), ElementsAre(10));
}

TEST_F(PathMatchingTest, FileNameMustMatch) {
  EXPECT_THAT(lines("src/w.cpp"), IsEmpty());
  EXPECT_THAT(lines("src/x.cc"), IsEmpty());
  EXPECT_THAT(lines("src"), IsEmpty());
}

TEST_F(PathMatchingTest, AtLooksUpTheLine) {
  EXPECT_NE(Profile.at("src/x.cpp", 10), nullptr);
  EXPECT_EQ(Profile.at("src/x.cpp", 11), nullptr);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(HeapProfileErrorTest, MissingFile) {
  std::string Message =
      errorOf(HeapProfile::readFile("/nonexistent/heaptrack.x.1.zst"));
  EXPECT_THAT(Message, HasSubstr("/nonexistent/heaptrack.x.1.zst"));
  EXPECT_THAT(Message, HasSubstr("cannot read"));
}

TEST(HeapProfileErrorTest, NotARecording) {
  ScratchFile Text("hello world\nv 10400 3\n");
  EXPECT_THAT(errorOf(HeapProfile::readFile(Text.path())),
              HasSubstr(":1: not a heaptrack recording"));
  ScratchFile Binary(llvm::StringRef("\x7f"
                                     "ELF\x02\x01\x01\0\0\0",
                                     10));
  EXPECT_THAT(errorOf(HeapProfile::readFile(Binary.path())),
              HasSubstr("not a heaptrack recording"));
  ScratchFile Empty("");
  EXPECT_THAT(errorOf(HeapProfile::readFile(Empty.path())),
              HasSubstr("truncated"));
}

TEST(HeapProfileErrorTest, WrongFormatVersion) {
  EXPECT_THAT(errorOf(HeapProfile::parseHeaptrack("v 10200 2\n", "old")),
              HasSubstr("old:1: heaptrack file format version 2 is not "
                        "supported"));
  EXPECT_THAT(errorOf(HeapProfile::parseHeaptrack("v 10200\n", "older")),
              HasSubstr("format version 0 is not supported"));
}

TEST(HeapProfileErrorTest, TruncatedHeader) {
  EXPECT_THAT(errorOf(HeapProfile::parseHeaptrack("v 10400 3", "cut")),
              HasSubstr("cut: truncated"));
}

TEST(HeapProfileErrorTest, TruncatedZstd) {
  std::string Bytes = bytesOf("grow.zst");
  ScratchFile Cut(llvm::StringRef(Bytes).take_front(Bytes.size() / 2));
  EXPECT_THAT(errorOf(HeapProfile::readFile(Cut.path())),
              HasSubstr("truncated zstd data"));
}

TEST(HeapProfileErrorTest, CorruptZstd) {
  std::string Bytes = bytesOf("grow.zst");
  ScratchFile Garbage(Bytes.substr(0, 4) + std::string(64, 'x'));
  EXPECT_THAT(errorOf(HeapProfile::readFile(Garbage.path())),
              HasSubstr("corrupt zstd data"));
}

TEST(HeapProfileErrorTest, TruncatedGzip) {
  std::string Bytes = bytesOf("grow.gz");
  ScratchFile Cut(llvm::StringRef(Bytes).take_front(Bytes.size() / 2));
  EXPECT_THAT(errorOf(HeapProfile::readFile(Cut.path())),
              HasSubstr("truncated gzip data"));
}

TEST(HeapProfileErrorTest, MalformedNumberNamesTheLine) {
  EXPECT_THAT(errorOf(HeapProfile::parseHeaptrack(
                  "v 10400 3\na 4 0\n+ 0\n+ zz\n", "bad")),
              HasSubstr("bad:4: malformed number 'zz'"));
  EXPECT_THAT(
      errorOf(HeapProfile::parseHeaptrack("v 10400 3\ns 1g x\n", "bad")),
      HasSubstr("bad:2: malformed number '1g'"));
  EXPECT_THAT(
      errorOf(HeapProfile::parseHeaptrack("v 10400 3\ns 9 abc\n", "bad")),
      HasSubstr("bad:2: a string of 9 bytes holds only 3"));
}

TEST(HeapProfileErrorTest, IndexOutOfRange) {
  auto ErrorOf = [](llvm::StringRef Lines) {
    return errorOf(
        HeapProfile::parseHeaptrack(("v 10400 3\n" + Lines).str(), "range"));
  };
  EXPECT_THAT(ErrorOf("+ 5\n"),
              HasSubstr("range:2: allocation info index 0x5 is out of range "
                        "(0 defined)"));
  EXPECT_THAT(ErrorOf("a 4 0\n- 1\n"),
              HasSubstr("range:3: allocation info index 0x1"));
  EXPECT_THAT(ErrorOf("t 3 0\n"),
              HasSubstr("range:2: instruction pointer index 0x3"));
  EXPECT_THAT(ErrorOf("i 1000 0\nt 1 1\n"),
              HasSubstr("range:3: trace index 0x1 is out of range"));
  EXPECT_THAT(ErrorOf("a 4 a\n"), HasSubstr("range:2: trace index 0xa"));
  EXPECT_THAT(ErrorOf("s 1 f\ni 1000 0 1 2 3\n"),
              HasSubstr("range:3: string index 0x2"));
  EXPECT_THAT(ErrorOf("i 1000 0 1 2\n"),
              HasSubstr("frames are a function, or triples"));
}

} // namespace
} // namespace stacklift
