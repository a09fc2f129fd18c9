//===- RemedyInputs.h - What the remedy policy needs to know ----*- C++ -*-===//
//
// The facts behind the type-changing remedies that no analysis of its own
// answers: which fixed-capacity and inline-buffer templates the translation
// unit can name, how many elements a vector can ever hold over all its
// growth sites, the size of its elements, and the inline capacity of the
// container a loop walks.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_REMEDYINPUTS_H
#define STACKLIFT_REMEDY_REMEDYINPUTS_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/TripCount/TripCount.h"
#include "stacklift/Remedy/RemedyOptions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include <cstdint>
#include <optional>
#include <string>

namespace stacklift {

/// A template `Name<T, N>` and the header that declares it (empty when the
/// translation unit already declares it, or none is configured).
struct TargetTemplate {
  std::string Name;
  std::string Header;
  bool available() const { return !Name.empty(); }
};

struct TargetTemplates {
  TargetTemplate Fixed;
  TargetTemplate Inline;
};

/// The templates of the options, else those the translation unit already
/// declares: std::inplace_vector or boost::container::static_vector for a
/// fixed capacity; llvm::SmallVector, absl::InlinedVector,
/// boost::container::small_vector or folly::small_vector for an inline
/// buffer, in that order.
TargetTemplates findTargetTemplates(clang::ASTContext &Ctx,
                                    const RemedyOptions &Options);

/// How many elements a vector can ever hold: the constant count \p Count of
/// \p Loop's growth, plus one for each growth call outside any loop.
/// std::nullopt when a growth call sits in another loop, when something
/// else can add elements (insert, resize, assign, ...), or when \p Count has
/// no constant.
/// \p Uses are the references to the vector in its function.
std::optional<uint64_t>
capacityBound(llvm::ArrayRef<const clang::DeclRefExpr *> Uses,
              const clang::Stmt *Loop, const TripCount &Count,
              const FunctionIndex &Fn);

/// The first template argument of \p Var's class type (a vector's element
/// type), if it is a type; a null type otherwise.
clang::QualType elementType(const clang::VarDecl *Var);

/// sizeof the elements of \p Var, a vector-like variable; 0 when unknown.
uint64_t elementSize(const clang::VarDecl *Var, clang::ASTContext &Ctx);

/// When \p Loop is a range-for over a variable whose type is a
/// specialization of \p InlineTemplate, that type's inline capacity.
std::optional<uint64_t> sourceInlineCapacity(const clang::Stmt *Loop,
                                             llvm::StringRef InlineTemplate,
                                             clang::ASTContext &Ctx);

/// When a std::array<T, N> filled by index can replace the vector \p Var
/// (rule P2): the loop's index as the fix spells it (`i`, or
/// `static_cast<std::size_t>(i)` for a signed index). That needs one counted
/// loop `for (I i = 0; i < N; ++i)` with the vector's only growth call,
/// `v.push_back(x)`, once per iteration (\p Count exact), no use of the
/// vector before the loop ends, only array operations after it (size, [],
/// begin, data, ...), a loop that runs to its end before any later use (a
/// statement of the block that declares the vector, in a function without
/// goto), an index that no declaration in the body hides, and an element
/// type whose construction and destruction do nothing observable (a
/// scalar, or a trivially destructible class with a trivial or constexpr
/// default constructor) and that is assignable.
std::optional<std::string>
arrayFillIndex(const clang::VarDecl *Var,
               llvm::ArrayRef<const clang::DeclRefExpr *> Uses,
               const clang::Stmt *Loop, const clang::CXXMemberCallExpr *Growth,
               const TripCount &Count, const FunctionIndex &Fn);

} // namespace stacklift

#endif // STACKLIFT_REMEDY_REMEDYINPUTS_H
