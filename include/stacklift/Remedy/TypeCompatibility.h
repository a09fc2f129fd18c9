//===- TypeCompatibility.h - Can a vector change its type? ------*- C++ -*-===//
//
// Before a fix-it turns `std::vector<T> v;` into a fixed-capacity or
// inline-buffer container, every use of `v` must stay valid under the new
// type. This analysis looks at each use and answers with the first one that
// would not (the witness), or says that all of them would.
//
// Model. The new types (std::inplace_vector, boost::container::static_vector
// and small_vector, llvm::SmallVector, absl::InlinedVector) share the
// sequence-container interface, so a use is compatible when it only needs
// that interface:
//
//   compatible                            incompatible
//   ------------------------------------  ----------------------------------
//   v.push_back(x), v.size(), v[i],       v.get_allocator(), v.swap(w),
//   v.begin(), v.data(), ... (the         v.assign(...), any other member
//   members in compatibleMembers())
//   for (x : v), std::size(v),            f(v), g(std::move(v)): a function
//   std::begin(v), std::data(v)           that takes the vector itself
//   v = {}; v == w, v < w where w is a    v = w; v == w, v < w for any
//   local vector of the same type that    other w; a written v <=> w
//   changes to the same type too (see     return v; (unless the caller
//   comparisonPartner)                    rewrites it: returnsOfItself)
//   captured by a lambda, by copy or by   T w = v; auto w = v; auto &r = v;
//   reference, and used there as above    sizeof(v), decltype(v), any use
//   auto *p = &v; with p only read        the analysis does not recognise;
//   through: p->size(), p->front(), ...   T *p = &v; p->push_back(x)
//
// The values those uses make must not meet a type that names the vector's
// iterator type (`std::vector<int>::const_iterator it = v.begin();`), nor a
// function that expects exactly it: TypeSpellings.h.
//
// The declaration itself must be default-initialised: `std::vector<T> v(n)`
// holds elements the bound does not count. v.capacity() and v.max_size()
// would answer differently, so they keep the type; so does a function
// declared constexpr or consteval (the new types are not literal types),
// and an element type whose move constructor is deleted (the new types move
// elements).
//
// It errs towards "incompatible": a use it does not know blocks the change.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_TYPECOMPATIBILITY_H
#define STACKLIFT_REMEDY_TYPECOMPATIBILITY_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace stacklift {

struct CompatibilityResult {
  /// The first use, in source order, that the new type would not accept;
  /// null when every use is compatible. For a declaration that is not
  /// default-initialised, its initialiser.
  const clang::Stmt *Witness = nullptr;
  /// Why, in words: "passed to 'f'", "used to call 'get_allocator'" (after "it
  /// is"), ...
  std::string Why;

  bool compatible() const { return Why.empty(); }
};

/// The member functions a use may call and still be compatible.
llvm::ArrayRef<llvm::StringRef> compatibleMembers();

/// Whether every use of \p Var, a local vector of the function \p Fn
/// indexes, stays valid if its type becomes another sequence container.
/// With \p ComparedWith, a comparison of \p Var with that vector
/// (comparedVector) counts as valid: the caller changes both to the same
/// type.
/// With \p Returned, the uses in those `return v;` statements (ownReturns)
/// count as valid too: the caller rewrites them.
CompatibilityResult
checkTypeChange(const clang::VarDecl *Var, const FunctionIndex &Fn,
                const clang::VarDecl *ComparedWith = nullptr,
                llvm::ArrayRef<const clang::ReturnStmt *> Returned = {});

/// The statements `return v;` (parentheses allowed) that return \p Var
/// itself, a local vector of the function \p Fn indexes, from that
/// function (not from a lambda in it), whose return type is \p Var's type:
/// the vector is moved or constructed in place as the result. In source
/// order; empty when there is none. `return std::move(v);` is not one.
std::vector<const clang::ReturnStmt *>
returnsOfItself(const clang::VarDecl *Var, const FunctionIndex &Fn);

/// When \p Call compares \p Operand, one of its two arguments, with a
/// plain reference to a variable by `==`, `!=`, `<`, `<=`, `>` or `>=`
/// (also as C++20 rewrites them, through `<=>`; never a written `<=>`),
/// that variable; else null.
const clang::VarDecl *comparedVector(const clang::CXXOperatorCallExpr *Call,
                                     const clang::Expr *Operand,
                                     const ParentIndex &Parents);

/// The first other vector that \p Var is compared with (comparedVector),
/// when it is a local of the same function and of the same type,
/// neither const nor a reference; else null. Whether the two can change
/// type together is the caller's to decide.
const clang::VarDecl *comparisonPartner(const clang::VarDecl *Var,
                                        const FunctionIndex &Fn);

} // namespace stacklift

#endif // STACKLIFT_REMEDY_TYPECOMPATIBILITY_H
