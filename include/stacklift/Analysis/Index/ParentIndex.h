//===- ParentIndex.h - The parents of one function's nodes ------*- C++ -*-===//
//
// The analyses walk upwards from a statement: to the loop around it, to the
// call that takes it, to the declaration it initialises. clang answers that
// with ASTContext::getParents, whose first call builds a parent map of the
// whole translation unit, standard headers included. In a clang-tidy run that
// map costs more than everything else the check does (docs/performance.md),
// and a plugin cannot narrow the traversal scope that map is built from
// without changing what every other check sees.
//
// A ParentIndex records the same parents, by the same traversal (implicit
// code and template instantiations included, TK_AsIs), for one declaration:
// the function whose vectors are being analysed. It is built once per
// function and costs a walk of that function only.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_INDEX_PARENTINDEX_H
#define STACKLIFT_ANALYSIS_INDEX_PARENTINDEX_H

#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclBase.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace stacklift {

class ParentIndex {
public:
  /// Records the parent of every statement and declaration inside \p Root.
  /// \p Root itself has no parent.
  explicit ParentIndex(const clang::Decl &Root);

  /// The parents of \p Node: one for almost every node, several for the few
  /// that clang shares between two places (as ASTContext::getParents), none
  /// for the root and for nodes outside it. Type locations appear as parents
  /// (of the expression in `decltype(v)`), but have no parents themselves.
  llvm::ArrayRef<clang::DynTypedNode>
  parents(const clang::DynTypedNode &Node) const;
  llvm::ArrayRef<clang::DynTypedNode> parents(const clang::Stmt &S) const {
    return lookup(&S);
  }
  llvm::ArrayRef<clang::DynTypedNode> parents(const clang::Decl &D) const {
    return lookup(&D);
  }

  /// The nearest ancestor of \p Node for which \p Matches is true, going up
  /// through the first parent of each node; an empty node when none is.
  clang::DynTypedNode firstAncestor(
      const clang::DynTypedNode &Node,
      llvm::function_ref<bool(const clang::DynTypedNode &)> Matches) const;

  /// True when \p S lies inside the root.
  bool contains(const clang::Stmt &S) const { return Parents.count(&S); }

  /// The declaration the index was built for.
  const clang::Decl &root() const { return Root; }

private:
  class Builder;
  llvm::ArrayRef<clang::DynTypedNode> lookup(const void *Node) const;

  const clang::Decl &Root;
  llvm::DenseMap<const void *, llvm::SmallVector<clang::DynTypedNode, 1>>
      Parents;
};

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_INDEX_PARENTINDEX_H
