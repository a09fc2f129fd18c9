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

#include "Frontend/Baseline.h"
#include "Frontend/Config.h"
#include "Frontend/FixApplier.h"
#include "Frontend/Output.h"
#include "Frontend/Report.h"
#include "Frontend/Runner.h"
#include "Frontend/Sources.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ProfileSites.h"
#include "stacklift/Version.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
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
  ExitFindings = 1,
  ExitUsage = 2,
  ExitCompileError = 3,
  ExitFixFailed = 4, ///< Also: an output file could not be written.
};

cl::OptionCategory Category("stacklift options");

cl::list<std::string> SourcePaths(cl::Positional, cl::desc("<source files...>"),
                                  cl::cat(Category));

cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory that holds compile_commands.json"),
              cl::value_desc("build dir"), cl::cat(Category));

cl::list<std::string> ExtraArgs(
    "extra-arg",
    cl::desc("Additional argument to append to the compiler command line"),
    cl::cat(Category));

cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Additional argument to prepend to the compiler command line"),
    cl::cat(Category));

cl::opt<OutputFormat>
    Format("format", cl::desc("Output format"), cl::init(OutputFormat::Text),
           cl::values(clEnumValN(OutputFormat::Text, "text",
                                 "clang-style diagnostics (default)"),
                      clEnumValN(OutputFormat::Json, "json",
                                 "one JSON object {\"findings\": [...]}"),
                      clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0")),
           cl::cat(Category));

cl::opt<unsigned> Jobs("j",
                       cl::desc("Number of files analysed at once (default: "
                                "the number of cores)"),
                       cl::value_desc("N"), cl::init(0),
                       cl::Prefix, // -j2 as well as -j 2 and -j=2.
                       cl::cat(Category));

cl::opt<std::string> ShardSpec(
    "shard",
    cl::desc("Analyse only the i-th of N equal parts of the files (sorted by "
             "path)"),
    cl::value_desc("i/N"), cl::cat(Category));

cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write the fix-its as YAML for clang-apply-replacements"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Report only findings that this baseline does not hold"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> WriteBaseline(
    "write-baseline",
    cl::desc("Write the fingerprints of every finding to this file (with\n"
             "--baseline: those it accepts too, which refreshes it)"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<bool>
    WarningsAsErrors("warnings-as-errors",
                     cl::desc("Exit with code 1 when there is a finding"),
                     cl::cat(Category));

cl::opt<cl::boolOrDefault> ShowProgress(
    "progress",
    cl::desc("Show a progress bar on standard error (default: when it is a "
             "terminal)"),
    cl::cat(Category));

cl::opt<bool> Fix("fix", cl::desc("Apply the fix-its to the files in place"),
                  cl::cat(Category));

cl::opt<bool> FixNotes(
    "fix-notes",
    cl::desc("Also apply the fix-its of notes (the type-changing remedies)\n"
             "where the warning has none; implies --fix"),
    cl::cat(Category));

cl::opt<std::string>
    Config("config",
           cl::desc("Configuration in clang-tidy's YAML, e.g.\n"
                    "'{CheckOptions: {stacklift-vector-growth.EnableReserve: "
                    "false}}'.\nWhen set, no .clang-tidy file is read."),
           cl::cat(Category));

cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("Read the configuration from this file instead of .clang-tidy "
             "files"),
    cl::value_desc("path"), cl::cat(Category));

cl::opt<std::string>
    Checks("checks",
           cl::desc("Comma-separated globs of the checks to run; a leading '-' "
                    "removes\n(default: stacklift-*)"),
           cl::init("stacklift-*"), cl::cat(Category));

cl::opt<bool> Explain(
    "explain",
    cl::desc("Print the escape verdict of every local vector in the main "
             "files\n(with --format=json: a \"variables\" array)"),
    cl::cat(Category));

cl::opt<bool> Funnel(
    "funnel",
    cl::desc("Account for every push_back/emplace_back of a vector-like "
             "object in a loop:\nreported, or the one reason it is not; a "
             "summary on standard error\n(with --format=json: a \"sites\" "
             "array)"),
    cl::cat(Category));

cl::list<std::string> Profiles(
    "profile",
    cl::desc("A heap profile recorded with heaptrack (heaptrack.<app>.<pid>"
             ".zst or .gz);\nits measurements choose inline capacities and "
             "rank findings.\nRepeatable; replaces the check option "
             "stacklift-vector-growth.Profile"),
    cl::value_desc("file"), cl::cat(Category));

enum class SortOrder { Place, Impact };
cl::opt<SortOrder>
    Sort("sort", cl::desc("The order of the findings (default: place)"),
         cl::values(clEnumValN(SortOrder::Place, "place", "by file and line"),
                    clEnumValN(SortOrder::Impact, "impact",
                               "most allocations saved first, as measured by "
                               "--profile")),
         cl::init(SortOrder::Place), cl::cat(Category));

cl::opt<bool> DebugTripCount(
    "debug-tripcount",
    cl::desc("Print the trip-count analysis' answer for each candidate"),
    cl::Hidden, cl::cat(Category));

cl::opt<bool> DebugEscape("debug-escape",
                          cl::desc("Print the escape analysis' graph"),
                          cl::Hidden, cl::cat(Category));

cl::opt<cl::boolOrDefault>
    UseColor("use-color",
             cl::desc("Colour the text output (default: when printing to a "
                      "terminal)"),
             cl::cat(Category));

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
    const std::string &First = SourcePaths.front();
    Compilations =
        sys::fs::is_directory(First)
            ? CompilationDatabase::autoDetectFromDirectory(First, Error)
            : CompilationDatabase::autoDetectFromSource(First, Error);
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

/// Writes \p Write's output to \p Path atomically; false after an error.
template <typename Fn> bool writeOutputFile(StringRef Path, Fn Write) {
  std::string Text;
  raw_string_ostream OS(Text);
  Write(OS);
  if (Error E = writeFileAtomically(Path, Text)) {
    errs() << "error: cannot write " << Path << ": " << toString(std::move(E))
           << "\n";
    return false;
  }
  return true;
}

/// The --checks filter; warns about globs that match no check, as
/// clang-tidy's --verify-config does: such a glob is most likely misspelt.
Expected<CheckFilter> checkFilter() {
  Expected<CheckFilter> Filter = CheckFilter::parse(Checks);
  if (!Filter)
    return Filter.takeError();
  std::vector<std::string> CheckNames;
  for (const CheckInfo &Info : allChecks())
    CheckNames.push_back(Info.Name.str());
  for (StringRef Glob : Filter->unmatched(CheckNames)) {
    bool Removes = Glob.consume_front("-");
    std::string Close = closestName(Glob, CheckNames);
    errs() << "warning: --checks: '" << (Removes ? "-" : "") << Glob
           << "' matches no check";
    if (!Close.empty())
      errs() << "; did you mean '" << (Removes ? "-" : "") << Close << "'?";
    errs() << "\n";
  }
  bool AnyCheck = llvm::any_of(allChecks(), [&](const CheckInfo &Info) {
    return Filter->enabled(Info.Name);
  });
  if (!AnyCheck && !Explain)
    return createStringError(inconvertibleErrorCode(),
                             "--checks='" + Checks + "' enables no check");
  return Filter;
}

/// The baseline read with --baseline, and the directory fingerprints are
/// relative to (the baseline's, or the one --write-baseline writes to).
struct BaselineSettings {
  std::optional<Baseline> Accepted;
  std::string FingerprintDir = baselineDir(".");
};

Expected<BaselineSettings> baselineSettings() {
  BaselineSettings Settings;
  if (!BaselineFile.empty()) {
    Expected<Baseline> Read = Baseline::read(BaselineFile);
    if (!Read)
      return Read.takeError();
    Settings.FingerprintDir = Read->baseDir();
    Settings.Accepted = std::move(*Read);
  }
  if (!WriteBaseline.empty()) {
    std::string WriteDir = baselineDir(WriteBaseline);
    if (Settings.Accepted && WriteDir != Settings.FingerprintDir)
      return createStringError(
          inconvertibleErrorCode(),
          "--baseline and --write-baseline must be in the same directory");
    Settings.FingerprintDir = WriteDir;
  }
  return Settings;
}

/// The compilation database and the files of it to analyse (this shard's).
struct Inputs {
  std::unique_ptr<CompilationDatabase> Compilations;
  std::vector<std::string> Files;
};

Expected<Inputs> inputs(std::unique_ptr<CompilationDatabase> FromCommandLine,
                        const Shard &Part) {
  if (SourcePaths.empty() && BuildPath.empty() && !FromCommandLine)
    return createStringError(
        inconvertibleErrorCode(),
        "no input files; usage: stacklift [options] <source files...> [-- "
        "<compiler arguments>], or -p <build dir>");
  for (const std::string &Source : SourcePaths)
    if (!sys::fs::exists(Source))
      return createStringError(inconvertibleErrorCode(),
                               "no such file: " + Source);
  Expected<std::unique_ptr<CompilationDatabase>> Compilations =
      loadCompilations(std::move(FromCommandLine));
  if (!Compilations)
    return Compilations.takeError();
  Expected<std::vector<std::string>> Files =
      selectSources(**Compilations, SourcePaths, Part);
  if (!Files)
    return Files.takeError();
  return Inputs{std::move(*Compilations), std::move(*Files)};
}

/// Parses the command line; takes what follows `--` into \p FromCommandLine.
/// False after an error, which it printed.
bool parseCommandLine(int &Argc, const char **Argv,
                      std::unique_ptr<CompilationDatabase> &FromCommandLine) {
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "stacklift " STACKLIFT_VERSION " (built against LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });
  cl::HideUnrelatedOptions(Category);
  // Everything after `--` is the compiler's; take it off first.
  std::string FixedError;
  FromCommandLine =
      FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, FixedError);
  if (!FixedError.empty()) {
    errs() << "error: " << FixedError << "\n";
    return false;
  }
  return cl::ParseCommandLineOptions(
      Argc, Argv,
      "stacklift finds local std::vector variables grown in loops and "
      "suggests how to size them.\n\n"
      "The compiler arguments come after `--`, else from the "
      "compile_commands.json\nin -p <build dir>, else from one found "
      "above the first source file.\nWith -p and no source files, every "
      "file of the database is analysed.\n",
      &errs());
}

/// The state of a run, reporting as the command-line options ask.
std::unique_ptr<RunState> makeRunState(CheckFilter Filter,
                                       std::optional<ConfigLayer> Explicit,
                                       BaselineSettings Baselines) {
  bool Color = UseColor == cl::BOU_UNSET ? outs().has_colors()
                                         : UseColor == cl::BOU_TRUE;
  RunOptions Options{std::move(Filter), Explain, DebugTripCount,
                     DebugEscape,       Funnel,  Profiles};
  auto State = std::make_unique<RunState>(
      std::move(Options), std::move(Explicit), Format, Color,
      std::move(Baselines.Accepted), Baselines.FingerprintDir);
  // Findings are written as they come; what is kept for the end is only
  // what --export-fixes, --fix and --write-baseline need.
  Reporter::Retention Keep;
  Keep.Records = !ExportFixes.empty();
  Keep.Fixes = Fix || FixNotes;
  Keep.FixNotes = FixNotes;
  Keep.BaselineEntries = !WriteBaseline.empty();
  State->Report.retain(Keep);
  if (Sort == SortOrder::Impact)
    State->Report.sortByImpact();
  if (Format == OutputFormat::Json)
    State->Report.streamTo(jsonWriter(outs()));
  else if (Format == OutputFormat::Sarif)
    State->Report.streamTo(sarifWriter(outs()));
  return State;
}

/// Standard output that could not be written (a full disk, a closed pipe) is
/// an output that was not written, not a finding: false, and the error
/// cleared, or outs() would end the process with exit code 1.
bool flushStandardOutput() {
  outs().flush();
  if (!outs().has_error())
    return true;
  errs() << "error: cannot write to standard output: "
         << outs().error().message() << "\n";
  outs().clear_error();
  return false;
}

/// Writes --export-fixes and --write-baseline; false when one could not be
/// written.
bool writeOutputFiles(RunState &State, bool AllAnalysed) {
  bool WroteAll = true;
  if (!ExportFixes.empty())
    WroteAll &= writeOutputFile(ExportFixes, [&](raw_ostream &OS) {
      SmallString<256> Cwd;
      sys::fs::current_path(Cwd);
      writeExportedFixes(OS, State.Report.findings(), Cwd);
    });
  if (WriteBaseline.empty())
    return WroteAll;
  // A file that was not analysed has no findings in this run: a baseline
  // written now would drop its accepted findings, and the next run would
  // report them all again.
  if (!AllAnalysed) {
    errs() << "error: not writing the baseline " << WriteBaseline
           << ": some files were not analysed, and their findings would be "
              "missing from it\n";
  } else if (Error E = Baseline::write(WriteBaseline,
                                       State.Report.baselineEntries())) {
    errs() << "error: cannot write " << WriteBaseline << ": "
           << toString(std::move(E)) << "\n";
    WroteAll = false;
  }
  return WroteAll;
}

int run(int Argc, const char **Argv) {
  std::unique_ptr<CompilationDatabase> FromCommandLine;
  if (!parseCommandLine(Argc, Argv, FromCommandLine))
    return ExitUsage;
  auto Usage = [](Error E) {
    errs() << "error: " << toString(std::move(E)) << "\n";
    return ExitUsage;
  };
  Expected<std::optional<ConfigLayer>> Explicit = commandLineConfig();
  if (!Explicit)
    return Usage(Explicit.takeError());
  if (*Explicit)
    for (const std::string &Warning : (*Explicit)->Warnings)
      errs() << "warning: " << Warning << "\n";
  Expected<CheckFilter> Filter = checkFilter();
  if (!Filter)
    return Usage(Filter.takeError());
  Expected<Shard> Part = ShardSpec.empty() ? Shard() : Shard::parse(ShardSpec);
  if (!Part)
    return Usage(Part.takeError());
  Expected<BaselineSettings> Baselines = baselineSettings();
  if (!Baselines)
    return Usage(Baselines.takeError());
  Expected<Inputs> In = inputs(std::move(FromCommandLine), *Part);
  if (!In)
    return Usage(In.takeError());
  // A profile that cannot be read stops the run before any file is
  // analysed; read once, it is shared by every unit.
  if (!Profiles.empty())
    if (Expected<std::shared_ptr<const HeapProfile>> Loaded =
            loadProfiles(Profiles);
        !Loaded)
      return Usage(Loaded.takeError());
  if (Sort == SortOrder::Impact && Profiles.empty())
    errs() << "warning: --sort=impact without --profile: only findings "
              "measured by a profile configured in .clang-tidy are ranked\n";

  bool Progress = ShowProgress == cl::BOU_UNSET ? errs().is_displayed()
                                                : ShowProgress == cl::BOU_TRUE;
  std::unique_ptr<RunState> State = makeRunState(
      std::move(*Filter), std::move(*Explicit), std::move(*Baselines));
  unsigned NotAnalysed =
      runAll(*In->Compilations, In->Files, *State, Jobs, Progress);
  // The document is complete even when the run stops here.
  State->Report.finish(/*WithVariables=*/Explain, /*WithSites=*/Funnel);
  bool WroteAll = flushStandardOutput();
  if (Funnel)
    State->Report.printFunnel(errs());
  if (State->ConfigFailed)
    return ExitUsage;

  unsigned Reported = State->Report.reported();
  if (Progress)
    errs() << "stacklift: " << In->Files.size() << " files, " << Reported
           << " findings, " << State->Report.suppressed()
           << " accepted by the baseline, " << NotAnalysed
           << " did not compile\n";
  bool AllAnalysed = NotAnalysed == 0 && State->failedFiles().empty();
  WroteAll &= writeOutputFiles(*State, AllAnalysed);
  bool FixesFailed =
      (Fix || FixNotes) &&
      applyFixes(State->Report.replacements(), State->Report.analysedHashes(),
                 State->failedFiles(), errs()) != 0;
  if (!AllAnalysed)
    return ExitCompileError;
  if (FixesFailed || !WroteAll)
    return ExitFixFailed;
  if (WarningsAsErrors && Reported != 0)
    return ExitFindings;
  return ExitSuccess;
}

} // namespace
} // namespace stacklift

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  return stacklift::run(Argc, Argv);
}
