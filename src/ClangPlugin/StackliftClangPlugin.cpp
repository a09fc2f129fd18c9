//===- StackliftClangPlugin.cpp - stacklift inside the compile ------------===//
//
// The third front end: a clang plugin. `clang++ -fplugin=<this>` runs
// stacklift's checks in the compile the user already does, after the main
// action (the object file is still produced), and reports the findings as
// the compiler's own warnings, with notes and fix-its
// (-fdiagnostics-parseable-fixits prints them). Options, as
// -fplugin-arg-stacklift-<name>=<value>:
//   checks=<globs>              the checks to run (default stacklift-*)
//   warnings-as-errors=<globs>  the checks whose findings are errors
//   config=<YAML>               the configuration, instead of the
//                               .clang-tidy files above the main file
// Clang's -Werror and -w apply to the findings as to any warning. A plugin
// cannot add a warning group to clang (a custom diagnostic may only join one
// of clang's own groups), so -Wno-stacklift and -Werror=stacklift are not
// possible: checks= and warnings-as-errors= do what they would.
// A plugin loaded into a clang of another version prints an error and ends
// the compile with exit code 1.
//
// Like the clang-tidy plugin, it links no clang or LLVM library: every
// symbol comes from the clang that loads it, which must be the version it
// was built for.
//
//===----------------------------------------------------------------------===//

#include "Frontend/Config.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Support/HostVersion.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/GlobPattern.h"
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

using namespace clang;

namespace stacklift {
namespace {

/// Comma-separated globs, each enabling, or with a leading '-' disabling,
/// the checks it matches; the last that matches decides (as clang-tidy's
/// --checks).
class Globs {
public:
  /// An error message for a glob that does not parse.
  static llvm::Expected<Globs> parse(llvm::StringRef Spec) {
    Globs Result;
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Spec.split(Parts, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
    for (llvm::StringRef Part : Parts) {
      Part = Part.trim();
      bool Enable = !Part.consume_front("-");
      llvm::Expected<llvm::GlobPattern> Pattern =
          llvm::GlobPattern::create(Part);
      if (!Pattern)
        return Pattern.takeError();
      Result.Patterns.push_back({std::move(*Pattern), Enable});
    }
    return Result;
  }
  bool matches(llvm::StringRef Name) const {
    bool On = false;
    for (const auto &[Pattern, Enable] : Patterns)
      if (Pattern.match(Name))
        On = Enable;
    return On;
  }

private:
  std::vector<std::pair<llvm::GlobPattern, bool>> Patterns;
};

struct Settings {
  std::string Checks = "stacklift-*";
  std::string WarningsAsErrors;
  std::optional<std::string> Config;
};

class ReportingCallback;
/// A unit's findings, each with the callback of its check, reported in
/// source order at the end of the unit.
using HeldFindings = std::vector<std::pair<Finding, ReportingCallback *>>;

/// Reports each finding of one check as the compiler's diagnostics.
class ReportingCallback : public ast_matchers::MatchFinder::MatchCallback {
public:
  ReportingCallback(CoreCheck &Check, DiagnosticsEngine &Diags, bool AsError,
                    HeldFindings &Held)
      : Check(Check), Diags(Diags), AsError(AsError), Held(Held) {}

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    if (std::optional<Finding> F = Check.analyze(Result))
      Held.emplace_back(std::move(*F), this);
  }

  /// Reports \p F, a finding of the check.
  void report(const Finding &F) {
    // A custom diagnostic escapes -w and -Werror: they are applied here, -w
    // first as clang does; warnings-as-errors= makes errors that -w keeps.
    if (!AsError && Diags.getIgnoreAllWarnings())
      return;
    bool Error = AsError || Diags.getWarningsAsErrors();
    unsigned WarningID = Diags.getCustomDiagID(
        Error ? DiagnosticsEngine::Error : DiagnosticsEngine::Warning,
        "%0 [%1]");
    unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    {
      // The message is an argument, so a '%' in user code stays as it is.
      DiagnosticBuilder Warning = Diags.Report(F.Loc, WarningID);
      Warning << F.Message << F.Check;
      for (const FixItHint &Fix : F.Fixes)
        Warning << Fix;
    }
    for (const FindingNote &Note : F.Notes) {
      DiagnosticBuilder Builder = Diags.Report(Note.Loc, NoteID);
      Builder << Note.Message;
      for (const FixItHint &Fix : Note.Fixes)
        Builder << Fix;
    }
  }

private:
  CoreCheck &Check;
  DiagnosticsEngine &Diags;
  bool AsError;
  HeldFindings &Held;
};

class StackliftConsumer : public ASTConsumer {
public:
  StackliftConsumer(DiagnosticsEngine &Diags,
                    std::vector<std::unique_ptr<CoreCheck>> Checks,
                    std::vector<bool> AsError)
      : Diags(Diags), Checks(std::move(Checks)), AsError(std::move(AsError)) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Diags.hasErrorOccurred())
      return;
    // As the tool does; the compile's own scope is restored after.
    std::vector<Decl *> Scope = Ctx.getTraversalScope();
    Ctx.setTraversalScope(userDeclarations(Ctx));
    ast_matchers::MatchFinder Finder;
    std::vector<std::unique_ptr<ReportingCallback>> Callbacks;
    HeldFindings Held;
    for (size_t I = 0; I != Checks.size(); ++I) {
      Callbacks.push_back(std::make_unique<ReportingCallback>(
          *Checks[I], Diags, AsError[I], Held));
      Checks[I]->registerMatchers(Finder, Callbacks.back().get());
    }
    Finder.matchAST(Ctx);
    // Findings a check holds to the end of the unit (template code, merged
    // over the instantiations), then all in source order.
    for (size_t I = 0; I != Checks.size(); ++I)
      for (Finding &F : Checks[I]->endTranslationUnit())
        Held.emplace_back(std::move(F), Callbacks[I].get());
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::stable_sort(Held, [&](const auto &A, const auto &B) {
      if (A.first.Loc.isInvalid() || B.first.Loc.isInvalid())
        return A.first.Loc.isValid() && B.first.Loc.isInvalid();
      return SM.isBeforeInTranslationUnit(A.first.Loc, B.first.Loc);
    });
    for (const auto &[F, Callback] : Held)
      Callback->report(F);
    Ctx.setTraversalScope(Scope);
  }

private:
  DiagnosticsEngine &Diags;
  std::vector<std::unique_ptr<CoreCheck>> Checks;
  std::vector<bool> AsError;
};

class StackliftAction : public PluginASTAction {
public:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    for (llvm::StringRef Arg : Args) {
      auto [Name, Value] = Arg.split('=');
      if (Name == "checks")
        Options.Checks = Value.str();
      else if (Name == "warnings-as-errors")
        Options.WarningsAsErrors = Value.str();
      else if (Name == "config")
        Options.Config = Value.str();
      else
        return error(CI, "unknown argument '" + Arg.str() +
                             "' (known: checks=, warnings-as-errors=, "
                             "config=)");
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef File) override;

private:
  static bool error(const CompilerInstance &CI, const std::string &Message) {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    Diags.Report(
        Diags.getCustomDiagID(DiagnosticsEngine::Error, "stacklift plugin: %0"))
        << Message;
    return false;
  }
  /// The configuration for \p File: config=, else the .clang-tidy files.
  std::optional<ConfigLayer> configFor(CompilerInstance &CI,
                                       llvm::StringRef File) const;

  Settings Options;
};

std::optional<ConfigLayer>
StackliftAction::configFor(CompilerInstance &CI, llvm::StringRef File) const {
  llvm::Expected<ConfigLayer> Layer =
      Options.Config
          ? parseConfigLayer(*Options.Config, "-fplugin-arg-stacklift-config")
          : ConfigResolver(std::nullopt).layerForFile(File);
  if (!Layer) {
    error(CI, llvm::toString(Layer.takeError()));
    return std::nullopt;
  }
  return std::move(*Layer);
}

std::unique_ptr<ASTConsumer>
StackliftAction::CreateASTConsumer(CompilerInstance &CI, llvm::StringRef File) {
  // After an error, a consumer that does nothing: clang wraps the plugin's
  // consumer with the main action's and cannot take none, and the error
  // already fails the compile.
  llvm::Expected<Globs> Enabled = Globs::parse(Options.Checks);
  llvm::Expected<Globs> Errors = Globs::parse(Options.WarningsAsErrors);
  if (!Enabled || !Errors) {
    error(CI, "checks= or warnings-as-errors=: " +
                  llvm::toString(Enabled ? Errors.takeError()
                                         : Enabled.takeError()));
    return std::make_unique<ASTConsumer>();
  }
  std::optional<ConfigLayer> Layer = configFor(CI, File);
  if (!Layer)
    return std::make_unique<ASTConsumer>();
  std::vector<std::unique_ptr<CoreCheck>> Checks;
  std::vector<bool> AsError;
  for (const CheckInfo &Info : allChecks()) {
    if (!Enabled->matches(Info.Name))
      continue;
    llvm::Expected<std::unique_ptr<CoreCheck>> Check =
        Info.Create(lookupFor(*Layer, Info.Name));
    if (!Check) {
      error(CI, llvm::toString(Check.takeError()));
      return std::make_unique<ASTConsumer>();
    }
    Checks.push_back(std::move(*Check));
    AsError.push_back(Errors->matches(Info.Name));
  }
  return std::make_unique<StackliftConsumer>(
      CI.getDiagnostics(), std::move(Checks), std::move(AsError));
}

std::optional<FrontendPluginRegistry::Add<StackliftAction>> Registration;

/// Runs when clang loads the plugin: registers the action only in the clang
/// it was built for.
struct RegisterIfCompatible {
  RegisterIfCompatible() {
    if (!hostIsBuildVersion("clang", "compile with clang-" +
                                         std::to_string(LLVM_VERSION_MAJOR))) {
      // The build must not go on as if it had been checked; nothing of the
      // host can be called safely, so the process ends here.
      std::fflush(stderr);
      std::_Exit(1);
    }
    Registration.emplace("stacklift",
                         "stacklift: vectors grown in loops, and what to do");
  }
} RegisterAtLoad;

} // namespace
} // namespace stacklift
