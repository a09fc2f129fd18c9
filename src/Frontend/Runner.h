//===- Runner.h - Runs the core's checks over units -------------*- C++ -*-===//
//
// The standalone tool's FrontendAction: for each translation unit it builds
// the enabled checks from that file's configuration, runs their matchers,
// and hands findings, traces and escape verdicts to the Reporter. A unit
// that does not compile is recorded and not analysed.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_FRONTEND_RUNNER_H
#define STACKLIFT_FRONTEND_RUNNER_H

#include "Config.h"
#include "Report.h"
#include "stacklift/Support/LLVMCompat.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/GlobPattern.h"
#include <atomic>
#include <memory>
#include <mutex>
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
  /// The globs, as written (a removing one with its '-'), that match none of
  /// \p Names: most likely misspelt.
  std::vector<std::string> unmatched(llvm::ArrayRef<std::string> Names) const;

private:
  std::vector<std::pair<llvm::GlobPattern, bool>> Globs;
  std::vector<std::string> Written;
};

/// What to run and what to print besides findings.
struct RunOptions {
  CheckFilter Checks;
  bool Explain = false;
  bool DebugTripCount = false;
  bool DebugEscape = false;
  /// Record every growth site in a loop and what came of it (--funnel).
  bool Funnel = false;
  /// Heap profiles (--profile): they replace the vector-growth check's
  /// Profile option of every configuration.
  std::vector<std::string> Profiles;
};

/// Shared by every translation unit of one run, on several threads.
struct RunState {
  RunState(RunOptions Options, std::optional<ConfigLayer> ExplicitConfig,
           OutputFormat Format, bool UseColor, std::optional<Baseline> Accepted,
           std::string FingerprintDir)
      : Options(std::move(Options)), Resolver(std::move(ExplicitConfig)),
        Report(Format, UseColor, std::move(Accepted),
               std::move(FingerprintDir)) {}

  RunOptions Options;
  ConfigResolver Resolver;
  Reporter Report;
  std::atomic<bool> ConfigFailed{false};

  void markFailed(llvm::StringRef File) {
    std::lock_guard<std::mutex> Guard(Lock);
    FailedFiles.insert(File);
  }
  llvm::StringSet<> failedFiles() const {
    std::lock_guard<std::mutex> Guard(Lock);
    return FailedFiles;
  }

  /// Records why a unit could not be set up at all (an invalid
  /// configuration, a compile command that cannot run), as opposed to a unit
  /// that did not compile. The first message is kept.
  void setupFailed(llvm::StringRef Message) {
    std::lock_guard<std::mutex> Guard(Lock);
    if (SetupError.empty())
      SetupError = Message.str();
  }
  std::string setupError() const {
    std::lock_guard<std::mutex> Guard(Lock);
    return SetupError;
  }

private:
  mutable std::mutex Lock;
  llvm::StringSet<> FailedFiles;
  std::string SetupError;
};

/// Analyses \p Files with \p Jobs threads (0: one per core), each file a
/// translation unit of its own, and emits each unit's output whole when it
/// is done. With \p Progress, draws a progress line on standard error.
/// Returns the number of files that could not be analysed.
unsigned runAll(const clang::tooling::CompilationDatabase &Database,
                const std::vector<std::string> &Files, RunState &State,
                unsigned Jobs, bool Progress);

/// Analyses one file whose contents are \p Contents (an editor's unsaved
/// buffer) instead of what is on disk, with the compile command \p Database
/// gives for it. The findings are in \p State's Reporter; the compiler's
/// errors, if any, in \p Errors. Returns false when the file did not compile.
bool analyzeBuffer(const clang::tooling::CompilationDatabase &Database,
                   llvm::StringRef File, llvm::StringRef Contents,
                   RunState &State, std::string &Errors);

/// Prints the compiler's errors and their notes, not its warnings:
/// stacklift's output is its own findings.
class ErrorsOnlyConsumer : public clang::DiagnosticConsumer {
public:
  /// \p Opts must outlive the consumer.
  ErrorsOnlyConsumer(llvm::raw_ostream &OS, const compat::DiagOptions &Opts)
      : Printer(OS, compat::diagOptionsArg(Opts)) {}
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

#endif // STACKLIFT_FRONTEND_RUNNER_H
