//===- Runner.cpp - Runs the core's checks over translation units ---------===//

#include "Runner.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <mutex>

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
  FindingCallback(CoreCheck &Check, Reporter &Report, raw_ostream &Out)
      : Check(Check), Report(Report), Out(Out) {}
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    if (std::optional<Finding> F = Check.analyze(Result))
      Report.report(*F, *Result.SourceManager, Result.Context->getLangOpts(),
                    Out);
  }

private:
  CoreCheck &Check;
  Reporter &Report;
  raw_ostream &Out;
};

class StackliftConsumer : public ASTConsumer {
public:
  StackliftConsumer(CompilerInstance &CI, std::string File,
                    std::vector<std::unique_ptr<CoreCheck>> Checks,
                    std::vector<std::string> ExplainClasses, RunState &State,
                    raw_ostream &Out)
      : CI(CI), File(std::move(File)), Checks(std::move(Checks)),
        ExplainClasses(std::move(ExplainClasses)), State(State), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred()) {
      State.markFailed(File);
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
            Reporter::trace(Loc, Kind, Text, SM, Out);
        });
      Callbacks.push_back(
          std::make_unique<FindingCallback>(*Check, State.Report, Out));
      Check->registerMatchers(Finder, Callbacks.back().get());
    }
    Finder.matchAST(Ctx);
    for (std::unique_ptr<CoreCheck> &Check : Checks)
      Check->endTranslationUnit();
    if (State.Options.Explain)
      for (const VariableVerdict &Verdict :
           explainEscapes(Ctx, ExplainClasses))
        State.Report.explain(Verdict, SM, Out);
    if (State.Options.DebugEscape)
      for (const auto &[Func, Dump] : dumpEscapeAnalysis(Ctx, ExplainClasses))
        Reporter::trace(Func->getLocation(), "escape-graph",
                        "function '" + Func->getNameAsString() + "'\n" + Dump,
                        SM, Out);
  }

private:
  CompilerInstance &CI;
  std::string File;
  std::vector<std::unique_ptr<CoreCheck>> Checks;
  std::vector<std::string> ExplainClasses;
  RunState &State;
  raw_ostream &Out;
};

class StackliftAction : public ASTFrontendAction {
public:
  StackliftAction(RunState &State, raw_ostream &Out)
      : State(State), Out(Out) {}

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
        GrowthOptions->VectorLikeClasses, State, Out);
  }

private:
  std::unique_ptr<ASTConsumer> fail(Error E) {
    errs() << "error: " << toString(std::move(E)) << "\n";
    State.ConfigFailed = true;
    return nullptr;
  }

  RunState &State;
  raw_ostream &Out;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(RunState &State, raw_ostream &Out) : State(State), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<StackliftAction>(State, Out);
  }

private:
  RunState &State;
  raw_ostream &Out;
};

/// Adds the resource directory of the clang stacklift was built against, so
/// that builtin headers such as <stddef.h> are found.
tooling::ArgumentsAdjuster resourceDirAdjuster() {
  return [](const tooling::CommandLineArguments &Args, StringRef) {
    for (const std::string &Arg : Args)
      if (StringRef(Arg).starts_with("-resource-dir"))
        return Args;
    tooling::CommandLineArguments Adjusted = Args;
    Adjusted.insert(Adjusted.begin() + (Adjusted.empty() ? 0 : 1),
                    "-resource-dir=" STACKLIFT_CLANG_RESOURCE_DIR);
    return Adjusted;
  };
}

/// The progress line on standard error, and the order of what is emitted.
class Progress {
public:
  Progress(size_t Total, bool Draw) : Total(Total), Draw(Draw) {}

  /// Emits one finished unit's output and redraws the progress line.
  void finished(StringRef File, StringRef Errors, StringRef Text,
                Reporter &Report) {
    std::lock_guard<std::mutex> Guard(Lock);
    ++Done;
    if (Draw)
      errs() << "\r\x1b[K";
    errs() << Errors;
    errs().flush();
    Report.emit(Text);
    if (Draw) {
      unsigned Width = 30, Filled = Total ? Width * Done / Total : Width;
      errs() << "[" << std::string(Filled, '=')
             << std::string(Width - Filled, ' ') << "] " << Done << "/"
             << Total << " " << sys::path::filename(File);
      if (Done == Total)
        errs() << "\n";
      errs().flush();
    }
  }

private:
  std::mutex Lock;
  size_t Total, Done = 0;
  bool Draw;
};

} // namespace

bool analyzeBuffer(const tooling::CompilationDatabase &Database,
                   StringRef File, StringRef Contents, RunState &State,
                   std::string &Errors) {
  raw_string_ostream ErrorsOS(Errors);
  std::string Text;
  raw_string_ostream TextOS(Text);
  DiagnosticOptions DiagOpts;
  ErrorsOnlyConsumer CompilerErrors(ErrorsOS, DiagOpts);
  tooling::ClangTool Tool(Database, {File.str()},
                          std::make_shared<PCHContainerOperations>(),
                          vfs::createPhysicalFileSystem());
  Tool.mapVirtualFile(File, Contents);
  Tool.appendArgumentsAdjuster(resourceDirAdjuster());
  Tool.setDiagnosticConsumer(&CompilerErrors);
  ActionFactory Factory(State, TextOS);
  return Tool.run(&Factory) == 0 && State.failedFiles().empty();
}

unsigned runAll(const tooling::CompilationDatabase &Database,
                const std::vector<std::string> &Files, RunState &State,
                unsigned Jobs, bool DrawProgress) {
  Progress Bar(Files.size(), DrawProgress);
  std::atomic<unsigned> Failed{0};
  auto RunOne = [&](const std::string &File) {
    std::string Errors, Text;
    raw_string_ostream ErrorsOS(Errors), TextOS(Text);
    DiagnosticOptions DiagOpts;
    DiagOpts.ShowColors = DrawProgress;
    ErrorsOnlyConsumer CompilerErrors(ErrorsOS, DiagOpts);
    // Each unit gets a file system with a working directory of its own:
    // the real one's is the process's, which the other threads share.
    tooling::ClangTool Tool(Database, {File},
                            std::make_shared<PCHContainerOperations>(),
                            vfs::createPhysicalFileSystem());
    Tool.appendArgumentsAdjuster(resourceDirAdjuster());
    Tool.setDiagnosticConsumer(&CompilerErrors);
    ActionFactory Factory(State, TextOS);
    if (Tool.run(&Factory) != 0)
      ++Failed;
    Bar.finished(File, Errors, Text, State.Report);
  };
  if (Jobs == 1 || Files.size() == 1) {
    for (const std::string &File : Files)
      RunOne(File);
    return Failed;
  }
  DefaultThreadPool Pool(hardware_concurrency(Jobs));
  for (const std::string &File : Files)
    Pool.async([&RunOne, &File] { RunOne(File); });
  Pool.wait();
  return Failed;
}

} // namespace stacklift
