//===- PolicyTest.cpp - Tests of the remedy policy, options and texts -----===//
//
// The parts of the core that need no AST: the remedy rules of
// RemedyPolicy.h, the option parser of CheckOptions.h, and the texts of
// Messages.h and FindingBuilder.h.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Driver/CheckOptions.h"
#include "stacklift/Remedy/RemedyPolicy.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <map>

namespace stacklift {
namespace {

using ::testing::ElementsAre;

//===----------------------------------------------------------------------===//
// chooseRemedy
//===----------------------------------------------------------------------===//

RemedyInput input(CountKind Count, std::optional<uint64_t> Constant,
                  bool Escapes) {
  RemedyInput In;
  In.Count = Count;
  In.ConstantCount = Constant;
  In.Escapes = Escapes;
  return In;
}

TEST(ChooseRemedyTest, Rule1LoopNeverRuns) {
  for (CountKind Kind : {CountKind::Exact, CountKind::UpperBound}) {
    RemedyDecision D = chooseRemedy(input(Kind, 0, false), CheckOptions());
    EXPECT_EQ(D.Kind, RemedyKind::None);
    EXPECT_EQ(D.WhyNone, "the loop never runs");
  }
}

TEST(ChooseRemedyTest, Rule2ExactCountReserves) {
  // Whether or not the vector escapes: reserve keeps the type.
  for (bool Escapes : {false, true}) {
    RemedyDecision D = chooseRemedy(
        input(CountKind::Exact, std::nullopt, Escapes), CheckOptions());
    EXPECT_EQ(D.Kind, RemedyKind::Reserve);
    EXPECT_EQ(D.WhyNone, "");
  }
  RemedyDecision D =
      chooseRemedy(input(CountKind::Exact, 16, false), CheckOptions());
  EXPECT_EQ(D.Kind, RemedyKind::Reserve);
}

TEST(ChooseRemedyTest, Rule2NeedsReserveEnabled) {
  CheckOptions Options;
  Options.EnableReserve = false;
  RemedyDecision D =
      chooseRemedy(input(CountKind::Exact, std::nullopt, false), Options);
  EXPECT_EQ(D.Kind, RemedyKind::None);
  EXPECT_EQ(D.WhyNone, "the reserve remedy is disabled");
}

TEST(ChooseRemedyTest, Rule3InexactCountsGetNothing) {
  for (CountKind Kind : {CountKind::UpperBound, CountKind::Unknown}) {
    for (std::optional<uint64_t> Constant :
         {std::optional<uint64_t>(), std::optional<uint64_t>(8)}) {
      RemedyDecision D =
          chooseRemedy(input(Kind, Constant, false), CheckOptions());
      EXPECT_EQ(D.Kind, RemedyKind::None);
      EXPECT_EQ(D.WhyNone, "the number of elements is not known exactly");
    }
  }
}

TEST(ChooseRemedyTest, DefaultInputGetsNothing) {
  EXPECT_EQ(chooseRemedy(RemedyInput(), CheckOptions()).Kind, RemedyKind::None);
}

TEST(RemedyNameTest, Names) {
  EXPECT_EQ(remedyName(RemedyKind::None), "none");
  EXPECT_EQ(remedyName(RemedyKind::Reserve), "reserve");
  EXPECT_EQ(remedyName(RemedyKind::FixedCapacity), "fixed-capacity");
  EXPECT_EQ(remedyName(RemedyKind::InlineBuffer), "inline-buffer");
}

//===----------------------------------------------------------------------===//
// parseCheckOptions
//===----------------------------------------------------------------------===//

using Config = std::map<std::string, std::string>;

/// Parses the options a configuration holds, by local name; on error, the
/// default options and the error's message in \p Error.
CheckOptions parse(const Config &Values, std::string *Error = nullptr) {
  llvm::Expected<CheckOptions> Options = parseCheckOptions(
      [&](llvm::StringRef Name) -> std::optional<std::string> {
        auto It = Values.find(Name.str());
        if (It == Values.end())
          return std::nullopt;
        return It->second;
      });
  std::string Message = Options ? "" : llvm::toString(Options.takeError());
  if (Error)
    *Error = Message;
  else
    EXPECT_EQ(Message, "") << "unexpected error";
  return Options ? *Options : CheckOptions();
}

/// The error parseCheckOptions gives for \p Values.
std::string parseError(const Config &Values) {
  std::string Error;
  parse(Values, &Error);
  return Error;
}

TEST(CheckOptionsTest, Defaults) {
  CheckOptions Options = parse({});
  EXPECT_THAT(Options.VectorLikeClasses, ElementsAre("::std::vector"));
  EXPECT_TRUE(Options.EnableReserve);
}

TEST(CheckOptionsTest, VectorLikeClassesSplitOnSemicolons) {
  EXPECT_THAT(
      parse({{"VectorLikeClasses", "::std::vector;::llvm::SmallVector"}})
          .VectorLikeClasses,
      ElementsAre("::std::vector", "::llvm::SmallVector"));
  // Blanks around names and empty entries are dropped.
  EXPECT_THAT(parse({{"VectorLikeClasses", " ::a ; ;::b;"}}).VectorLikeClasses,
              ElementsAre("::a", "::b"));
}

TEST(CheckOptionsTest, EmptyVectorLikeClassesIsAnError) {
  EXPECT_EQ(parseError({{"VectorLikeClasses", " ; "}}),
            "invalid value ' ; ' for option "
            "'stacklift-vector-growth.VectorLikeClasses'; expected a "
            "';'-separated list of class names");
}

TEST(CheckOptionsTest, EnableReserveValues) {
  const std::pair<const char *, bool> Cases[] = {
      {"true", true}, {"false", false}, {"1", true},
      {"0", false},   {"True", true},   {"FALSE", false}};
  for (const auto &[Text, Value] : Cases)
    EXPECT_EQ(parse({{"EnableReserve", Text}}).EnableReserve, Value) << Text;
}

TEST(CheckOptionsTest, InvalidEnableReserveNamesOptionAndValue) {
  EXPECT_EQ(parseError({{"EnableReserve", "yes"}}),
            "invalid value 'yes' for option "
            "'stacklift-vector-growth.EnableReserve'; expected true or "
            "false");
}

TEST(CheckOptionsTest, ParseBool) {
  EXPECT_EQ(parseBool("true"), true);
  EXPECT_EQ(parseBool(" 0 "), false);
  EXPECT_EQ(parseBool("2"), std::nullopt);
  EXPECT_EQ(parseBool(""), std::nullopt);
}

TEST(CheckOptionsTest, ToStrings) {
  EXPECT_THAT(CheckOptions().toStrings(),
              ElementsAre(std::make_pair("VectorLikeClasses", "::std::vector"),
                          std::make_pair("EnableReserve", "true")));
}

TEST(CheckOptionsTest, ToStringsRoundTrip) {
  CheckOptions Original;
  Original.VectorLikeClasses = {"::std::vector", "::my::Vec"};
  Original.EnableReserve = false;
  Config Stored;
  for (const auto &[Name, Value] : Original.toStrings())
    Stored[Name] = Value;
  CheckOptions Parsed = parse(Stored);
  EXPECT_EQ(Parsed.VectorLikeClasses, Original.VectorLikeClasses);
  EXPECT_EQ(Parsed.EnableReserve, Original.EnableReserve);
  EXPECT_EQ(Parsed.toStrings(), Original.toStrings());
}

//===----------------------------------------------------------------------===//
// formatMessage, reserveStatement, escapeNote
//===----------------------------------------------------------------------===//

TEST(FormatMessageTest, Substitutes) {
  EXPECT_EQ(formatMessage("%0 and %1", {"a", "b"}), "a and b");
  EXPECT_EQ(formatMessage("%1%0%1", {"a", "b"}), "bab");
  EXPECT_EQ(formatMessage(msg::GrowsInLoop, {"v", "push_back", "n"}),
            "vector 'v' grows with 'push_back' in a loop that runs 'n' "
            "times; consider calling 'reserve' before the loop");
}

TEST(FormatMessageTest, KeepsOtherPercents) {
  EXPECT_EQ(formatMessage("100% of %0", {"v"}), "100% of v");
  EXPECT_EQ(formatMessage("%x%", {"v"}), "%x%");
  // A placeholder without an argument stays as it is.
  EXPECT_EQ(formatMessage("%0 %1", {"v"}), "v %1");
  // Arguments are not scanned again.
  EXPECT_EQ(formatMessage("%0 %1", {"%1", "w"}), "%1 w");
}

TripCount count(llvm::StringRef Text, llvm::StringRef Guard = "") {
  TripCount C;
  C.Kind = CountKind::Exact;
  C.Text = Text.str();
  C.Guard = Guard.str();
  return C;
}

TEST(ReserveStatementTest, Plain) {
  EXPECT_EQ(reserveStatement("v", count("n"), false), "v.reserve(n);");
  EXPECT_EQ(reserveStatement("v", count("in.size()"), false),
            "v.reserve(in.size());");
}

TEST(ReserveStatementTest, Guard) {
  EXPECT_EQ(reserveStatement("v", count("n", "0 < n"), false),
            "if (0 < n) v.reserve(n);");
  EXPECT_EQ(reserveStatement("v", count("n - a", "a < n"), false),
            "if (a < n) v.reserve(n - a);");
}

TEST(ReserveStatementTest, MayBeNonEmptyAddsSize) {
  EXPECT_EQ(reserveStatement("v", count("n"), true),
            "v.reserve(v.size() + n);");
  EXPECT_EQ(reserveStatement("out", count("in.size()"), true),
            "out.reserve(out.size() + in.size());");
  EXPECT_EQ(reserveStatement("v", count("n", "0 < n"), true),
            "if (0 < n) v.reserve(v.size() + n);");
  // A compound count is parenthesised.
  EXPECT_EQ(reserveStatement("v", count("n - a", "a < n"), true),
            "if (a < n) v.reserve(v.size() + (n - a));");
  EXPECT_EQ(reserveStatement("v", count("n >> 1"), true),
            "v.reserve(v.size() + (n >> 1));");
}

// C1 copies the bound as the user spelled it: `i < n>>1` gives Text "n>>1",
// which must be parenthesised after `v.size() + ` even without spaces.
TEST(ReserveStatementTest, CompoundCountWithoutSpaces) {
  EXPECT_EQ(reserveStatement("v", count("n>>1"), true),
            "v.reserve(v.size() + (n>>1));");
  EXPECT_EQ(reserveStatement("v", count("n&m"), true),
            "v.reserve(v.size() + (n&m));");
}

TEST(EscapeNoteTest, Texts) {
  auto Note = [](EscapeReason Reason, std::string Callee = "") {
    EscapeResult R;
    R.Reason = Reason;
    R.Callee = std::move(Callee);
    return escapeNote("v", R);
  };
  EXPECT_EQ(Note(EscapeReason::None), "");
  EXPECT_EQ(Note(EscapeReason::Returned), "'v' escapes: returned here");
  EXPECT_EQ(Note(EscapeReason::Thrown), "'v' escapes: thrown here");
  EXPECT_EQ(Note(EscapeReason::AddressTaken),
            "'v' escapes: its address is taken here");
  EXPECT_EQ(Note(EscapeReason::ElementsExposed),
            "'v' escapes: a pointer to its elements is taken here");
  EXPECT_EQ(Note(EscapeReason::PassedByReference, "ns::keep"),
            "'v' escapes: passed by non-const reference to 'ns::keep' here");
  EXPECT_EQ(Note(EscapeReason::MovedOut),
            "'v' escapes: moved into another object here");
  EXPECT_EQ(Note(EscapeReason::CapturedByReference),
            "'v' escapes: captured by reference in a lambda here");
}

} // namespace
} // namespace stacklift
