//===- Runner.cpp - Runs the core's checks over translation units ---------===//

#include "Runner.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"

using namespace clang;
using namespace llvm;

namespace stacklift {

Expected<CheckFilter> CheckFilter::parse(StringRef Spec) {
  CheckFilter Filter;
  SmallVector<StringRef, 4> Parts;
  Spec.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts) {
    Part = Part.trim();
    bool Enable = !Part.consume_front("-");
    Expected<GlobPattern> Glob = GlobPattern::create(Part.trim());
    if (!Glob)
      return createStringError(inconvertibleErrorCode(),
                               "invalid --checks glob '" + Part + "': " +
                                   toString(Glob.takeError()));
    Filter.Globs.emplace_back(std::move(*Glob), Enable);
  }
  return Filter;
}

bool CheckFilter::enabled(StringRef Name) const {
  bool Enabled = false;
  for (const auto &[Glob, Enable] : Globs)
    if (Glob.match(Name))
      Enabled = Enable;
  return Enabled;
}

void ErrorsOnlyConsumer::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                          const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  if (Level >= DiagnosticsEngine::Error)
    LastWasError = true;
  else if (Level != DiagnosticsEngine::Note)
    LastWasError = false;
  if (LastWasError)
    Printer.HandleDiagnostic(Level, Info);
}

namespace {

class FindingCallback : public ast_matchers::MatchFinder::MatchCallback {
public:
  FindingCallback(CoreCheck &Check, Reporter &Report)
      : Check(Check), Report(Report) {}
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    if (std::optional<Finding> F = Check.analyze(Result))
      Report.report(*F, *Result.SourceManager, Result.Context->getLangOpts());
  }

private:
  CoreCheck &Check;
  Reporter &Report;
};

class StackliftConsumer : public ASTConsumer {
public:
  StackliftConsumer(CompilerInstance &CI, std::string File,
                    std::vector<std::unique_ptr<CoreCheck>> Checks,
                    std::vector<std::string> ExplainClasses, RunState &State)
      : CI(CI), File(std::move(File)), Checks(std::move(Checks)),
        ExplainClasses(std::move(ExplainClasses)), State(State) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred()) {
      State.FailedFiles.insert(File);
      return;
    }
    const SourceManager &SM = Ctx.getSourceManager();
    ast_matchers::MatchFinder Finder;
    std::vector<std::unique_ptr<FindingCallback>> Callbacks;
    for (std::unique_ptr<CoreCheck> &Check : Checks) {
      if (State.Options.DebugTripCount)
        Check->setTraceSink([&](SourceLocation Loc, StringRef Kind,
                                StringRef Text) {
          if (Kind == "tripcount" && State.Options.DebugTripCount)
            State.Report.trace(Loc, Kind, Text, SM);
        });
      Callbacks.push_back(std::make_unique<FindingCallback>(*Check,
                                                            State.Report));
      Check->registerMatchers(Finder, Callbacks.back().get());
    }
    Finder.matchAST(Ctx);
    for (std::unique_ptr<CoreCheck> &Check : Checks)
      Check->endTranslationUnit();
    if (State.Options.Explain)
      for (const VariableVerdict &Verdict :
           explainEscapes(Ctx, ExplainClasses))
        State.Report.explain(Verdict, SM);
    if (State.Options.DebugEscape)
      for (const auto &[Func, Dump] : dumpEscapeAnalysis(Ctx, ExplainClasses))
        State.Report.trace(Func->getLocation(), "escape-graph",
                           "function '" + Func->getNameAsString() + "'\n" +
                               Dump,
                           SM);
  }

private:
  CompilerInstance &CI;
  std::string File;
  std::vector<std::unique_ptr<CoreCheck>> Checks;
  std::vector<std::string> ExplainClasses;
  RunState &State;
};

class StackliftAction : public ASTFrontendAction {
public:
  explicit StackliftAction(RunState &State) : State(State) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef InFile) override {
    Expected<ConfigLayer> Layer = State.Resolver.layerForFile(InFile);
    if (!Layer)
      return fail(Layer.takeError());
    std::vector<std::unique_ptr<CoreCheck>> Checks;
    for (const CheckInfo &Info : allChecks()) {
      if (!State.Options.Checks.enabled(Info.Name))
        continue;
      Expected<std::unique_ptr<CoreCheck>> Check =
          Info.Create(lookupFor(*Layer, Info.Name));
      if (!Check)
        return fail(Check.takeError());
      Checks.push_back(std::move(*Check));
    }
    // --explain uses the vector-growth check's notion of a vector.
    Expected<CheckOptions> GrowthOptions =
        parseCheckOptions(lookupFor(*Layer, CheckName));
    if (!GrowthOptions)
      return fail(GrowthOptions.takeError());
    return std::make_unique<StackliftConsumer>(
        CI, InFile.str(), std::move(Checks),
        GrowthOptions->VectorLikeClasses, State);
  }

private:
  std::unique_ptr<ASTConsumer> fail(Error E) {
    errs() << "error: " << toString(std::move(E)) << "\n";
    State.ConfigFailed = true;
    return nullptr;
  }

  RunState &State;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  explicit ActionFactory(RunState &State) : State(State) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<StackliftAction>(State);
  }

private:
  RunState &State;
};

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
makeActionFactory(RunState &State) {
  return std::make_unique<ActionFactory>(State);
}

} // namespace stacklift
