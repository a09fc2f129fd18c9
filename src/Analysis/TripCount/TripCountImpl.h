//===- TripCountImpl.h - Pieces shared by the trip-count rules --*- C++ -*-===//
//
// Private to src/Analysis: the bound checker that proves an expression can be
// evaluated again before a loop, the normalised form of a counter-driven loop
// (rules C1-C4, W1, W2), and the text helpers the rules share.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNTIMPL_H
#define STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNTIMPL_H

#include "stacklift/Analysis/TripCount/TripCount.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>
#include <string>

namespace stacklift {
namespace detail {

/// An Unknown answer with its witness and reason.
TripCount unknown(const clang::Stmt *Witness, llvm::StringRef Reason);

/// The variable \p E names, looking through parentheses and implicit casts.
const clang::VarDecl *varOf(const clang::Expr *E);

/// The value of \p E when it is an integer constant expression.
std::optional<llvm::APSInt> constantOf(const clang::Expr *E,
                                       const clang::ASTContext &Ctx);

/// \p V as a 130-bit signed integer: wide enough for any difference, sum or
/// product of two 64-bit values.
llvm::APSInt wide(const llvm::APSInt &V);
llvm::APSInt wide(int64_t V);

/// \p V converted to \p Type, as an implicit conversion would.
llvm::APSInt convertTo(const llvm::APSInt &V, clang::QualType Type,
                       const clang::ASTContext &Ctx);

/// Variables declared in a for loop's init statement, replaced in the count
/// text by their initialisers (rule C3).
using Substitutions =
    llvm::DenseMap<const clang::VarDecl *, const clang::Expr *>;

/// A bound or range that reads a data member or through a pointer (rule
/// M1): `keys_.size()`, `width_`, `opts.threads`, `p->n`, `*items`, and a
/// container reached through a reference (`t.size()` with `t` a
/// `std::vector<int> &`), whose referent another reference may alias.
struct MemberRead {
  enum RootKind { Object, Reference, Pointer, This };
  /// The whole path, from its root to the member read.
  const clang::Expr *Path = nullptr;
  RootKind Kind = Object;
  /// The variable the path starts from; null for `this`.
  const clang::VarDecl *Root = nullptr;
  /// The field read from the root's object, the one a change of the object
  /// must not touch; null when the path reads the whole object (`*p`).
  const clang::FieldDecl *First = nullptr;
  /// The types of the objects the path reads: the root's object, each
  /// field on the way. Another reference to one of them may alias it.
  llvm::SmallVector<clang::QualType, 4> Types;
  /// The first field is const: nothing can change it.
  bool Frozen = false;
  /// Only the size of the container the path names is read: a use that
  /// reads or writes its elements does not change it.
  bool SizeOnly = false;
  /// Read at every test of the condition, or again at every iteration of
  /// an outer loop: checked against the body.
  bool Live = false;
};

/// Decides whether an expression evaluated just before \p Scope has the value
/// the loop uses, and collects the variables it reads. \p Loop is the loop
/// whose header holds the expression; \p Scope is \p Loop or the outermost
/// loop of its nest, before which the count is spelled.
class BoundChecker {
public:
  BoundChecker(const clang::Stmt *Loop, const clang::Stmt *Scope,
               const clang::VarDecl *Vector, const FunctionIndex &Fn);

  /// Null when \p E can be evaluated again before Scope; otherwise the
  /// sub-expression that prevents it, with Why set. \p Live: \p E is
  /// evaluated at every test of the condition (a bound), not once when the
  /// loop starts (a start value).
  const clang::Expr *check(const clang::Expr *E, bool Live);

  /// The first statement that changes a variable that must stay unchanged,
  /// with Why set; null when there is none.
  const clang::Stmt *findMutation();

  /// Reads of the bound, checked against the body and increment of Scope.
  llvm::SmallPtrSet<const clang::VarDecl *, 4> LiveReads;
  /// Reads of start values, evaluated once when the loop starts; checked
  /// only when Scope is an outer loop.
  llvm::SmallPtrSet<const clang::VarDecl *, 4> StartReads;
  /// Every variable the texts name, constants included.
  llvm::SmallPtrSet<const clang::VarDecl *, 4> Named;
  /// Member paths the bound reads (M1), checked like LiveReads.
  llvm::SmallVector<MemberRead, 2> MemberReads;
  /// Init-statement variables the text replaces by their initialisers.
  Substitutions Substituted;
  /// The loop's counter, which may be read by no bound.
  const clang::VarDecl *Counter = nullptr;
  std::string Why;

  /// The first change in \p Region, made through another reference,
  /// pointer, global or `this`, of an object that may be the one \p Read
  /// reads; \p Names are the names the loop may use.
  const clang::Stmt *findAliasChange(const MemberRead &Read,
                                     const clang::Stmt *Region,
                                     llvm::ArrayRef<const clang::Expr *> Names);

private:
  const clang::Expr *fail(const clang::Expr *E, llvm::StringRef Reason);
  const clang::Expr *checkVariable(const clang::DeclRefExpr *Ref, bool Live);
  const clang::Expr *checkInitVariable(const clang::DeclRefExpr *Ref,
                                       const clang::VarDecl *Var);
  const clang::Expr *checkSizeCall(const clang::CXXMemberCallExpr *Call,
                                   bool Live);
  const clang::Expr *checkFreeSizeCall(const clang::CallExpr *Call, bool Live);
  /// The object of a size() call: a named variable or a member path.
  const clang::Expr *checkSizeObject(const clang::Expr *Object, bool Live);
  /// M1: a member path, `a.b.c`, `p->n`, `width_` (this->width_), `*p`.
  /// \p SizeOnly: only the size of the container it names is read.
  const clang::Expr *checkMemberPath(const clang::Expr *E, bool Live,
                                     bool SizeOnly = false);
  /// The root of a member path: checks the variable, records the read.
  const clang::Expr *checkPathRoot(const clang::Expr *Base, MemberRead &Read,
                                   bool Live, bool Pointer);
  /// The first statement of \p Region that may change what \p Read reads
  /// other than through its root variable's name, with Why set.
  const clang::Stmt *findMemberChange(const MemberRead &Read,
                                      const clang::Stmt *Region);

  const clang::Stmt *Loop;
  const clang::Stmt *Scope;
  const clang::VarDecl *Vector;
  const FunctionIndex &Fn;
  clang::ASTContext &Ctx;
};

/// The text of \p E with the variables of \p Subst replaced by their
/// initialisers in parentheses; std::nullopt inside macros.
std::optional<std::string> rewrittenText(const clang::Expr *E,
                                         const Substitutions &Subst,
                                         const clang::ASTContext &Ctx);

/// Like rewrittenText, as the operand of a binary operator (asOperand of
/// Support/SourceText.h).
std::optional<std::string> rewrittenOperand(const clang::Expr *E,
                                            const Substitutions &Subst,
                                            const clang::ASTContext &Ctx);

/// The first change in \p Region, through another reference, pointer or
/// global, of the object the reference \p Root names (M1's alias check);
/// null when there is none.
const clang::Stmt *aliasChangeIn(const clang::VarDecl *Root,
                                 const clang::Stmt *Region,
                                 const clang::VarDecl *Vector,
                                 const FunctionIndex &Fn);

/// A loop driven by an integer counter, normalised to `Counter Op Bound`.
struct CountedLoop {
  const clang::Stmt *Loop = nullptr;
  const clang::VarDecl *Counter = nullptr;
  /// The counter's value when the loop starts; null when that is the
  /// counter's current value before the loop (C4, W1, W2).
  const clang::Expr *Start = nullptr;
  const clang::Expr *Bound = nullptr;
  /// A second bound, `i < a.size() && i < b.size()` (rule C5), compared
  /// with the same operator; null for one.
  const clang::Expr *Bound2 = nullptr;
  clang::QualType CompareType2;
  /// The comparison, with the counter on the left: BO_LT, BO_LE, BO_GT,
  /// BO_GE or BO_NE.
  clang::BinaryOperatorKind Op = clang::BO_LT;
  /// The comparison's operand type, in which the counter is compared.
  clang::QualType CompareType;
  /// A constant the condition adds to the counter before comparing it
  /// (`i + 1 < n`: 1), 130-bit; zero for the counter alone.
  llvm::APSInt CounterOffset = llvm::APSInt(llvm::APInt(130, 0), false);
  /// The constant added to the counter by each step, never zero.
  llvm::APSInt Step;
  /// A do-while loop: the body runs once before the first test.
  bool AtLeastOnce = false;
  /// The bound is evaluated at every test (a loop condition), not once
  /// (the arguments of iota).
  bool BoundIsLive = true;
  std::string Rule;
};

/// How many times \p L runs, as text valid before \p Scope: rules C1-C4,
/// W1 and W2, after the mutation proofs.
TripCount countIterations(const CountedLoop &L, const clang::Stmt *Scope,
                          const clang::VarDecl *Vector,
                          const FunctionIndex &Fn);

/// Rules C1-C4 and I1 for a for statement.
TripCount countedFor(const clang::ForStmt *For, const clang::Stmt *Scope,
                     const clang::VarDecl *Vector, const FunctionIndex &Fn);

/// Rules W1 and W2.
TripCount countedWhile(const clang::Stmt *Loop, const clang::Stmt *Scope,
                       const clang::VarDecl *Vector, const FunctionIndex &Fn);

/// True when \p Type is a class with a const size() taking no arguments.
bool hasConstSize(clang::QualType Type);

/// Rule I1: a for loop that steps an iterator from begin() to end() of a
/// container the body does not change; std::nullopt when the loop is not
/// of that shape (TripCountRanges.cpp).
std::optional<TripCount> iteratorLoop(const clang::ForStmt *For,
                                      const clang::Stmt *Scope,
                                      const clang::VarDecl *Vector,
                                      const FunctionIndex &Fn);

/// Rules R1-R5.
TripCount rangeFor(const clang::CXXForRangeStmt *For, const clang::Stmt *Scope,
                   const clang::VarDecl *Vector, const FunctionIndex &Fn);

} // namespace detail
} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_TRIPCOUNT_TRIPCOUNTIMPL_H
