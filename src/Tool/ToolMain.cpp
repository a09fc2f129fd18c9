//===- ToolMain.cpp - The standalone stacklift tool -----------------------===//
//
//   stacklift [options] <source files...> [-- <compiler arguments>]
//
// Runs stacklift-vector-growth over each source file with clang-tidy's
// command-line conventions (-p <build dir> for compile_commands.json, or the
// compiler arguments after --), and prints the findings as clang prints
// diagnostics, or as JSON. docs/tool.md documents every option and exit code.
//
//===----------------------------------------------------------------------===//

#include "Config.h"
#include "FixApplier.h"
#include "Report.h"
#include "Runner.h"
#include "stacklift/Driver/CoreCheck.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;
using namespace clang::tooling;
using namespace llvm;

namespace stacklift {
namespace {

/// Exit codes; docs/tool.md lists them.
enum ExitCode : int {
  ExitSuccess = 0,
  ExitUsage = 2,
  ExitCompileError = 3,
  ExitFixFailed = 4,
};

cl::OptionCategory Category("stacklift options");

cl::list<std::string> SourcePaths(cl::Positional,
                                  cl::desc("<source files...>"),
                                  cl::cat(Category));

cl::opt<std::string> BuildPath(
    "p", cl::desc("Build directory that holds compile_commands.json"),
    cl::value_desc("build dir"), cl::cat(Category));

cl::list<std::string> ExtraArgs(
    "extra-arg",
    cl::desc("Additional argument to append to the compiler command line"),
    cl::cat(Category));

cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Additional argument to prepend to the compiler command line"),
    cl::cat(Category));

cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"), cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text",
                          "clang-style diagnostics (default)"),
               clEnumValN(OutputFormat::Json, "json",
                          "one JSON object {\"findings\": [...]}")),
    cl::cat(Category));

cl::opt<bool> Fix("fix", cl::desc("Apply the fix-its to the files in place"),
                  cl::cat(Category));

cl::opt<std::string> Config(
    "config",
    cl::desc("Configuration in clang-tidy's YAML, e.g.\n"
             "'{CheckOptions: {stacklift-vector-growth.EnableReserve: "
             "false}}'.\nWhen set, no .clang-tidy file is read."),
    cl::cat(Category));

cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("Read the configuration from this file instead of .clang-tidy "
             "files"),
    cl::value_desc("path"), cl::cat(Category));

cl::opt<std::string> Checks(
    "checks",
    cl::desc("Comma-separated globs of the checks to run; a leading '-' "
             "removes\n(default: stacklift-*)"),
    cl::init("stacklift-*"), cl::cat(Category));

cl::opt<bool> Explain(
    "explain",
    cl::desc("Print the escape verdict of every local vector in the main "
             "files\n(with --format=json: a \"variables\" array)"),
    cl::cat(Category));

cl::opt<bool> DebugTripCount(
    "debug-tripcount",
    cl::desc("Print the trip-count analysis' answer for each candidate"),
    cl::Hidden, cl::cat(Category));

cl::opt<bool> DebugEscape("debug-escape",
                          cl::desc("Print the escape analysis' graph"),
                          cl::Hidden, cl::cat(Category));

cl::opt<cl::boolOrDefault> UseColor(
    "use-color",
    cl::desc("Colour the text output (default: when printing to a "
             "terminal)"),
    cl::cat(Category));

/// Adds the resource directory of the clang stacklift was built against, so
/// that builtin headers such as <stddef.h> are found.
ArgumentsAdjuster resourceDirAdjuster() {
  return [](const CommandLineArguments &Args, StringRef) {
    for (const std::string &Arg : Args)
      if (StringRef(Arg).starts_with("-resource-dir"))
        return Args;
    CommandLineArguments Adjusted = Args;
    Adjusted.insert(Adjusted.begin() + (Adjusted.empty() ? 0 : 1),
                    "-resource-dir=" STACKLIFT_CLANG_RESOURCE_DIR);
    return Adjusted;
  };
}

/// The configuration given on the command line, if any.
Expected<std::optional<ConfigLayer>> commandLineConfig() {
  if (!Config.empty() && !ConfigFile.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--config and --config-file cannot be combined");
  if (!Config.empty()) {
    Expected<ConfigLayer> Layer = parseConfigLayer(Config, "--config");
    if (!Layer)
      return Layer.takeError();
    return std::optional<ConfigLayer>(std::move(*Layer));
  }
  if (!ConfigFile.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
        MemoryBuffer::getFile(ConfigFile);
    if (!Buffer)
      return createStringError(Buffer.getError(), "cannot read %s: %s",
                               ConfigFile.c_str(),
                               Buffer.getError().message().c_str());
    Expected<ConfigLayer> Layer =
        parseConfigLayer((*Buffer)->getBuffer(), ConfigFile);
    if (!Layer)
      return Layer.takeError();
    return std::optional<ConfigLayer>(std::move(*Layer));
  }
  return std::optional<ConfigLayer>();
}

/// The compilation database: the arguments after `--`, else the one in -p,
/// else the one found above the first source file.
Expected<std::unique_ptr<CompilationDatabase>>
loadCompilations(std::unique_ptr<CompilationDatabase> FromCommandLine) {
  std::unique_ptr<CompilationDatabase> Compilations =
      std::move(FromCommandLine);
  std::string Error;
  if (!Compilations && !BuildPath.empty()) {
    Compilations = CompilationDatabase::loadFromDirectory(BuildPath, Error);
    if (!Compilations)
      return createStringError(inconvertibleErrorCode(),
                               "cannot load the compilation database in '" +
                                   BuildPath + "': " + Error);
  }
  if (!Compilations) {
    Compilations =
        CompilationDatabase::autoDetectFromSource(SourcePaths.front(), Error);
    if (!Compilations)
      return createStringError(
          inconvertibleErrorCode(),
          "no compilation database found for '" + SourcePaths.front() +
              "'; pass -p <build dir> or the compiler arguments after --");
  }
  auto Adjusted =
      std::make_unique<ArgumentsAdjustingCompilations>(std::move(Compilations));
  Adjusted->appendArgumentsAdjuster(getInsertArgumentAdjuster(
      ExtraArgsBefore, ArgumentInsertPosition::BEGIN));
  Adjusted->appendArgumentsAdjuster(
      getInsertArgumentAdjuster(ExtraArgs, ArgumentInsertPosition::END));
  return std::unique_ptr<CompilationDatabase>(std::move(Adjusted));
}

int run(int Argc, const char **Argv) {
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "stacklift " STACKLIFT_VERSION " (built against LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });
  cl::HideUnrelatedOptions(Category);
  // Everything after `--` is the compiler's; take it off first.
  std::string FixedError;
  std::unique_ptr<CompilationDatabase> FromCommandLine =
      FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, FixedError);
  if (!FixedError.empty()) {
    errs() << "error: " << FixedError << "\n";
    return ExitUsage;
  }
  if (!cl::ParseCommandLineOptions(
          Argc, Argv,
          "stacklift finds local std::vector variables grown in loops and "
          "suggests how to size them.\n\n"
          "The compiler arguments come after `--`, else from the "
          "compile_commands.json\nin -p <build dir>, else from one found "
          "above the first source file.\n",
          &errs()))
    return ExitUsage;
  if (SourcePaths.empty()) {
    errs() << "error: no input files; usage: stacklift [options] <source "
              "files...> [-- <compiler arguments>]\n";
    return ExitUsage;
  }
  for (const std::string &Source : SourcePaths)
    if (!sys::fs::is_regular_file(Source)) {
      errs() << "error: no such file: " << Source << "\n";
      return ExitUsage;
    }
  Expected<std::unique_ptr<CompilationDatabase>> Compilations =
      loadCompilations(std::move(FromCommandLine));
  if (!Compilations) {
    errs() << "error: " << toString(Compilations.takeError()) << "\n";
    return ExitUsage;
  }
  Expected<std::optional<ConfigLayer>> Explicit = commandLineConfig();
  if (!Explicit) {
    errs() << "error: " << toString(Explicit.takeError()) << "\n";
    return ExitUsage;
  }

  bool Color = UseColor == cl::BOU_UNSET ? outs().has_colors()
                                         : UseColor == cl::BOU_TRUE;
  Expected<CheckFilter> Filter = CheckFilter::parse(Checks);
  if (!Filter) {
    errs() << "error: " << toString(Filter.takeError()) << "\n";
    return ExitUsage;
  }
  bool AnyCheck = false;
  for (const CheckInfo &Info : allChecks())
    AnyCheck |= Filter->enabled(Info.Name);
  if (!AnyCheck && !Explain) {
    errs() << "error: --checks='" << Checks << "' enables no check\n";
    return ExitUsage;
  }
  RunOptions Options{std::move(*Filter), Explain, DebugTripCount,
                     DebugEscape};
  RunState State{std::move(Options), ConfigResolver(std::move(*Explicit)),
                 Reporter(Format, Color), {}, false};
  ClangTool Tool(**Compilations, SourcePaths);
  Tool.appendArgumentsAdjuster(resourceDirAdjuster());
  DiagnosticOptions DiagOpts;
  DiagOpts.ShowColors = errs().has_colors();
  ErrorsOnlyConsumer CompilerErrors(DiagOpts);
  Tool.setDiagnosticConsumer(&CompilerErrors);
  int ToolResult = Tool.run(makeActionFactory(State).get());

  if (State.ConfigFailed)
    return ExitUsage;
  if (Format == OutputFormat::Json)
    State.Report.writeJson(outs(), Explain);
  outs().flush();
  if (Fix && applyFixes(State.Report.replacements(), State.FailedFiles,
                        errs()) != 0)
    return ExitFixFailed;
  if (ToolResult != 0 || !State.FailedFiles.empty())
    return ExitCompileError;
  return ExitSuccess;
}

} // namespace
} // namespace stacklift

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  return stacklift::run(Argc, Argv);
}
