//===- Messages.h - Every text stacklift shows a user ----------*- C++ -*-===//
//
// All front ends print these texts and no others, so a finding reads the same
// in clang-tidy, in the standalone tool and in JSON. They follow clang-tidy's
// voice: lowercase, no final period, names in single quotes, the suggestion
// after "; consider". Placeholders are %0, %1, ... as in clang diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DIAG_MESSAGES_H
#define STACKLIFT_DIAG_MESSAGES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace stacklift {
namespace msg {

/// %0 vector, %1 growth method, %2 count.
inline constexpr char GrowsInLoop[] =
    "vector '%0' grows with '%1' in a loop that runs '%2' times; consider "
    "calling 'reserve' before the loop";

/// %0 count.
inline constexpr char LoopRuns[] = "the loop runs '%0' times";

/// Escape notes; %0 vector, %1 callee.
inline constexpr char EscapesReturned[] = "'%0' escapes: returned here";
inline constexpr char EscapesThrown[] = "'%0' escapes: thrown here";
inline constexpr char EscapesAddressTaken[] =
    "'%0' escapes: its address is taken here";
inline constexpr char EscapesElementsExposed[] =
    "'%0' escapes: a pointer to its elements is taken here";
inline constexpr char EscapesPassedByReference[] =
    "'%0' escapes: passed by non-const reference to '%1' here";
inline constexpr char EscapesMovedOut[] =
    "'%0' escapes: moved into another object here";
inline constexpr char EscapesCapturedByReference[] =
    "'%0' escapes: captured by reference in a lambda here";

/// Shown when a fix cannot be offered.
inline constexpr char NoFixNotInBlock[] =
    "no fix-it: the loop is not directly inside a block";
inline constexpr char NoFixMacro[] =
    "no fix-it: the loop is spelled inside a macro";

} // namespace msg

/// Replaces %0, %1, ... in \p Format with \p Args. A '%' followed by
/// anything else is kept as it is.
std::string formatMessage(llvm::StringRef Format,
                          llvm::ArrayRef<std::string> Args);

} // namespace stacklift

#endif // STACKLIFT_DIAG_MESSAGES_H
