//===- TripCount.h - How many elements a loop adds --------------*- C++ -*-===//
//
// The trip-count analysis answers, for a loop, how many times its body runs,
// and for a (loop, vector) pair, how many elements the loop appends. The
// answer is source text that means the same thing just before the loop, so a
// fix-it can pass it to reserve(), with the guard a fix must test when the
// text can be negative, and the statement that proves (or limits) it.
//
// The rules (C1-C4, W1, W2, I1, R1-R5 for iterations; G1-G4 for elements),
// the proofs they need, the guards and what is not modelled are stated once,
// in docs/design/TripCount.md; the code, the unit tests and the [rule] tags
// of describe() use its names. Whether the counter, the bound or the range
// changes in the loop is MutationAnalysis's answer (Analysis/Index).
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
#include "llvm/ADT/SmallVector.h"
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
  /// The variables Text reads: to spell it before an earlier statement
  /// (S1), none of them may change in between.
  llvm::SmallVector<const clang::VarDecl *, 4> Reads;
  /// Text reads a member path or a container through a reference (M1),
  /// which other names may change: it is not spelled earlier.
  bool ReadsMembers = false;

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

  /// S1: the elements \p Loop (whose answer is \p First) and the loops that
  /// follow it in the same block add to \p Vector, when each of them is
  /// exact, none needs a guard, the statements between them neither name
  /// the vector nor leave, and nothing from \p Loop on changes what their
  /// counts read: `a.size() + n`, spelled before \p Loop. \p Later gets
  /// the loops added; std::nullopt when there are none, or when the total
  /// is a constant (the type-changing remedies count one loop).
  std::optional<TripCount>
  elementsAddedInSequence(const clang::Stmt *Loop, const clang::VarDecl *Vector,
                          const TripCount &First,
                          llvm::SmallVectorImpl<const clang::Stmt *> &Later);

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
