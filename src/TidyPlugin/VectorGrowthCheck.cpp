//===- VectorGrowthCheck.cpp - clang-tidy adapter -------------------------===//

#include "VectorGrowthCheck.h"

using namespace clang;
using namespace clang::tidy;

namespace stacklift {

VectorGrowthCheck::VectorGrowthCheck(StringRef Name, ClangTidyContext *Ctx)
    : ClangTidyCheck(Name, Ctx), Analyzer(readOptions()) {}

CheckOptions VectorGrowthCheck::readOptions() {
  llvm::Expected<CheckOptions> Parsed =
      parseCheckOptions([this](StringRef Local) -> std::optional<std::string> {
        if (std::optional<StringRef> Value = Options.get(Local))
          return Value->str();
        return std::nullopt;
      });
  if (Parsed)
    return *Parsed;
  configurationDiag("%0; using the defaults")
      << llvm::toString(Parsed.takeError());
  return CheckOptions();
}

void VectorGrowthCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &[Name, Value] : Analyzer.options().toStrings())
    Options.store(Opts, Name, Value);
}

void VectorGrowthCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  Analyzer.registerMatchers(*Finder, this);
}

void VectorGrowthCheck::check(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  std::optional<Finding> F = Analyzer.analyze(Result);
  if (!F)
    return;
  {
    // The message is an argument, so a '%' in user code stays as it is.
    DiagnosticBuilder Warning = diag(F->Loc, "%0") << F->Message;
    for (const FixItHint &Fix : F->Fixes)
      Warning << Fix;
  }
  for (const FindingNote &Note : F->Notes)
    diag(Note.Loc, "%0", DiagnosticIDs::Note) << Note.Message;
}

void VectorGrowthCheck::onEndOfTranslationUnit() {
  Analyzer.endTranslationUnit();
}

} // namespace stacklift
