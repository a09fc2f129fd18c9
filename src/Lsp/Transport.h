//===- Transport.h - JSON-RPC messages over a byte stream -------*- C++ -*-===//
//
// The base protocol of the Language Server Protocol: each message is a header
// (`Content-Length: N`, then a blank line) and N bytes of JSON. Reading is
// done by one thread; writing may come from several and is serialised.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_LSP_TRANSPORT_H
#define STACKLIFT_LSP_TRANSPORT_H

#include "llvm/Support/JSON.h"
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>

namespace stacklift {
namespace lsp {

class Transport {
public:
  Transport(std::FILE *In, std::FILE *Out) : In(In), Out(Out) {}

  /// The next message's body, or std::nullopt at the end of the input. A
  /// header without a Content-Length is skipped (and logged).
  std::optional<std::string> read();

  /// Writes \p Message, framed, and flushes.
  void write(const llvm::json::Value &Message);

private:
  std::FILE *In;
  std::FILE *Out;
  std::mutex WriteLock;
};

/// Writes a line to the server's log (standard error).
void log(const llvm::Twine &Message);

} // namespace lsp
} // namespace stacklift

#endif // STACKLIFT_LSP_TRANSPORT_H
