//===- LspMain.cpp - stacklift-lsp: the language server -------------------===//
//
//   stacklift-lsp [--compile-commands-dir=<dir>] [--fallback-flag=<arg>...]
//
// Speaks the Language Server Protocol on standard input and output; logs to
// standard error. docs/editors.md shows how to set it up beside clangd.
//
//===----------------------------------------------------------------------===//

#include "Server.h"
#include "stacklift/Version.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"

using namespace llvm;

static cl::OptionCategory Category("stacklift-lsp options");

static cl::opt<std::string> CompileCommandsDir(
    "compile-commands-dir",
    cl::desc("Directory of compile_commands.json (default: the nearest one "
             "above each file)"),
    cl::value_desc("dir"), cl::cat(Category));

static cl::list<std::string> FallbackFlags(
    "fallback-flag",
    cl::desc("Compiler argument for files no compilation database knows "
             "(repeatable; default: -std=c++17)"),
    cl::value_desc("arg"), cl::cat(Category));

static cl::opt<unsigned> DebounceMs(
    "debounce-ms",
    cl::desc("Milliseconds of quiet after a change before a document is "
             "analysed again"),
    cl::init(300), cl::cat(Category));

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "stacklift-lsp " STACKLIFT_VERSION " (built against LLVM "
       << LLVM_VERSION_STRING << ")\n";
  });
  cl::HideUnrelatedOptions(Category);
  if (!cl::ParseCommandLineOptions(
          Argc, Argv,
          "stacklift's language server: findings and fix-its in the editor\n",
          &errs()))
    return 2;
  stacklift::lsp::ServerOptions Options;
  Options.CompilationDatabaseDir = CompileCommandsDir;
  if (!FallbackFlags.empty())
    Options.FallbackFlags.assign(FallbackFlags.begin(), FallbackFlags.end());
  Options.Debounce = std::chrono::milliseconds(DebounceMs);
  stacklift::lsp::Transport T(stdin, stdout);
  stacklift::lsp::Server S(T, std::move(Options));
  return S.run();
}
