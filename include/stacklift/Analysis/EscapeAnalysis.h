//===- EscapeAnalysis.h - Does a local vector outlive its frame -*- C++ -*-===//
//
// The escape analysis answers, for an automatic-storage vector, whether its
// storage may be reached after the function returns or from state the
// function does not own, and which statement shows it (the witness).
//
// Model (first slice). Every use of the variable in its function is
// classified on its own, from the expression around it:
//
//   use                                   verdict
//   ------------------------------------  -----------------------------------
//   return v; return std::move(v);        escapes: returned
//   throw v;                              escapes: thrown
//   &v                                    escapes: address taken
//   v.data()                              escapes: pointer to elements taken
//   f(v), f(&v) with a non-const          escapes: passed by non-const
//     reference, rvalue reference or        reference (callee not analysed;
//     pointer parameter, v.swap(w)           an unknown callee may keep it)
//   T w = std::move(v); w = std::move(v)  escapes: moved into another object
//   [&v] or [&] capturing v               escapes: captured by reference
//   f(v) with a const reference or by     does not escape (a const reference
//     value parameter; T w = v;             is assumed not to be kept; a copy
//     v.size(), v[i], v.push_back(x)        has storage of its own)
//
// Deliberately not modelled yet (see docs/design/EscapeAnalysis.md): the
// flow of iterators, element references and spans obtained from the vector;
// aliases through references and pointers; callee summaries; lambdas that
// never leave the function. Each of these answers "escapes" where it could
// matter, or is listed as a known false negative there.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPEANALYSIS_H
#define STACKLIFT_ANALYSIS_ESCAPEANALYSIS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include <string>

namespace stacklift {

/// Why a vector escapes.
enum class EscapeReason {
  None,               ///< It does not escape.
  Returned,           ///< Returned from the function.
  Thrown,             ///< Thrown as an exception.
  AddressTaken,       ///< &v taken.
  ElementsExposed,    ///< v.data() taken.
  PassedByReference,  ///< Bound to a non-const reference or pointer parameter.
  MovedOut,           ///< Moved into another object.
  CapturedByReference ///< Captured by reference in a lambda.
};

/// The verdict of the escape analysis for one variable.
struct EscapeResult {
  EscapeReason Reason = EscapeReason::None;
  /// The statement that shows the escape; null when it does not escape.
  const clang::Stmt *Witness = nullptr;
  /// The callee's name for PassedByReference; empty otherwise.
  std::string Callee;

  bool escapes() const { return Reason != EscapeReason::None; }
};

/// Answers escape queries for the local vectors of one translation unit,
/// computing each variable's verdict once.
class EscapeAnalyzer {
public:
  explicit EscapeAnalyzer(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// The verdict for \p Var, a local variable whose uses all lie in \p Scope
  /// (the body of its function). Computed once per variable; a null
  /// \p Scope answers "does not escape" and is not cached.
  EscapeResult analyze(const clang::VarDecl *Var, const clang::Stmt *Scope);

  /// A stable one-line description, for dumps and tests.
  static std::string describe(const EscapeResult &Result,
                              const clang::SourceManager &SM);

  /// A stable multi-line dump of what the analysis sees for \p Vars, local
  /// variables of the function whose body is \p Scope (--debug-escape):
  /// for each variable, each use with its line and how it was classified.
  std::string dump(llvm::ArrayRef<const clang::VarDecl *> Vars,
                   const clang::Stmt *Scope);

private:
  EscapeResult classifyUse(const clang::DeclRefExpr *Ref);
  EscapeResult classifyArgument(const clang::Expr *Arg,
                                const clang::Stmt *Parent);

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::VarDecl *, EscapeResult> Cache;
};

/// The words the dumps use for a reason, e.g. "returned".
llvm::StringRef reasonName(EscapeReason Reason);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPEANALYSIS_H
