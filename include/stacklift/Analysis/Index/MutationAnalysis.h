//===- MutationAnalysis.h - Does a region change a variable? ----*- C++ -*-===//
//
// The trip-count rules hold only while the counter, the bound and the range
// they read stay unchanged in the loop. This analysis answers "is \p Var
// changed in \p Region" with the statement that may change it, as
// clang::ExprMutationAnalyzer does, but from a ParentIndex of the function:
// ExprMutationAnalyzer asks whether each reference is in an unevaluated
// context with ancestor matchers, and the first ancestor matcher builds the
// parent map of the whole translation unit (see ParentIndex.h).
//
// A reference changes its variable when the innermost use that sees it as an
// object (looking through parentheses, no-op and derived-to-base casts, the
// arms of ?:, the right of a comma, member access to a field, and indexing
// into an array) is:
//
//   - the left side of an assignment or compound assignment, or the operand
//     of ++ or --;
//   - the object of a non-const member function or member operator call;
//   - bound to a reference to non-const: a function or constructor argument,
//     a member initialiser, a returned reference. Two exceptions: the
//     forwarding references (`U &&`) of std's functions and constructors
//     build a value from an lvalue, they copy it (emplace_back, make_unique,
//     pair, tuple, optional; not invoke, apply, forward_as_tuple); and
//     std::move and std::forward are looked through, so that what takes
//     their result decides;
//   - bound to a local reference to non-const (`auto &r = v;`, or a
//     range-for's loop variable over v's elements) that is itself changed:
//     the uses of the reference are followed, up to 4 references deep; a
//     structured binding or a static reference counts as a change;
//   - the operand of & giving a pointer to non-const, or an array decaying to
//     one;
//   - captured by reference by a lambda;
//   - anything this list does not know, as long as it is still a glvalue
//     (conservative: the answer "may change" only loses a count).
//
// A copy, a read (lvalue-to-rvalue), a binding to a reference to const, a
// call of a const member function, and anything in an unevaluated operand
// (sizeof, decltype, typeid of a non-polymorphic type, noexcept) do not
// change the variable. Unlike ExprMutationAnalyzer, a value converted before
// it is bound (an `unsigned` counter passed to `push_back(int &&)`) is read,
// not changed; and the bodies of callees are not analysed: a forwarding
// reference of a function outside std counts as a change.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_INDEX_MUTATIONANALYSIS_H
#define STACKLIFT_ANALYSIS_INDEX_MUTATIONANALYSIS_H

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace stacklift {

class MutationAnalysis {
public:
  /// \p Parents and \p Uses describe the function that holds the regions
  /// asked about.
  MutationAnalysis(const ParentIndex &Parents, const VariableUses &Uses)
      : Parents(Parents), Uses(Uses) {}

  /// The first use of \p Var inside \p Region, in source order, that may
  /// change it (the statement that does), or null when none may. Changes
  /// that may happen in \p Region from before it count too: a pointer or a
  /// reference to \p Var kept in a variable (`int *p = &n;`, a reference
  /// that cannot be followed), and a change in the body of a lambda defined
  /// before \p Region. Calls are assumed not to keep a pointer or reference
  /// to their arguments (`std::cin >> n` before a loop does not count).
  const clang::Stmt *findMutation(const clang::VarDecl *Var,
                                  const clang::Stmt &Region) const;

  /// As findMutation(Var, Region), except that the changes a use accepted
  /// by \p Ignore makes, there or later through what it returns, do not
  /// count: `v.push_back(x)` or `v[i] = x` when only changes of a vector's
  /// size other than its growth matter. References bound to the variable
  /// and range-for loops are other uses, which \p Ignore sees; a capture by
  /// reference is judged by the uses in the lambda's body.
  const clang::Stmt *findMutation(
      const clang::VarDecl *Var, const clang::Stmt &Region,
      llvm::function_ref<bool(const clang::DeclRefExpr *)> Ignore) const;

  /// The statement that changes the variable \p Ref names, through this
  /// reference, or null when this use only reads it.
  const clang::Stmt *findMutation(const clang::DeclRefExpr *Ref) const;

  /// The statement that changes the object \p Object denotes, through this
  /// glvalue, or null when this use only reads it: the walk of
  /// findMutation(Ref) from any glvalue, such as `this->width_` or `*p`.
  const clang::Stmt *findChangeOf(const clang::Expr *Object) const;

  /// True when \p S is inside \p Region (or is it).
  bool isInside(const clang::Stmt *S, const clang::Stmt &Region) const;

private:
  /// How many references bound to references are followed before the
  /// answer becomes "may change".
  static constexpr unsigned MaxReferenceDepth = 4;

  /// How a change found from a reference is made.
  enum class ChangeKind {
    /// On the variable itself, there and then: assignment, ++/--, a
    /// non-const member call, an argument (a callee is assumed not to keep a
    /// pointer or reference to its arguments).
    Direct,
    /// Through a range-for's loop variable, which lives in its loop only.
    RangeElement,
    /// A lambda's capture by reference: its body's uses say what it does.
    Capture,
    /// Through something that may outlive the use: a pointer, a reference,
    /// a capture, an argument.
    Alias,
  };

  /// Where the walk from a reference outwards ends: the statement that may
  /// change the variable and how, or a null Mutation when the reference only
  /// reads it.
  struct Ending {
    const clang::Stmt *Mutation = nullptr;
    ChangeKind Kind = ChangeKind::Alias;
  };

  /// One step of that walk, at the use of the glvalue that still names the
  /// variable (or a part of it): either Next, the larger glvalue the walk
  /// goes on with, or, when Next is null, the ending.
  struct Step {
    const clang::Expr *Next = nullptr;
    Ending End;

    /// The walk goes on with \p E.
    static Step moveTo(const clang::Expr *E) { return {E, {}}; }
    /// The use only reads the variable.
    static Step read() { return {}; }
    /// The use may change the variable: \p Mutation does, as \p Kind says.
    static Step change(const clang::Stmt *Mutation,
                       ChangeKind Kind = ChangeKind::Alias) {
      return {nullptr, {Mutation, Kind}};
    }
  };

  /// The ending of the walk from \p Ref, a reference \p Depth references
  /// away from the variable asked about.
  Ending endingOf(const clang::DeclRefExpr *Ref, unsigned Depth) const;
  /// One step from \p E, as its parent uses it.
  Step step(const clang::Expr *E, unsigned Depth) const;

  // The steps, one per kind of parent, in the order step() tries them.
  Step stepIntoDecl(const clang::Expr *E, const clang::Decl &D,
                    unsigned Depth) const;
  Step stepIntoStatement(const clang::Expr *E, const clang::Stmt &S) const;
  Step stepIntoExpr(const clang::Expr *E, const clang::Expr *Parent) const;
  Step stepThroughCast(const clang::CastExpr *Cast) const;
  Step stepThroughMember(const clang::Expr *E,
                         const clang::MemberExpr *Member) const;
  Step stepThroughUnary(const clang::UnaryOperator *Un) const;
  Step stepThroughBinary(const clang::Expr *E,
                         const clang::BinaryOperator *Bin) const;
  Step stepThroughCall(const clang::Expr *E, const clang::CallExpr *Call) const;
  Step stepThroughInitList(const clang::Expr *E,
                           const clang::InitListExpr *Init) const;
  /// A pointer \p Ptr to the variable (`&v`, an array decaying): a change
  /// unless it points to const.
  Step pointerTaken(const clang::Expr *Ptr) const;

  /// The first change made through \p Alias, a reference bound to the
  /// variable asked about; \p Binding when \p Alias cannot be followed.
  const clang::Stmt *changeThrough(const clang::VarDecl *Alias,
                                   const clang::Stmt *Binding,
                                   unsigned Depth) const;

  /// A use of a variable that may change it.
  struct Change {
    const clang::DeclRefExpr *Ref = nullptr;
    const clang::Stmt *Mutation = nullptr;
    ChangeKind Kind = ChangeKind::Alias;
    /// The lambda or block the use is in, if any.
    const clang::Stmt *Closure = nullptr;
    clang::SourceLocation Loc;
  };
  /// The uses of \p Var that may change it, in source order, found once.
  const std::vector<Change> &changesOf(const clang::VarDecl *Var) const;

  const ParentIndex &Parents;
  const VariableUses &Uses;
  mutable llvm::DenseMap<const clang::VarDecl *, std::vector<Change>> Changes;
};

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_INDEX_MUTATIONANALYSIS_H
