//===- VariableUses.h - Every use of every variable, once -------*- C++ -*-===//
//
// The analyses of one candidate ask about all uses of its vector: is it
// reserved, is it named before the loop, which calls grow it, is every use
// valid for another type. Walking the function body once per question and
// per candidate is quadratic in a function with many vectors; this index
// walks it once and groups the references by variable.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_INDEX_VARIABLEUSES_H
#define STACKLIFT_ANALYSIS_INDEX_VARIABLEUSES_H

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace stacklift {

class VariableUses {
public:
  /// Indexes every DeclRefExpr to a variable in \p Body, including those in
  /// lambdas and in types (decltype), in source order.
  VariableUses(const clang::Stmt &Body, clang::ASTContext &Ctx);

  /// The references to \p Var, in source order.
  llvm::ArrayRef<const clang::DeclRefExpr *>
  of(const clang::VarDecl *Var) const {
    auto It = Refs.find(Var->getCanonicalDecl());
    if (It == Refs.end())
      return {};
    return It->second;
  }

private:
  llvm::DenseMap<const clang::VarDecl *,
                 llvm::SmallVector<const clang::DeclRefExpr *, 4>>
      Refs;
};

/// The node that uses \p Ref, looking through implicit casts: the member
/// expression of `v.size()`, the operator call of `v[i]`, the call that
/// takes `v`, ... An empty node when it has not exactly one parent.
clang::DynTypedNode useOf(const clang::DeclRefExpr *Ref,
                          const ParentIndex &Parents);

/// The member expression whose object \p Ref is (`v.reserve` in
/// `v.reserve(n)`), or null.
const clang::MemberExpr *memberUse(const clang::DeclRefExpr *Ref,
                                   const ParentIndex &Parents);

/// The calls of a member function on \p Ref (`v.push_back(x)` for the `v`
/// in it): one, or several when a generic lambda's instantiations share the
/// member expression; none when \p Ref is not the object of a call.
llvm::SmallVector<const clang::CXXMemberCallExpr *, 1>
memberCalls(const clang::DeclRefExpr *Ref, const ParentIndex &Parents);

/// The name of the member function \p Ref's object calls, or empty.
llvm::StringRef calledMethod(const clang::DeclRefExpr *Ref,
                             const ParentIndex &Parents);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_INDEX_VARIABLEUSES_H
