//===- CallArgs.h - The parameter an argument initialises -------*- C++ -*-===//
//
// One answer, for every analysis, to "which parameter does argument I of
// this call initialise": from the callee's declaration when the call names
// one, else from the prototype of the callee's type (a call through a
// pointer or a reference to a function).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_SUPPORT_CALLARGS_H
#define STACKLIFT_SUPPORT_CALLARGS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"

namespace stacklift {

/// The prototype of what \p Call calls, looking through a pointer or a
/// reference to a function; null when its type has none (a dependent or an
/// unprototyped callee).
const clang::FunctionProtoType *calleePrototype(const clang::CallExpr *Call);

/// The type of parameter \p I of \p FD, else of \p Proto; null for a
/// variadic argument or when neither is known.
clang::QualType parameterType(const clang::FunctionDecl *FD,
                              const clang::FunctionProtoType *Proto,
                              unsigned I);

/// The type of the parameter that argument \p I of \p Call initialises, or
/// null when it cannot be known (a C variadic argument, a callee that is
/// not a function).
clang::QualType parameterType(const clang::CallExpr *Call, unsigned I);

} // namespace stacklift

#endif // STACKLIFT_SUPPORT_CALLARGS_H
