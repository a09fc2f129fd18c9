//===- Transport.cpp - JSON-RPC messages over a byte stream ---------------===//

#include "Transport.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace stacklift {
namespace lsp {

void log(const llvm::Twine &Message) {
  llvm::errs() << "stacklift-lsp: " << Message << "\n";
  llvm::errs().flush();
}

/// One header line without its line ending, or std::nullopt at the end.
static std::optional<std::string> readLine(std::FILE *In) {
  std::string Line;
  int C;
  while ((C = std::fgetc(In)) != EOF) {
    if (C == '\n') {
      if (!Line.empty() && Line.back() == '\r')
        Line.pop_back();
      return Line;
    }
    Line += static_cast<char>(C);
    if (Line.size() > 65536) // Not a header: a line this long is garbage.
      Line.clear();
  }
  if (Line.empty())
    return std::nullopt;
  return Line;
}

std::optional<std::string> Transport::read() {
  while (true) {
    std::optional<size_t> Length;
    bool SawHeader = false;
    while (std::optional<std::string> Line = readLine(In)) {
      llvm::StringRef Header(*Line);
      if (Header.empty()) {
        if (SawHeader)
          break;
        continue; // Blank lines between messages.
      }
      SawHeader = true;
      // Found anywhere in the line, so that the header after a message
      // without one (its body then runs into this line) is still read.
      size_t At = Header.find_insensitive("content-length:");
      if (At != llvm::StringRef::npos) {
        size_t N;
        if (!Header.drop_front(At + 15).trim().getAsInteger(10, N))
          Length = N;
      }
    }
    if (!SawHeader)
      return std::nullopt;
    if (!Length || *Length > (64u << 20)) {
      log("skipping a message without a usable Content-Length header");
      continue;
    }
    std::string Body(*Length, '\0');
    size_t Read = std::fread(Body.data(), 1, *Length, In);
    if (Read != *Length)
      return std::nullopt;
    return Body;
  }
}

void Transport::write(const llvm::json::Value &Message) {
  std::string Body;
  llvm::raw_string_ostream OS(Body);
  OS << Message;
  std::lock_guard<std::mutex> Guard(WriteLock);
  std::fprintf(Out, "Content-Length: %zu\r\n\r\n", Body.size());
  std::fwrite(Body.data(), 1, Body.size(), Out);
  std::fflush(Out);
}

} // namespace lsp
} // namespace stacklift
