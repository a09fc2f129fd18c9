//===- Runner.h - Runs the core's checks over translation units -*- C++ -*-===//
//
// The standalone tool's FrontendAction: for each translation unit it builds
// the enabled checks from that file's configuration, runs their matchers,
// and hands findings, traces and escape verdicts to the Reporter. A unit
// that does not compile is recorded and not analysed.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TOOL_RUNNER_H
#define STACKLIFT_TOOL_RUNNER_H

#include "Config.h"
#include "Report.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <string>
#include <vector>

namespace stacklift {

/// Which checks run: clang-tidy's --checks syntax, comma-separated globs, a
/// leading '-' removes. The last glob that matches a name decides.
class CheckFilter {
public:
  /// Parses \p Spec; an error for a glob that does not parse.
  static llvm::Expected<CheckFilter> parse(llvm::StringRef Spec);
  bool enabled(llvm::StringRef Name) const;

private:
  std::vector<std::pair<llvm::GlobPattern, bool>> Globs;
};

/// What to run and what to print besides findings.
struct RunOptions {
  CheckFilter Checks;
  bool Explain = false;
  bool DebugTripCount = false;
  bool DebugEscape = false;
};

/// Shared by every translation unit of one run.
struct RunState {
  RunOptions Options;
  ConfigResolver Resolver;
  Reporter Report;
  llvm::StringSet<> FailedFiles;
  bool ConfigFailed = false;
};

/// Makes the actions that analyse each translation unit into \p State.
std::unique_ptr<clang::tooling::FrontendActionFactory>
makeActionFactory(RunState &State);

/// Prints the compiler's errors and their notes, not its warnings:
/// stacklift's output is its own findings.
class ErrorsOnlyConsumer : public clang::DiagnosticConsumer {
public:
  explicit ErrorsOnlyConsumer(clang::DiagnosticOptions &Opts)
      : Printer(llvm::errs(), Opts) {}
  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *PP) override {
    Printer.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Printer.EndSourceFile(); }
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

private:
  clang::TextDiagnosticPrinter Printer;
  bool LastWasError = false;
};

} // namespace stacklift

#endif // STACKLIFT_TOOL_RUNNER_H
