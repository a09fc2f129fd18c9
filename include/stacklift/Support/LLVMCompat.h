//===- LLVMCompat.h - The differences between LLVM 19 and 22 ---*- C++ -*-===//
//
// stacklift builds against LLVM/Clang 19 and 22 from one source. Every API
// difference between them that the code meets lives here, and nowhere else
// (docs/llvm-versions.md).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_SUPPORT_LLVMCOMPAT_H
#define STACKLIFT_SUPPORT_LLVMCOMPAT_H

#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Config/llvm-config.h"
#include <memory>

namespace stacklift {
namespace compat {

// Diagnostic options. LLVM 21 and later pass them to TextDiagnosticPrinter
// and DiagnosticsEngine by reference and leave them to the caller; earlier
// versions take a pointer and count references to it, so the options must
// be on the heap, or the last printer or engine to let go would delete them.
#if LLVM_VERSION_MAJOR >= 21
using DiagOptions = std::unique_ptr<clang::DiagnosticOptions>;
/// How the printer's and the engine's constructors take the options.
inline clang::DiagnosticOptions &diagOptionsArg(const DiagOptions &Opts) {
  return *Opts;
}
#else
using DiagOptions = llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions>;
inline clang::DiagnosticOptions *diagOptionsArg(const DiagOptions &Opts) {
  return Opts.get();
}
#endif

/// New diagnostic options with their defaults.
inline DiagOptions makeDiagOptions() {
  return DiagOptions(new clang::DiagnosticOptions());
}

} // namespace compat
} // namespace stacklift

#endif // STACKLIFT_SUPPORT_LLVMCOMPAT_H
