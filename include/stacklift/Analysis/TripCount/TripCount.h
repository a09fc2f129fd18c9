//===- TripCount.h - How many elements a loop adds --------------*- C++ -*-===//
//
// The trip-count analysis answers, for a loop, how many times its body runs,
// and for a (loop, vector) pair, how many elements the loop appends. The
// answer is source text that means the same thing just before the loop, so a
// fix-it can pass it to reserve().
//
// Model. The rules are numbered as in docs/design/TripCount.md; the code and
// the [rule] tags of describe() use the same names.
//
//   Iterations
//   C1  for (i = a; i < b; i += s)  ascending counter: `<`, `<=`, `!=`, the
//       comparison either way round, `++`/`+= s` (s a positive constant);
//       ceil((b - a + [1 if <=]) / s) times when the loop runs, else 0.
//   C2  for (i = a; i > b; i -= s)  descending counter: `>`, `>=`, `!=`,
//       `--`/`-= s`, mirrored.
//   C3  for (int i = 0, n = e; i < n; ++i)  a bound or start declared in the
//       init statement is replaced by its initialiser e, when e can be
//       evaluated again before the loop and n is not changed.
//   C4  for (; i < b; ++i)  a counter declared before the loop starts at its
//       current value: the count is b - i.
//   W1  i = a; while (i < b) { ...; ++i; }  the step is the last statement of
//       the body, the counter changes nowhere else, and no continue skips the
//       step. Counted as C1/C2 from the counter's value before the loop.
//   W2  do { ...; ++i; } while (i < b) and do { ... } while (++i < b): the
//       body runs once before the first test: max(1, count), spelled
//       `a < b ? b - a : 1`.
//   I1  for (auto it = c.begin(); it != c.end(); ++it)  runs c.size() times
//       (also cbegin/cend, std::begin/std::end, an end iterator declared in
//       the init statement).
//   R1  for (x : c)  a named container with a const size(): c.size().
//   R2  for (x : arr)  a C array T[N]: N, a constant.
//   R3  for (x : {a, b, c})  a braced list: its length, a constant.
//   R4  for (x : arr)  a std::array<T, N>: arr.size(), the constant N.
//   R5  for (x : std::views::iota(a, b))  b - a when a < b.
//
//   Elements
//   G1  one unconditional growth call per iteration, no early exit: Exact.
//   G2  a conditional growth call or nested loop, or an early exit: the
//       count is only an UpperBound.
//   G3  k unconditional growth calls per iteration: Exact k * n.
//   G4  growth in nested loops whose own count is the same in every
//       iteration of the outer loop: Exact n * (k + m1 + m2 ...).
//
// Proofs. The counter is changed only by its step (ExprMutationAnalyzer);
// every variable the bound reads is unchanged in the body and the increment
// of the outermost loop of the nest; the bound has no side effects and calls
// nothing but size()/length() on a named local or std::size(); it names no
// variable declared inside the loop (but C3), and never the vector itself.
//
// Negative counts. b - a is only the count when the loop runs. Unless the
// count is a constant or cannot be negative, the result carries a guard, the
// loop's own condition evaluated at the start value, that a fix must test.
// Constant counts are computed exactly in 130-bit arithmetic, with the
// counter's overflow detected (Unknown).
//
// Not modelled: a counter stepped in the condition of a for or while loop
// (`i-- > 0`), steps that are not constants, ranges that are calls other
// than iota, a count that changes from one iteration of an outer loop to the
// next (triangular nests). Those answer Unknown with a reason.
//
// Example:
// \code
//   void f(const std::vector<int> &in, int n) {
//     std::vector<int> v;
//     for (int i = 0; i < n; ++i)    // C1 + G1: Exact "n", guard "0 < n"
//       v.push_back(i);
//     for (int x : in)               // R1 + G1: Exact "in.size()"
//       if (x > 0) v.push_back(x);   // G2: UpperBound "in.size()"
//     for (int i = n; i >= 0; i -= 2) {  // C2 + G3: Exact
//       v.push_back(i);                  // "2 * ((n + 2) / 2)",
//       v.push_back(-i);                 // guard "n >= 0"
//     }
//   }
// \endcode
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNT_H
#define STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNT_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/TripCount/CountKind.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/APSInt.h"
#include <optional>
#include <string>

namespace stacklift {

/// The answer of the trip-count analysis.
struct TripCount {
  CountKind Kind = CountKind::Unknown;
  /// The count as source text valid just before the loop; empty if Unknown.
  std::string Text;
  /// The count's value, when it is a compile-time constant.
  std::optional<llvm::APSInt> Constant;
  /// Source text of a condition that must hold for Text to be the count;
  /// when it is false the loop adds nothing. Empty when Text can never be
  /// negative or wrap around.
  std::string Guard;
  /// The statement that justifies the answer (the loop's condition or range),
  /// or, for Unknown and UpperBound, the statement that limits it.
  const clang::Stmt *Witness = nullptr;
  /// The rules of docs/design/TripCount.md that produced the answer.
  std::string Rule;
  /// Why the count is not exact, in words; empty for Exact.
  std::string Reason;
  /// True when Text is also the number of iterations of the loop (one
  /// element per iteration); false for k * n and nests (G3, G4).
  bool CountsIterations = true;
  /// False only when Text is known to have an unsigned type (a size(), an
  /// unsigned counter and bound): a fix-it that passes a count that may be
  /// signed to reserve() converts it to the vector's size_type, as
  /// -Wsign-conversion wants.
  bool MayBeSigned = true;
  /// True when Text has the type std::size_t (a size() call).
  bool SizeTyped = false;
  /// For a product of counts (G4), Text as code computes it: every factor
  /// and term converted to std::size_t before it is multiplied or added, so
  /// that a signed or 32-bit one neither wraps nor converts implicitly
  /// (`static_cast<std::size_t>(n) * data.size()`). Empty otherwise: Text
  /// is the code too.
  std::string SizeText;

  bool isExact() const { return Kind == CountKind::Exact; }
};

/// Computes trip counts for the loops of one function.
class TripCountAnalyzer {
public:
  explicit TripCountAnalyzer(const FunctionIndex &Fn) : Fn(Fn) {}

  /// How many times the body of \p Loop runs.
  TripCount iterations(const clang::Stmt *Loop, const clang::VarDecl *Vector);

  /// How many elements \p Loop, with the loops nested in it, appends to
  /// \p Vector.
  TripCount elementsAdded(const clang::Stmt *Loop,
                          const clang::VarDecl *Vector);

  /// A stable one-line description, for debug dumps and tests:
  /// `<kind> '<text>' = <constant> if '<guard>' [<rules>]: <reason> @<line>`.
  static std::string describe(const TripCount &Count,
                              const clang::SourceManager &SM);

private:
  /// How many times \p Loop runs, as text valid before \p Scope, the loop
  /// itself or the outermost loop of its nest.
  TripCount iterationsIn(const clang::Stmt *Loop, const clang::Stmt *Scope,
                         const clang::VarDecl *Vector);
  TripCount addedIn(const clang::Stmt *Loop, const clang::Stmt *Scope,
                    const clang::VarDecl *Vector);

  const FunctionIndex &Fn;
};

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNT_H
