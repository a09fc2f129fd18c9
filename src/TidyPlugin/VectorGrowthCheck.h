//===- VectorGrowthCheck.h - clang-tidy adapter ----------------*- C++ -*-===//
//
// stacklift-vector-growth as a clang-tidy check: a thin adapter that reads
// the options through clang-tidy, runs the core's VectorGrowthAnalyzer, and
// forwards its findings to ClangTidyCheck::diag().
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TIDYPLUGIN_VECTORGROWTHCHECK_H
#define STACKLIFT_TIDYPLUGIN_VECTORGROWTHCHECK_H

#include "stacklift/Driver/VectorGrowthAnalyzer.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace stacklift {

class VectorGrowthCheck : public clang::tidy::ClangTidyCheck {
public:
  VectorGrowthCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Ctx);

  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  CheckOptions readOptions();
  VectorGrowthAnalyzer Analyzer;
};

} // namespace stacklift

#endif // STACKLIFT_TIDYPLUGIN_VECTORGROWTHCHECK_H
