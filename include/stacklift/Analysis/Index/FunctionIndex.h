//===- FunctionIndex.h - What the analyses ask of one function --*- C++ -*-===//
//
// Every analysis of a candidate vector looks only inside the function that
// declares it: at the parents of its statements, at the uses of its
// variables, at whether a loop body changes a variable. A FunctionIndex
// builds those answers once per function and is handed to the analyses, so
// that none of them walks the whole translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_INDEX_FUNCTIONINDEX_H
#define STACKLIFT_ANALYSIS_INDEX_FUNCTIONINDEX_H

#include "stacklift/Analysis/Index/MutationAnalysis.h"
#include "stacklift/Analysis/Index/ParentIndex.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace stacklift {

class FunctionIndex {
public:
  /// Indexes \p Function, which must have a body.
  FunctionIndex(const clang::FunctionDecl &Function, clang::ASTContext &Ctx)
      : Ctx(Ctx), Function(Function), Parents(Function),
        Uses(*Function.getBody(), Ctx), Mutations(Parents, Uses) {}
  FunctionIndex(const FunctionIndex &) = delete;
  FunctionIndex &operator=(const FunctionIndex &) = delete;

  clang::ASTContext &Ctx;
  const clang::FunctionDecl &Function;
  const ParentIndex Parents;
  const VariableUses Uses;
  const MutationAnalysis Mutations;

  const clang::Stmt *body() const { return Function.getBody(); }
};

/// The function or lambda that declares \p Var, when it has a body and the
/// user wrote it: not a template instantiation nor a member of one (the
/// template itself is analysed). Null otherwise. Found from declaration
/// contexts, not from the parent map.
const clang::FunctionDecl *writtenFunctionOf(const clang::VarDecl *Var);

/// The function or lambda that declares \p Var when it has a body and is
/// a template instantiation or a member of one (the complement of
/// writtenFunctionOf). Null otherwise.
const clang::FunctionDecl *instantiatedFunctionOf(const clang::VarDecl *Var);

/// The function the user wrote that \p Function was instantiated from,
/// through every level (a generic lambda's call operator in an
/// instantiated function template, a member of a member template, ...);
/// \p Function itself when it is not an instantiation. Null when no
/// pattern with a body is found.
const clang::FunctionDecl *
writtenPatternOf(const clang::FunctionDecl *Function);

/// The local variable declared at \p Loc in \p Function's body (or in a
/// lambda in it), or null: in a template's pattern, the variable an
/// instantiation's local was instantiated from (both have its location).
const clang::VarDecl *localDeclaredAt(const clang::FunctionDecl &Function,
                                      clang::SourceLocation Loc);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_INDEX_FUNCTIONINDEX_H
