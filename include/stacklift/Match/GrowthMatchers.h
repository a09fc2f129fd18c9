//===- GrowthMatchers.h - Finds vectors grown inside loops ------*- C++ -*-===//
//
// The matcher frontend. It finds the raw candidates: a call that grows a local
// vector-like variable and sits somewhere inside a loop. Everything that needs
// more than the shape of the AST (which loop, how many iterations, whether the
// vector escapes) is left to the analyses.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_MATCH_GROWTHMATCHERS_H
#define STACKLIFT_MATCH_GROWTHMATCHERS_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace stacklift {
namespace bind {
/// The growth call, e.g. the whole `v.push_back(x)` in
/// \code
///   std::vector<int> v;
///   for (int i = 0; i < n; ++i)
///     v.push_back(i);
/// \endcode
inline constexpr char GrowthCall[] = "growthCall";
/// The vector variable the call grows: `v` above. Always a non-parameter,
/// non-reference variable with automatic storage duration.
inline constexpr char Vector[] = "vector";
/// The function whose body holds a growth call (growthCallInFunction).
inline constexpr char Function[] = "function";
} // namespace bind

/// The methods that append one element.
inline constexpr llvm::StringLiteral GrowthMethods[] = {"push_back",
                                                        "emplace_back"};

/// The methods that append one element when their position is the end:
/// `v.insert(v.end(), x)`, `v.emplace(v.cend(), args...)`.
inline constexpr llvm::StringLiteral PositionalGrowthMethods[] = {"insert",
                                                                  "emplace"};

/// Matches a call of a growth method on an automatic-storage local of one of
/// \p VectorLikeClasses (fully qualified names), outside system headers.
/// Binds bind::GrowthCall and bind::Vector. It looks at no ancestor: whether
/// the call is in a loop, and whether it is in a template instantiation, is
/// for the caller to decide from the function's ParentIndex.
clang::ast_matchers::StatementMatcher
growthCallOnLocal(llvm::ArrayRef<std::string> VectorLikeClasses);

/// Matches a function definition outside system headers, once for each
/// growth call in its body on an object of one of \p VectorLikeClasses
/// that growthCallOnLocal does not match (a member, a parameter, a global,
/// a reference, an expression). Binds bind::Function and bind::GrowthCall.
/// Only for --funnel: it sees every growth site, at the cost of a walk of
/// every function body.
clang::ast_matchers::DeclarationMatcher
growthCallInFunction(llvm::ArrayRef<std::string> VectorLikeClasses);

/// True for a call to a growth method (push_back, emplace_back).
bool isGrowthMethodName(llvm::StringRef Name);

/// True when \p Call appends exactly one element to its object: a growth
/// method, or `insert`/`emplace` at the end of the same variable
/// (`v.end()`, `v.cend()`, `std::end(v)`, `std::cend(v)`), with one value
/// for insert (not a count, a range or a braced list).
bool isGrowthCall(const clang::CXXMemberCallExpr *Call);

} // namespace stacklift

#endif // STACKLIFT_MATCH_GROWTHMATCHERS_H
