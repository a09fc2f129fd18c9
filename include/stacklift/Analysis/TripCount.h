//===- TripCount.h - How many elements a loop adds -------------*- C++ -*-===//
//
// The trip-count analysis answers, for a loop, how many times its body runs,
// and for a (loop, vector) pair, how many elements the loop appends. The
// answer is source text that means the same thing just before the loop, so a
// fix-it can pass it to reserve().
//
// Model. The rules are numbered as in docs/design/TripCount.md:
//
//   C1  for (T i = a; i < b; ++i)     runs b - a times when a < b, else 0.
//       Also `i != b`, `b > i`, `i++` and `i += 1`; `i` may be assigned
//       rather than declared in the init statement.
//   R1  for (x : c)                   runs c.size() times, c a named variable
//                                     of a type with a size() method.
//   R2  for (x : arr)                 runs N times, arr a named C array T[N].
//   G1  one growth call that runs once per iteration, in a body with no early
//       exit: the loop adds exactly as many elements as it runs iterations.
//   G2  a growth call under a condition, or a body that can leave early: the
//       iteration count is only an upper bound.
//
// Proofs. The induction variable and every variable the bound names are not
// changed in the body or the increment (ExprMutationAnalyzer); the bound has
// no side effects and calls nothing but size()/length() on a named local;
// it names no variable declared inside the loop, and never the vector itself.
//
// Negative counts. b - a is only the count when a < b. Unless the count is a
// constant or an unsigned bound with a == 0, the result carries a guard, the
// loop's own condition evaluated at the start value, that a fix must test.
//
// Not modelled yet: other comparisons and steps, while and do-while loops,
// iterator loops, several growth calls per iteration, nested loops, ranges
// that are not named variables. Those answer Unknown with a reason.
//
// Example:
// \code
//   void f(const std::vector<int> &in, int n) {
//     std::vector<int> v;
//     for (int i = 0; i < n; ++i)    // C1 + G1: Exact "n", guard "0 < n"
//       v.push_back(i);
//     for (int x : in)               // R1 + G1: Exact "in.size()"
//       if (x > 0) v.push_back(x);   // G2: UpperBound "in.size()"
//   }
// \endcode
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_TRIPCOUNT_H
#define STACKLIFT_ANALYSIS_TRIPCOUNT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/APSInt.h"
#include <optional>
#include <string>

namespace stacklift {

enum class CountKind {
  Exact,      ///< The loop adds exactly this many elements.
  UpperBound, ///< The loop adds at most this many elements.
  Unknown,    ///< Nothing useful is known.
};

/// The answer of the trip-count analysis.
struct TripCount {
  CountKind Kind = CountKind::Unknown;
  /// The count as source text valid just before the loop; empty if Unknown.
  std::string Text;
  /// The count's value, when it is a compile-time constant.
  std::optional<llvm::APSInt> Constant;
  /// Source text of a condition that must hold for Text to be the count;
  /// when it is false the loop runs zero times. Empty when Text can never be
  /// negative or wrap around.
  std::string Guard;
  /// The statement that justifies the answer (the loop's condition or range),
  /// or, for Unknown and UpperBound, the statement that limits it.
  const clang::Stmt *Witness = nullptr;
  /// The rules of docs/design/TripCount.md that produced the answer.
  std::string Rule;
  /// Why the count is not exact, in words; empty for Exact.
  std::string Reason;

  bool isExact() const { return Kind == CountKind::Exact; }
};

/// Computes trip counts for the loops of one translation unit.
class TripCountAnalyzer {
public:
  explicit TripCountAnalyzer(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// How many times the body of \p Loop runs.
  TripCount iterations(const clang::Stmt *Loop, const clang::VarDecl *Vector);

  /// How many elements \p Loop appends to \p Vector.
  TripCount elementsAdded(const clang::Stmt *Loop,
                          const clang::VarDecl *Vector);

  /// A stable one-line description, for debug dumps and tests.
  static std::string describe(const TripCount &Count,
                              const clang::SourceManager &SM);

private:
  TripCount countedFor(const clang::ForStmt *For, const clang::VarDecl *Vector);
  TripCount rangeFor(const clang::CXXForRangeStmt *For,
                     const clang::VarDecl *Vector);

  clang::ASTContext &Ctx;
};

/// The name of a CountKind, as the dumps print it.
llvm::StringRef kindName(CountKind Kind);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_TRIPCOUNT_H
