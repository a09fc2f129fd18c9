//===- Server.cpp - stacklift's language server ---------------------------===//

#include "Server.h"
#include "Frontend/Output.h"
#include "Frontend/Runner.h"
#include "stacklift/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace stacklift {
namespace lsp {

// JSON-RPC and LSP error codes.
enum ErrorCode {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  ServerNotInitialized = -32002,
};

std::optional<std::string> uriToPath(StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return std::nullopt;
  std::string Path;
  for (size_t I = 0; I < Uri.size(); ++I) {
    unsigned Byte;
    if (Uri[I] == '%' && I + 2 < Uri.size() + 0 &&
        !Uri.substr(I + 1, 2).getAsInteger(16, Byte)) {
      Path += static_cast<char>(Byte);
      I += 2;
    } else {
      Path += Uri[I];
    }
  }
  return Path;
}

std::string pathToUri(StringRef Path) { return fileUri(Path); }

/// How many UTF-16 code units encode the UTF-8 text \p Text.
static size_t utf16Length(StringRef Text) {
  size_t Units = 0;
  for (size_t I = 0; I < Text.size();) {
    unsigned char C = Text[I];
    size_t Bytes = C < 0x80 ? 1 : C < 0xE0 ? 2 : C < 0xF0 ? 3 : 4;
    Units += Bytes == 4 ? 2 : 1;
    I += Bytes;
  }
  return Units;
}

json::Object positionAt(StringRef Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  StringRef Before = Text.take_front(Offset);
  size_t Line = Before.count('\n');
  size_t LineStart = Before.rfind('\n');
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  return json::Object{{"line", static_cast<int64_t>(Line)},
                      {"character", static_cast<int64_t>(utf16Length(
                                        Before.drop_front(LineStart)))}};
}

/// A range for \p P: exact from the analysed text when \p P lies in it,
/// else from its line and column.
static json::Object rangeOf(const Place &P, size_t Length, StringRef Path,
                            StringRef Text) {
  if (P.File == Path)
    return json::Object{{"start", positionAt(Text, P.Offset)},
                        {"end", positionAt(Text, P.Offset + Length)}};
  json::Object Start{{"line", int64_t(P.Line) - 1},
                     {"character", int64_t(P.Column) - 1}};
  json::Object End{{"line", int64_t(P.Line) - 1},
                   {"character", int64_t(P.Column - 1 + Length)}};
  return json::Object{{"start", std::move(Start)}, {"end", std::move(End)}};
}

Server::Server(Transport &T, ServerOptions Options)
    : T(T), Options(std::move(Options)) {
  Worker = std::thread([this] { workerLoop(); });
}

Server::~Server() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
  }
  Wake.notify_all();
  Worker.join();
}

int Server::run() {
  while (std::optional<std::string> Body = T.read()) {
    handle(*Body);
    if (Stopping)
      return ShutdownRequested ? 0 : 1;
  }
  return 1; // The client went away without `exit`.
}

void Server::reply(const json::Value &Id, json::Value Result) {
  T.write(json::Object{{"jsonrpc", "2.0"}, {"id", Id}, {"result", Result}});
}

void Server::replyError(const json::Value &Id, int Code, const Twine &Message) {
  T.write(json::Object{
      {"jsonrpc", "2.0"},
      {"id", Id},
      {"error", json::Object{{"code", Code}, {"message", Message.str()}}}});
}

/// The deepest nesting of arrays and objects in the JSON text \p Body, or
/// \p Limit + 1 as soon as it is deeper than \p Limit. Brackets inside
/// strings do not count. It does not validate: json::parse does that.
static size_t nestingDepth(StringRef Body, size_t Limit) {
  size_t Depth = 0, Deepest = 0;
  bool InString = false;
  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (InString) {
      if (C == '\\')
        ++I; // The escaped character, whatever it is.
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      Deepest = std::max(Deepest, ++Depth);
      if (Deepest > Limit)
        return Deepest;
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return Deepest;
}

void Server::handle(StringRef Body) {
  // json::parse recurses once per level: a message nested deeply enough
  // would overflow the stack. No LSP message comes near this depth.
  constexpr size_t MaxDepth = 512;
  if (nestingDepth(Body, MaxDepth) > MaxDepth) {
    replyError(nullptr, ParseError,
               "refused: the message nests arrays and objects more than " +
                   Twine(MaxDepth) + " levels deep");
    return;
  }
  Expected<json::Value> Message = json::parse(Body);
  if (!Message) {
    replyError(nullptr, ParseError,
               "invalid JSON: " + toString(Message.takeError()));
    return;
  }
  const json::Object *Obj = Message->getAsObject();
  std::optional<StringRef> Method =
      Obj ? Obj->getString("method") : std::nullopt;
  const json::Value *Id = Obj ? Obj->get("id") : nullptr;
  if (!Obj || !Method || Obj->getString("jsonrpc") != StringRef("2.0")) {
    // A response to a request of ours would land here; we send none.
    if (Obj && !Method && (Obj->get("result") || Obj->get("error")))
      return;
    replyError(Id ? *Id : json::Value(nullptr), InvalidRequest,
               "not a JSON-RPC 2.0 request or notification");
    return;
  }
  const json::Value *RawParams = Obj->get("params");
  const json::Object *Params = RawParams ? RawParams->getAsObject() : nullptr;
  if (Id)
    onRequest(*Id, *Method, Params);
  else
    onNotification(*Method, Params);
}

void Server::onRequest(const json::Value &Id, StringRef Method,
                       const json::Object *Params) {
  if (Method == "initialize") {
    if (Initialized)
      return replyError(Id, InvalidRequest, "already initialized");
    Initialized = true;
    return reply(Id, initialize(Params));
  }
  if (!Initialized)
    return replyError(Id, ServerNotInitialized,
                      "the server is not initialized");
  if (ShutdownRequested)
    return replyError(Id, InvalidRequest, "the server is shutting down");
  if (Method == "shutdown") {
    ShutdownRequested = true;
    return reply(Id, nullptr);
  }
  if (Method == "textDocument/codeAction") {
    if (!Params)
      return replyError(Id, InvalidParams, "codeAction needs params");
    return reply(Id, codeActions(*Params));
  }
  replyError(Id, MethodNotFound, "unsupported method '" + Method + "'");
}

json::Value Server::initialize(const json::Object *Params) {
  const json::Object *Init =
      Params ? Params->getObject("initializationOptions") : nullptr;
  if (Init) {
    if (std::optional<StringRef> Dir =
            Init->getString("compilationDatabasePath"))
      Options.CompilationDatabaseDir = Dir->str();
    if (const json::Array *Flags = Init->getArray("fallbackFlags")) {
      Options.FallbackFlags.clear();
      for (const json::Value &Flag : *Flags)
        if (std::optional<StringRef> S = Flag.getAsString())
          Options.FallbackFlags.push_back(S->str());
    }
  }
  return json::Object{
      {"capabilities",
       json::Object{
           {"textDocumentSync",
            json::Object{{"openClose", true},
                         {"change", 1}, // Full text on every change.
                         {"save", json::Object{{"includeText", false}}}}},
           {"codeActionProvider",
            json::Object{{"codeActionKinds", json::Array{"quickfix"}}}}}},
      {"serverInfo", json::Object{{"name", "stacklift-lsp"},
                                  {"version", STACKLIFT_VERSION}}}};
}

/// The text document's URI in \p Params, or std::nullopt.
static std::optional<std::string> documentUri(const json::Object *Params) {
  const json::Object *Doc =
      Params ? Params->getObject("textDocument") : nullptr;
  std::optional<StringRef> Uri = Doc ? Doc->getString("uri") : std::nullopt;
  if (!Uri)
    return std::nullopt;
  return Uri->str();
}

void Server::onNotification(StringRef Method, const json::Object *Params) {
  if (Method == "exit") {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
    return;
  }
  if (!Initialized || ShutdownRequested)
    return; // Notifications before initialize or after shutdown: dropped.
  if (Method != "textDocument/didOpen" && Method != "textDocument/didChange" &&
      Method != "textDocument/didSave" && Method != "textDocument/didClose")
    return; // initialized, $/cancelRequest, ...: nothing to do.
  std::optional<std::string> Uri = documentUri(Params);
  if (!Uri) {
    log(Method + " without a textDocument.uri: ignored");
    return;
  }
  const json::Object &Doc = *Params->getObject("textDocument");
  if (Method == "textDocument/didOpen")
    return didOpen(*Uri, Doc);
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (!Documents.count(*Uri)) {
      log(Method + " of " + *Uri + ", which is not open: ignored");
      return;
    }
  }
  if (Method == "textDocument/didClose")
    return didClose(*Uri);
  if (Method == "textDocument/didChange")
    return didChange(*Uri, Doc, *Params);
  schedule(*Uri, std::chrono::milliseconds(0)); // didSave
}

void Server::didOpen(const std::string &Uri, const json::Object &Doc) {
  std::optional<std::string> Path = uriToPath(Uri);
  std::optional<StringRef> Text = Doc.getString("text");
  if (!Path || !Text) {
    log("didOpen of " + Uri + " without a file path or text: ignored");
    return;
  }
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Documents[Uri] = {*Path, Text->str(),
                      Doc.getInteger("version").value_or(0)};
  }
  schedule(Uri, std::chrono::milliseconds(0));
}

void Server::didClose(const std::string &Uri) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Documents.erase(Uri);
    Analyses.erase(Uri);
    Due.erase(Uri);
  }
  // Clear the document's diagnostics.
  T.write(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/publishDiagnostics"},
      {"params", json::Object{{"uri", Uri}, {"diagnostics", json::Array{}}}}});
}

void Server::didChange(const std::string &Uri, const json::Object &Doc,
                       const json::Object &Params) {
  const json::Array *Changes = Params.getArray("contentChanges");
  if (!Changes || Changes->empty()) {
    log("didChange of " + Uri + " without contentChanges: ignored");
    return;
  }
  // We ask for full-text sync: the last change holds the whole text.
  const json::Object *Last = Changes->back().getAsObject();
  std::optional<StringRef> Text = Last ? Last->getString("text") : std::nullopt;
  if (!Text || Last->get("range")) {
    log("didChange of " + Uri + " is not a full-text change: ignored");
    return;
  }
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto Open = Documents.find(Uri);
    if (Open == Documents.end())
      return; // Only this thread opens and closes documents.
    Open->second.Text = Text->str();
    Open->second.Version =
        Doc.getInteger("version").value_or(Open->second.Version + 1);
  }
  schedule(Uri, Options.Debounce);
}

void Server::schedule(const std::string &Uri, std::chrono::milliseconds Delay) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Due[Uri] = std::chrono::steady_clock::now() + Delay;
  }
  Wake.notify_all();
}

void Server::workerLoop() {
  std::unique_lock<std::mutex> Guard(Lock);
  while (!Stopping) {
    if (Due.empty()) {
      Wake.wait(Guard);
      continue;
    }
    auto Next = std::min_element(
        Due.begin(), Due.end(),
        [](const auto &A, const auto &B) { return A.second < B.second; });
    if (Next->second > std::chrono::steady_clock::now()) {
      Wake.wait_until(Guard, Next->second);
      continue;
    }
    std::string Uri = Next->first;
    Due.erase(Next);
    Guard.unlock();
    analyze(Uri);
    Guard.lock();
  }
}

std::shared_ptr<clang::tooling::CompilationDatabase>
Server::databaseFor(StringRef Path) {
  std::string Error;
  std::string Key = Options.CompilationDatabaseDir.empty()
                        ? sys::path::parent_path(Path).str()
                        : Options.CompilationDatabaseDir;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Databases.find(Key);
  if (It != Databases.end())
    return It->second;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      Options.CompilationDatabaseDir.empty()
          ? clang::tooling::CompilationDatabase::autoDetectFromSource(Path,
                                                                      Error)
          : clang::tooling::CompilationDatabase::loadFromDirectory(Key, Error);
  if (!DB) {
    if (!Options.CompilationDatabaseDir.empty())
      log("cannot load the compilation database in " + Key + ": " + Error);
    DB = std::make_unique<clang::tooling::FixedCompilationDatabase>(
        ".", Options.FallbackFlags);
  }
  return Databases[Key] = std::move(DB);
}

void Server::analyze(const std::string &Uri) {
  Document Doc;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Documents.find(Uri);
    if (It == Documents.end())
      return;
    Doc = It->second;
  }
  std::shared_ptr<clang::tooling::CompilationDatabase> DB =
      databaseFor(Doc.Path);
  llvm::Expected<CheckFilter> Checks = CheckFilter::parse("stacklift-*");
  RunState State(RunOptions{std::move(*Checks), false, false, false},
                 std::nullopt, OutputFormat::Json, /*UseColor=*/false,
                 std::nullopt, /*FingerprintDir=*/"");
  std::string Errors;
  if (!analyzeBuffer(*DB, Doc.Path, Doc.Text, State, Errors))
    log(Doc.Path + " did not compile cleanly; findings may be missing:\n" +
        Errors);
  Analysis Result{Doc.Version, Doc.Text, State.Report.findings(),
                  State.setupError()};
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Documents.find(Uri);
    if (It == Documents.end() || It->second.Version != Doc.Version)
      return; // Closed or changed meanwhile: a newer analysis is due.
    Analyses[Uri] = Result;
  }
  publish(Uri, Result);
}

json::Object Server::diagnostic(const FindingRecord &R, const Analysis &Result,
                                StringRef Path) {
  json::Array Related;
  for (const NoteRecord &N : R.Notes)
    Related.push_back(json::Object{
        {"location",
         json::Object{{"uri", pathToUri(N.Where.File)},
                      {"range", rangeOf(N.Where, 0, Path, Result.Text)}}},
        {"message", N.Message}});
  json::Object Diag{
      {"range", rangeOf(R.Where, R.Variable.size(), Path, Result.Text)},
      {"severity", 2},
      {"code", R.Check},
      {"source", "stacklift"},
      {"message", R.Message}};
  if (!Related.empty())
    Diag["relatedInformation"] = std::move(Related);
  return Diag;
}

void Server::publish(const std::string &Uri, const Analysis &Result) {
  std::string Path = *uriToPath(Uri);
  json::Array Diagnostics;
  // A document that could not be analysed at all (an invalid .clang-tidy, a
  // compile command that cannot run) says so where the user looks.
  if (!Result.SetupError.empty())
    Diagnostics.push_back(json::Object{
        {"range", json::Object{{"start", positionAt(Result.Text, 0)},
                               {"end", positionAt(Result.Text, 0)}}},
        {"severity", 1},
        {"source", "stacklift"},
        {"message",
         "stacklift could not analyse this file: " + Result.SetupError}});
  for (const FindingRecord &R : Result.Findings)
    if (R.Where.File == Path)
      Diagnostics.push_back(diagnostic(R, Result, Path));
  T.write(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/publishDiagnostics"},
      {"params", json::Object{{"uri", Uri},
                              {"version", Result.Version},
                              {"diagnostics", std::move(Diagnostics)}}}});
}

/// The contents of \p Path: the analysed text for the document itself, the
/// file on disk for any other file a fix-it touches.
static std::string textOf(StringRef Path, StringRef DocPath,
                          StringRef DocText) {
  if (Path == DocPath)
    return DocText.str();
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

json::Value Server::codeActions(const json::Object &Params) {
  std::optional<std::string> Uri = documentUri(&Params);
  const json::Object *Range = Params.getObject("range");
  json::Array Actions;
  if (!Uri || !Range)
    return Actions;
  const json::Object *Start = Range->getObject("start");
  const json::Object *End = Range->getObject("end");
  int64_t FirstLine = Start ? Start->getInteger("line").value_or(0) : 0;
  int64_t LastLine =
      End ? End->getInteger("line").value_or(FirstLine) : FirstLine;
  Analysis Result;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto Doc = Documents.find(*Uri);
    auto Found = Analyses.find(*Uri);
    if (Doc == Documents.end() || Found == Analyses.end() ||
        Found->second.Version != Doc->second.Version)
      return Actions; // Not analysed yet, or stale: offsets would be wrong.
    Result = Found->second;
  }
  std::string Path = *uriToPath(*Uri);
  for (const FindingRecord &R : Result.Findings) {
    int64_t Line = int64_t(R.Where.Line) - 1;
    if (R.Where.File != Path || Line < FirstLine || Line > LastLine)
      continue;
    // The warning's fix-its, then each note's: the type-changing remedies
    // ride on notes, and the editor shows each as its own quick fix.
    std::vector<std::pair<std::string, const std::vector<FixRecord> *>> Sets;
    if (!R.Fixes.empty())
      Sets.emplace_back(
          "stacklift: insert '" +
              StringRef(R.Fixes.front().Replacement).trim().str() + "'",
          &R.Fixes);
    for (const NoteRecord &N : R.Notes)
      if (!N.Fixes.empty())
        Sets.emplace_back("stacklift: " + N.Message, &N.Fixes);
    for (const auto &[Title, Fixes] : Sets) {
      json::Object Changes;
      for (const FixRecord &Fix : *Fixes) {
        std::string Text = textOf(Fix.Where.File, Path, Result.Text);
        json::Object Edit{
            {"range",
             json::Object{{"start", positionAt(Text, Fix.Offset)},
                          {"end", positionAt(Text, Fix.Offset + Fix.Length)}}},
            {"newText", Fix.Replacement}};
        std::string FixUri = pathToUri(Fix.Where.File);
        if (!Changes.get(FixUri))
          Changes[FixUri] = json::Array{};
        Changes.getArray(FixUri)->push_back(std::move(Edit));
      }
      Actions.push_back(json::Object{
          {"title", Title},
          {"kind", "quickfix"},
          {"isPreferred", Fixes == &R.Fixes},
          {"diagnostics", json::Array{diagnostic(R, Result, Path)}},
          {"edit", json::Object{{"changes", std::move(Changes)}}}});
    }
  }
  return Actions;
}

} // namespace lsp
} // namespace stacklift
