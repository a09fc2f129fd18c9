//===- TemplateInstantiations.h - Template code, per instantiation -*- C++
//-*-===//
//
// A vector whose type depends on a template parameter (`std::vector<T> v;`),
// or that grows through a call that does (`v.push_back(t)` with a dependent
// `t`), has no resolved growth call in the template's text. It is analysed
// in each instantiation of the template in the translation unit, and the
// results are merged per place in the template's text: one finding when
// every instantiation gives the same warning and fix-its, none otherwise
// (docs/design/Templates.md). These are the pieces of that merge.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_TEMPLATEINSTANTIATIONS_H
#define STACKLIFT_DRIVER_TEMPLATEINSTANTIATIONS_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Diag/Finding.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace stacklift {

/// True when \p Var, a local of a template's text indexed in \p Pattern,
/// has a growth call that is not resolved there: a `push_back` or
/// `emplace_back` through a dependent member expression
/// (CXXDependentScopeMemberExpr, UnresolvedMemberExpr).
bool growsDependently(const clang::VarDecl *Var, const FunctionIndex &Pattern);

/// Whether \p Var, a local of the template's text \p Pattern, grows in a
/// loop whose header, or the header of a loop around it in the function,
/// is type-dependent (`i < xs.size()` for a `const std::vector<T> &xs`,
/// `for (auto &x : xs)`): its count is not known in the text, so the
/// instantiations are analysed, as for a dependent growth call.
bool growsInDependentLoop(const clang::VarDecl *Var,
                          const FunctionIndex &Pattern);

/// True when \p Type, as written in a template, is a vector of one of
/// \p VectorLikeClasses for every template argument: a non-dependent type,
/// or a specialisation of one of those class templates, possibly through
/// alias templates (`std::vector<T>`, `std::vector<std::pair<K, V>>`,
/// `Vec<T>` with `template <class T> using Vec = std::vector<T>`). A
/// template parameter (`C v;`) is not: another instantiation may make it a
/// container without `reserve`.
bool isVectorForEveryArgument(clang::QualType Type,
                              llvm::ArrayRef<std::string> VectorLikeClasses,
                              clang::ASTContext &Ctx);

/// The loop of \p Pattern's body that begins at \p Loc and is of
/// \p Kind, or null: in a template's text, the loop an instantiation's loop
/// comes from.
const clang::Stmt *loopDeclaredAt(const clang::FunctionDecl &Pattern,
                                  clang::SourceLocation Loc,
                                  clang::Stmt::StmtClass Kind);

/// True when the headers of \p Loop and of the loops in it, in a
/// template's text, mean the same for every template argument: each
/// type-dependent expression in them is a variable that is a vector for
/// every argument (isVectorForEveryArgument), a call of one of its
/// size-and-iterator members (`xs.size()`, `xs.begin()`), an iterator
/// initialised from one, or an operator over such expressions. Then a
/// count written from those headers compiles, and counts the same, in
/// instantiations the unit does not see; `for (const auto &x : c)` over a
/// `const C &c` does not (another C may have no size()).
bool headersHoldForEveryArgument(const clang::Stmt &Loop,
                                 llvm::ArrayRef<std::string> VectorLikeClasses,
                                 clang::ASTContext &Ctx);

/// The findings of one place in a template's text (a vector and its loop),
/// merged over the template's instantiations as they are analysed.
class InstantiatedSite {
public:
  /// Adds the outcome of one instantiation: its finding, or none.
  void add(std::optional<Finding> F);
  /// The finding to report, when every instantiation gave the same warning
  /// and fix-its: its notes are those common to all of them, followed by a
  /// note at \p Template saying how many instantiations were analysed.
  std::optional<Finding> merged(clang::SourceLocation Template) const;

private:
  unsigned Instantiations = 0;
  /// An instantiation without the finding, or with another one.
  bool Differ = false;
  std::optional<Finding> First;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_TEMPLATEINSTANTIATIONS_H
