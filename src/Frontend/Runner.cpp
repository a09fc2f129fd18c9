//===- Runner.cpp - Runs the core's checks over translation units ---------===//

#include "Runner.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <map>
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
                               "invalid --checks glob '" + Part +
                                   "': " + toString(Glob.takeError()));
    Filter.Globs.emplace_back(std::move(*Glob), Enable);
    Filter.Written.push_back(((Enable ? "" : "-") + Part.trim()).str());
  }
  return Filter;
}

std::vector<std::string>
CheckFilter::unmatched(ArrayRef<std::string> Names) const {
  std::vector<std::string> Unmatched;
  for (size_t I = 0; I < Globs.size(); ++I)
    if (llvm::none_of(Names, [&](const std::string &Name) {
          return Globs[I].first.match(Name);
        }))
      Unmatched.push_back(Written[I]);
  return Unmatched;
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
  // Count errors only: the driver prints "N warnings generated." from the
  // consumer's count, for warnings this consumer does not show.
  if (Level >= DiagnosticsEngine::Error)
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
  if (Level >= DiagnosticsEngine::Error)
    LastWasError = true;
  else if (Level != DiagnosticsEngine::Note)
    LastWasError = false;
  if (LastWasError)
    Printer.HandleDiagnostic(Level, Info);
}

namespace {

/// Holds a unit's findings, to be reported in source order at its end
/// (template code's are only known then).
class FindingCallback : public ast_matchers::MatchFinder::MatchCallback {
public:
  FindingCallback(CoreCheck &Check, std::vector<Finding> &Found)
      : Check(Check), Found(Found) {}
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    if (std::optional<Finding> F = Check.analyze(Result))
      Found.push_back(std::move(*F));
  }

private:
  CoreCheck &Check;
  std::vector<Finding> &Found;
};

class StackliftConsumer : public ASTConsumer {
public:
  StackliftConsumer(CompilerInstance &CI, std::string File,
                    std::vector<std::unique_ptr<CoreCheck>> Checks,
                    std::vector<std::string> ExplainClasses, RunState &State,
                    UnitOutput &Out)
      : CI(CI), File(std::move(File)), Checks(std::move(Checks)),
        ExplainClasses(std::move(ExplainClasses)), State(State), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred()) {
      State.markFailed(File);
      return;
    }
    const SourceManager &SM = Ctx.getSourceManager();
    Ctx.setTraversalScope(userDeclarations(Ctx));
    ast_matchers::MatchFinder Finder;
    std::vector<std::unique_ptr<FindingCallback>> Callbacks;
    std::vector<Finding> Found;
    for (std::unique_ptr<CoreCheck> &Check : Checks) {
      if (State.Options.DebugTripCount)
        Check->setTraceSink(
            [&](SourceLocation Loc, StringRef Kind, StringRef Text) {
              if (Kind == "tripcount" && State.Options.DebugTripCount)
                Reporter::trace(Loc, Kind, Text, SM, Out);
            });
      if (State.Options.Funnel)
        Check->setSiteSink([&](const SiteOutcome &Outcome) {
          State.Report.site(Outcome, SM, Out);
        });
      Callbacks.push_back(std::make_unique<FindingCallback>(*Check, Found));
      Check->registerMatchers(Finder, Callbacks.back().get());
    }
    Finder.matchAST(Ctx);
    for (std::unique_ptr<CoreCheck> &Check : Checks)
      llvm::append_range(Found, Check->endTranslationUnit());
    llvm::stable_sort(Found, [&](const Finding &A, const Finding &B) {
      if (A.Loc.isInvalid() || B.Loc.isInvalid())
        return A.Loc.isValid() && B.Loc.isInvalid();
      return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
    });
    for (const Finding &F : Found)
      State.Report.report(F, SM, Ctx.getLangOpts(), Out);
    if (State.Options.Explain)
      for (const VariableVerdict &Verdict : explainEscapes(Ctx, ExplainClasses))
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
  UnitOutput &Out;
};

class StackliftAction : public ASTFrontendAction {
public:
  StackliftAction(RunState &State, UnitOutput &Out) : State(State), Out(Out) {}

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
          Info.Create(lookup(*Layer, Info.Name));
      if (!Check)
        return fail(Check.takeError());
      Checks.push_back(std::move(*Check));
    }
    // --explain uses the vector-growth check's notion of a vector.
    Expected<VectorGrowthOptions> GrowthOptions =
        parseVectorGrowthOptions(lookup(*Layer, VectorGrowthCheckName));
    if (!GrowthOptions)
      return fail(GrowthOptions.takeError());
    return std::make_unique<StackliftConsumer>(
        CI, InFile.str(), std::move(Checks), GrowthOptions->VectorLikeClasses,
        State, Out);
  }

private:
  /// The options of \p Check in \p Layer, with --profile's profiles.
  OptionLookup lookup(const ConfigLayer &Layer, StringRef Check) const {
    OptionLookup Base = lookupFor(Layer, Check);
    if (Check != VectorGrowthCheckName || State.Options.Profiles.empty())
      return Base;
    std::string Profiles = llvm::join(State.Options.Profiles, ";");
    return [Base, Profiles](StringRef Local) -> std::optional<std::string> {
      if (Local == option::Profile)
        return Profiles;
      return Base(Local);
    };
  }

  std::unique_ptr<ASTConsumer> fail(Error E) {
    std::string Message = toString(std::move(E));
    errs() << "error: " << Message << "\n";
    State.setupFailed(Message);
    State.ConfigFailed = true;
    return nullptr;
  }

  RunState &State;
  UnitOutput &Out;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(RunState &State, UnitOutput &Out) : State(State), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<StackliftAction>(State, Out);
  }

private:
  RunState &State;
  UnitOutput &Out;
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

/// The progress line on standard error, and the order of what is emitted:
/// each unit's output whole, in the order of the files, whichever thread
/// finishes first, so that a run's output does not depend on -j.
class Progress {
public:
  Progress(size_t Total, bool Draw) : Total(Total), Draw(Draw) {}

  /// Records that unit \p Index (of the files, from 0) is done, emits every
  /// finished unit whose predecessors are all emitted, and redraws the
  /// progress line.
  void finished(size_t Index, StringRef File, std::string Errors,
                UnitOutput Unit, Reporter &Report) {
    std::lock_guard<std::mutex> Guard(Lock);
    ++Done;
    Waiting[Index] = {std::move(Errors), std::move(Unit)};
    if (Draw)
      errs() << "\r\x1b[K";
    for (auto It = Waiting.find(NextToEmit); It != Waiting.end();
         It = Waiting.find(++NextToEmit)) {
      errs() << It->second.first;
      errs().flush();
      Report.emit(std::move(It->second.second));
      Waiting.erase(It);
    }
    if (Draw) {
      unsigned Width = 30, Filled = Total ? Width * Done / Total : Width;
      errs() << "[" << std::string(Filled, '=')
             << std::string(Width - Filled, ' ') << "] " << Done << "/" << Total
             << " " << sys::path::filename(File);
      if (Done == Total)
        errs() << "\n";
      errs().flush();
    }
  }

private:
  std::mutex Lock;
  size_t Total, Done = 0, NextToEmit = 0;
  bool Draw;
  /// Finished units not emitted yet: their compiler errors and output.
  std::map<size_t, std::pair<std::string, UnitOutput>> Waiting;
};

/// Why \p File cannot be analysed with \p Database's commands, or the empty
/// string. ClangTool changes into each command's directory and aborts the
/// whole process (report_fatal_error) when that fails: a command whose
/// directory does not exist must fail alone, before ClangTool sees it.
std::string unusableCommand(const tooling::CompilationDatabase &Database,
                            StringRef File) {
  for (const tooling::CompileCommand &Command :
       Database.getCompileCommands(File))
    if (!Command.Directory.empty() && !sys::fs::is_directory(Command.Directory))
      return ("cannot analyse " + File +
              ": the directory of its compile command, '" + Command.Directory +
              "', does not exist")
          .str();
  return {};
}

} // namespace

bool analyzeBuffer(const tooling::CompilationDatabase &Database, StringRef File,
                   StringRef Contents, RunState &State, std::string &Errors) {
  std::string Unusable = unusableCommand(Database, File);
  if (!Unusable.empty()) {
    Errors = "error: " + Unusable + "\n";
    State.setupFailed(Unusable);
    State.markFailed(File);
    return false;
  }
  raw_string_ostream ErrorsOS(Errors);
  UnitOutput Unit;
  compat::DiagOptions DiagOpts = compat::makeDiagOptions();
  ErrorsOnlyConsumer CompilerErrors(ErrorsOS, DiagOpts);
  tooling::ClangTool Tool(Database, {File.str()},
                          std::make_shared<PCHContainerOperations>(),
                          vfs::createPhysicalFileSystem());
  Tool.mapVirtualFile(File, Contents);
  Tool.appendArgumentsAdjuster(resourceDirAdjuster());
  Tool.setDiagnosticConsumer(&CompilerErrors);
  ActionFactory Factory(State, Unit);
  bool Compiled = Tool.run(&Factory) == 0 && State.failedFiles().empty();
  State.Report.emit(std::move(Unit));
  return Compiled;
}

unsigned runAll(const tooling::CompilationDatabase &Database,
                const std::vector<std::string> &Files, RunState &State,
                unsigned Jobs, bool DrawProgress) {
  Progress Bar(Files.size(), DrawProgress);
  std::atomic<unsigned> Failed{0};
  auto RunOne = [&](size_t Index) {
    const std::string &File = Files[Index];
    std::string Unusable = unusableCommand(Database, File);
    if (!Unusable.empty()) {
      State.markFailed(File);
      ++Failed;
      Bar.finished(Index, File, "error: " + Unusable + "\n", UnitOutput(),
                   State.Report);
      return;
    }
    std::string Errors;
    raw_string_ostream ErrorsOS(Errors);
    UnitOutput Unit;
    compat::DiagOptions DiagOpts = compat::makeDiagOptions();
    DiagOpts->ShowColors = DrawProgress;
    ErrorsOnlyConsumer CompilerErrors(ErrorsOS, DiagOpts);
    // Each unit gets a file system with a working directory of its own:
    // the real one's is the process's, which the other threads share.
    tooling::ClangTool Tool(Database, {File},
                            std::make_shared<PCHContainerOperations>(),
                            vfs::createPhysicalFileSystem());
    Tool.appendArgumentsAdjuster(resourceDirAdjuster());
    Tool.setDiagnosticConsumer(&CompilerErrors);
    ActionFactory Factory(State, Unit);
    if (Tool.run(&Factory) != 0)
      ++Failed;
    Bar.finished(Index, File, std::move(Errors), std::move(Unit), State.Report);
  };
  if (Jobs == 1 || Files.size() == 1) {
    for (size_t Index = 0; Index < Files.size(); ++Index)
      RunOne(Index);
    return Failed;
  }
  DefaultThreadPool Pool(hardware_concurrency(Jobs));
  for (size_t Index = 0; Index < Files.size(); ++Index)
    Pool.async([&RunOne, Index] { RunOne(Index); });
  Pool.wait();
  return Failed;
}

} // namespace stacklift
