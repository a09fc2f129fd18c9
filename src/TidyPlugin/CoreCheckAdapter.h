//===- CoreCheckAdapter.h - A core check as a clang-tidy check --*- C++ -*-===//
//
// The clang-tidy front end: a ClangTidyCheck that builds one of the core's
// checks from the options clang-tidy read, and forwards its findings to
// ClangTidyCheck::diag(). It adds nothing to the texts: clang-tidy appends
// the check name, as the standalone tool does.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TIDYPLUGIN_CORECHECKADAPTER_H
#define STACKLIFT_TIDYPLUGIN_CORECHECKADAPTER_H

#include "clang-tidy/ClangTidyCheck.h"
#include "stacklift/Driver/CoreCheck.h"

namespace stacklift {

class CoreCheckAdapter : public clang::tidy::ClangTidyCheck {
public:
  CoreCheckAdapter(llvm::StringRef Name, clang::tidy::ClangTidyContext *Ctx,
                   const CheckInfo &Info);

  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void report(const Finding &F);

  std::unique_ptr<CoreCheck> Core;
};

} // namespace stacklift

#endif // STACKLIFT_TIDYPLUGIN_CORECHECKADAPTER_H
