//===- Server.h - stacklift's language server -------------------*- C++ -*-===//
//
// A Language Server Protocol server that runs stacklift's checks on the
// documents an editor has open and publishes the findings as diagnostics,
// with the notes as related information and the fix-its as quick-fix code
// actions. It runs beside clangd: it answers nothing else.
//
// Documents are analysed from the editor's buffer, not the file on disk, with
// the compile command of the nearest compile_commands.json (or fallback
// flags): at once on open and save, after a pause in typing on change.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_LSP_SERVER_H
#define STACKLIFT_LSP_SERVER_H

#include "Frontend/Report.h"
#include "Transport.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace stacklift {
namespace lsp {

struct ServerOptions {
  /// A build directory with compile_commands.json; empty: found per file.
  std::string CompilationDatabaseDir;
  /// Compiler arguments for files no database knows.
  std::vector<std::string> FallbackFlags = {"-std=c++17"};
  /// The pause in typing after which a changed document is analysed again.
  std::chrono::milliseconds Debounce{300};
};

class Server {
public:
  Server(Transport &T, ServerOptions Options);
  ~Server();

  /// Serves until `exit` or the end of the input; returns the exit code the
  /// protocol asks for (0 after shutdown, 1 otherwise).
  int run();

private:
  struct Document {
    std::string Path;
    std::string Text;
    int64_t Version = 0;
  };
  /// What the last analysis of a document found, and on which text.
  struct Analysis {
    int64_t Version = 0;
    std::string Text;
    std::vector<FindingRecord> Findings;
    /// Why the document could not be analysed at all, if it could not.
    std::string SetupError;
  };

  void handle(llvm::StringRef Body);
  void onRequest(const llvm::json::Value &Id, llvm::StringRef Method,
                 const llvm::json::Object *Params);
  void onNotification(llvm::StringRef Method, const llvm::json::Object *Params);
  /// The textDocument/did* notifications of a document with URI \p Uri.
  void didOpen(const std::string &Uri, const llvm::json::Object &Doc);
  void didChange(const std::string &Uri, const llvm::json::Object &Doc,
                 const llvm::json::Object &Params);
  void didClose(const std::string &Uri);
  void reply(const llvm::json::Value &Id, llvm::json::Value Result);
  void replyError(const llvm::json::Value &Id, int Code,
                  const llvm::Twine &Message);

  llvm::json::Value initialize(const llvm::json::Object *Params);
  llvm::json::Value codeActions(const llvm::json::Object &Params);

  void schedule(const std::string &Uri, std::chrono::milliseconds Delay);
  void workerLoop();
  void analyze(const std::string &Uri);
  void publish(const std::string &Uri, const Analysis &Result);
  llvm::json::Object diagnostic(const FindingRecord &R, const Analysis &Result,
                                llvm::StringRef Path);
  std::shared_ptr<clang::tooling::CompilationDatabase>
  databaseFor(llvm::StringRef Path);

  Transport &T;
  ServerOptions Options;
  bool Initialized = false;
  bool ShutdownRequested = false;

  std::mutex Lock; // Guards everything below.
  std::condition_variable Wake;
  bool Stopping = false;
  std::map<std::string, Document> Documents;
  std::map<std::string, Analysis> Analyses;
  std::map<std::string, std::chrono::steady_clock::time_point> Due;
  llvm::StringMap<std::shared_ptr<clang::tooling::CompilationDatabase>>
      Databases;
  std::thread Worker;
};

/// The path of a file:// URI, or std::nullopt for another scheme.
std::optional<std::string> uriToPath(llvm::StringRef Uri);
/// The file:// URI of an absolute path.
std::string pathToUri(llvm::StringRef Path);
/// The LSP position (line, UTF-16 character) of byte \p Offset of \p Text.
llvm::json::Object positionAt(llvm::StringRef Text, size_t Offset);

} // namespace lsp
} // namespace stacklift

#endif // STACKLIFT_LSP_SERVER_H
