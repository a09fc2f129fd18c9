//===- Messages.h - Every text stacklift shows a user -----------*- C++ -*-===//
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
#include <cstdint>
#include <string>

namespace stacklift {
namespace msg {

/// %0 vector, %1 growth method, %2 count.
inline constexpr char GrowsInLoop[] =
    "vector '%0' grows with '%1' in a loop that runs '%2' times; consider "
    "calling 'reserve' before the loop";

/// %0 vector, %1 growth method, %2 count of elements (several growth calls
/// per iteration, or a nest of loops).
inline constexpr char GrowsByElements[] =
    "vector '%0' grows with '%1' by '%2' elements in the loop; consider "
    "calling 'reserve' before the loop";

/// %0 vector, %1 growth method, %2 bound, %3 "a fixed-capacity container"
/// or "an inline buffer".
inline constexpr char GrowsToAtMost[] =
    "vector '%0' grows with '%1' to at most %2 elements and never leaves its "
    "function; consider %3 on the stack";

/// %0 vector, %1 growth method.
inline constexpr char GrowsOverSmallSource[] =
    "vector '%0' grows with '%1' in a loop over a small container and never "
    "leaves its function; consider an inline buffer";

/// A count not known before the loop, and a heap profile that saw the
/// vector stay small (rule P7). %0 vector, %1 growth method.
inline constexpr char GrowsMeasuredSmall[] =
    "vector '%0' grows with '%1' by a number of elements not known before "
    "the loop and never leaves its function, and a heap profile saw it stay "
    "small; consider an inline buffer";

/// A count not known before the loop, a vector returned by `return v;`,
/// and a heap profile that saw it stay small (rule P8). %0 vector, %1
/// growth method.
inline constexpr char GrowsMeasuredSmallReturned[] =
    "vector '%0' grows with '%1' by a number of elements not known before "
    "the loop and is returned, and a heap profile saw it stay small; "
    "consider an inline buffer and one exact-size copy at the return";

/// What a heap profile measured (--profile). %0 allocations, %1 inline
/// elements, %2 the allocations left ("none", or a number).
inline constexpr char MeasuredInline[] =
    "the profile saw %0 allocations here; with %1 inline elements %2 remain";
/// Rule P8. %0 allocations, %1 inline elements, %2 the allocations left
/// (a number: one per returned vector).
inline constexpr char MeasuredInlineReturned[] =
    "the profile saw %0 allocations here; with %1 inline elements and one "
    "exact-size copy per returned vector %2 remain";
/// %0 allocations, %1 bytes, %2 temporary allocations.
inline constexpr char Measured[] =
    "the profile saw %0 allocations here (%1 bytes, %2 temporary)";
inline constexpr char MeasuredCold[] =
    "the profile saw no allocation here: a cold site";
/// %0 the profile's files, quoted; %1 "line 12" or "lines 12, 14 and 20".
inline constexpr char ProfileOutOfDate[] =
    "heap profile %0 may be out of date: it saw vector allocations at %1 of "
    "this file, which hold no call now; its measurements for this file "
    "are ignored";

/// %0 count.
inline constexpr char LoopRuns[] = "the loop runs '%0' times";
/// %0 count of elements.
inline constexpr char LoopAdds[] = "the loop adds '%0' elements";

/// %0 the new type, e.g. boost::container::static_vector<int, 4>.
inline constexpr char UseInstead[] = "use '%0' instead";
/// Two vectors compared with each other change to the same type (one
/// finding carries the fix-its for both). %0 the new type, %1 the other
/// vector, %2 this vector.
/// Rule P8. %0 the new type, %1 the vector's type, which the function
/// returns.
inline constexpr char UseInsteadReturnCopy[] =
    "use '%0' instead, and return a '%1' copy of it";
/// The same, for elements that are not trivially copyable.
inline constexpr char UseInsteadReturnMove[] =
    "use '%0' instead, and move its elements into the '%1' it returns";
inline constexpr char UseInsteadWithPartner[] =
    "use '%0' instead, and the same for '%1', which '%2' is compared with";
inline constexpr char UseInsteadAsPartner[] =
    "use '%0' instead, as for '%1', which '%2' is compared with (the fix-it "
    "is on the finding for '%1')";
/// %0 the new type, e.g. std::array<int, 4>.
inline constexpr char UseArrayInstead[] = "use '%0' filled by index instead";
/// %0 vector, %1 why, e.g. "passed to 'f'".
inline constexpr char CannotChangeType[] =
    "'%0' could live on the stack, but it is %1 here";

/// Template code, analysed in its instantiations (docs/design/Templates.md).
/// %0 vector.
inline constexpr char NoStackInTemplate[] =
    "'%0' could live on the stack, but it depends on a template parameter "
    "and the template's other instantiations may not allow it; only "
    "'reserve' is suggested in a template";
inline constexpr char FoundInOnlyInstantiation[] =
    "found in the only instantiation of this template in the translation "
    "unit; the fix is written once, in the template";
/// %0 the number of instantiations.
inline constexpr char FoundInEachInstantiation[] =
    "found in each of the %0 instantiations of this template in the "
    "translation unit; the fix is written once, in the template";

/// Escape notes: the last step of the escape chain. %0 vector, %1 callee or
/// target, %2 what of the vector escapes: empty for the vector itself, or
/// one of the EscapeVia* phrases below.
inline constexpr char EscapesReturned[] = "'%0' escapes: %2returned here";
inline constexpr char EscapesThrown[] = "'%0' escapes: %2thrown here";
inline constexpr char EscapesCoReturned[] = "'%0' escapes: %2co_returned here";
inline constexpr char EscapesCoYielded[] = "'%0' escapes: %2co_yielded here";
inline constexpr char EscapesPassedByReference[] =
    "'%0' escapes: passed by non-const reference to '%1' here";
/// A pointer, an iterator or a lambda given to a callee that keeps it.
inline constexpr char EscapesPassedTo[] = "'%0' escapes: %2passed to '%1' here";
inline constexpr char EscapesMovedOut[] =
    "'%0' escapes: moved into another object here";
inline constexpr char EscapesMovedInto[] =
    "'%0' escapes: moved into '%1', which may keep it, here";
inline constexpr char EscapesCapturedByReference[] =
    "'%0' escapes: captured by reference in a lambda here";
inline constexpr char EscapesCapturedByReferencePassedTo[] =
    "'%0' escapes: captured by reference in a lambda passed to '%1' here";
inline constexpr char EscapesStoredInMember[] =
    "'%0' escapes: %2stored in member '%1' here";
inline constexpr char EscapesStoredInGlobal[] =
    "'%0' escapes: %2stored in global '%1' here";
inline constexpr char EscapesStoredThroughParameter[] =
    "'%0' escapes: %2stored in the object parameter '%1' refers to here";
inline constexpr char EscapesStoredOnHeap[] =
    "'%0' escapes: %2stored in a heap object here";
inline constexpr char EscapesStoredOnHeapBy[] =
    "'%0' escapes: %2stored in a heap object made by '%1' here";
inline constexpr char EscapesStoredUnknown[] =
    "'%0' escapes: %2stored through a pointer the analysis cannot follow "
    "here";
/// What of the vector escapes, as %2 above.
inline constexpr char EscapeViaAddress[] = "its address is ";
inline constexpr char EscapeViaElements[] = "a pointer to its elements is ";
inline constexpr char EscapeViaLambda[] =
    "a lambda that captures it by reference is ";
/// The steps of an escape chain before the last; %0 where the value comes
/// from, %1 where it goes (both already quoted, e.g. 'v', a lambda).
inline constexpr char EscapeStepAddressOf[] = "address of %0 stored in %1 here";
inline constexpr char EscapeStepElements[] =
    "pointer into %0 stored in %1 here";
inline constexpr char EscapeStepRefBind[] = "%1 refers to %0 here";
inline constexpr char EscapeStepMove[] = "%0 moved into %1 here";
inline constexpr char EscapeStepCapture[] =
    "%0 captured by reference in %1 here";
inline constexpr char EscapeStepStore[] = "%0 stored in %1 here";
inline constexpr char EscapeStepFlow[] = "%0 flows into %1 here";

/// Shown when a fix cannot be offered.
inline constexpr char NoFixNotInBlock[] =
    "no fix-it: the loop is not directly inside a block";
inline constexpr char NoFixMacro[] =
    "no fix-it: the loop is spelled inside a macro";

// stacklift-reserve-in-loop

/// %0 the reserve call as written, e.g. `v.reserve(v.size() + k)`.
inline constexpr char ReserveInLoop[] =
    "'%0' inside a loop defeats geometric growth and makes the loop "
    "quadratic; consider reserving the total once before the loop";
/// Placed at the loop that repeats the reserve.
inline constexpr char ReserveInLoopRepeats[] =
    "the reserve runs on every iteration of this loop";

} // namespace msg

/// Replaces %0, %1, ... in \p Format with \p Args. A '%' followed by
/// anything else is kept as it is.
std::string formatMessage(llvm::StringRef Format,
                          llvm::ArrayRef<std::string> Args);

/// \p N with its digits grouped by three, as the messages print counts:
/// "20,311".
std::string groupDigits(uint64_t N);

} // namespace stacklift

#endif // STACKLIFT_DIAG_MESSAGES_H
