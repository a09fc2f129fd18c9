//===- CoreCheckAdapter.cpp - A core check as a clang-tidy check ----------===//

#include "CoreCheckAdapter.h"

using namespace clang;
using namespace clang::tidy;

namespace stacklift {

CoreCheckAdapter::CoreCheckAdapter(StringRef Name, ClangTidyContext *Ctx,
                                   const CheckInfo &Info)
    : ClangTidyCheck(Name, Ctx) {
  OptionLookup Lookup = [this](StringRef Local) -> std::optional<std::string> {
    if (std::optional<StringRef> Value = Options.get(Local))
      return Value->str();
    return std::nullopt;
  };
  llvm::Expected<std::unique_ptr<CoreCheck>> Built = Info.Create(Lookup);
  if (Built) {
    Core = std::move(*Built);
    return;
  }
  configurationDiag("%0; using the defaults")
      << llvm::toString(Built.takeError());
  Core = cantFail(Info.Create([](StringRef) { return std::nullopt; }));
}

void CoreCheckAdapter::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &[Name, Value] : Core->optionStrings())
    Options.store(Opts, Name, Value);
}

void CoreCheckAdapter::registerMatchers(ast_matchers::MatchFinder *Finder) {
  Core->registerMatchers(*Finder, this);
}

void CoreCheckAdapter::check(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  if (std::optional<Finding> F = Core->analyze(Result))
    report(*F);
}

void CoreCheckAdapter::report(const Finding &F) {
  {
    // The message is an argument, so a '%' in user code stays as it is.
    DiagnosticBuilder Warning = diag(F.Loc, "%0") << F.Message;
    for (const FixItHint &Fix : F.Fixes)
      Warning << Fix;
  }
  for (const FindingNote &Note : F.Notes) {
    DiagnosticBuilder Builder = diag(Note.Loc, "%0", DiagnosticIDs::Note)
                                << Note.Message;
    for (const FixItHint &Fix : Note.Fixes)
      Builder << Fix;
  }
}

void CoreCheckAdapter::onEndOfTranslationUnit() {
  for (const Finding &F : Core->endTranslationUnit())
    report(F);
}

} // namespace stacklift
